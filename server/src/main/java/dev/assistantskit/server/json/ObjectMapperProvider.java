package dev.assistantskit.server.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Hands Jersey's Jackson provider the wire's {@link ObjectMapper}. */
@Provider
public final class ObjectMapperProvider implements ContextResolver<ObjectMapper> {
  private final ObjectMapper mapper;

  public ObjectMapperProvider(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
