package dev.assistantskit.client.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerBuilder;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import dev.assistantskit.client.model.CreateRunRequest;
import dev.assistantskit.client.model.CreateThreadAndRunRequest;
import dev.assistantskit.client.model.SubmitToolOutputsRunRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes a streamable request exactly as the generated client's mapper would after {@code
 * request.stream(true)}: same fields, same order, same number formats. The caller's object is not
 * touched, so a request can be reused for a non-streaming call.
 */
final class StreamingRequestWriter {
  private static final Set<Class<?>> STREAMABLE =
      Set.of(
          CreateRunRequest.class,
          CreateThreadAndRunRequest.class,
          SubmitToolOutputsRunRequest.class);

  private final ObjectMapper mapper;

  StreamingRequestWriter(ObjectMapper generated) {
    this.mapper = generated.copy();
    mapper.registerModule(
        new SimpleModule("assistants-kit-stream-true").setSerializerModifier(new StreamTrue()));
  }

  byte[] write(Object request) throws JsonProcessingException {
    return mapper.writeValueAsBytes(request);
  }

  /**
   * Replaces the {@code stream} property writer in {@code updateBuilder}, which runs after every
   * module's {@code changeProperties}: the JsonNullable module replaces writers there.
   */
  private static final class StreamTrue extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanSerializerBuilder updateBuilder(
        SerializationConfig config, BeanDescription bean, BeanSerializerBuilder builder) {
      if (STREAMABLE.contains(bean.getBeanClass())) {
        builder.setProperties(alwaysTrue(builder.getProperties()));
        BeanPropertyWriter[] filtered = builder.getFilteredProperties();
        if (filtered != null) {
          builder.setFilteredProperties(
              alwaysTrue(Arrays.asList(filtered)).toArray(new BeanPropertyWriter[0]));
        }
      }
      return builder;
    }

    private static List<BeanPropertyWriter> alwaysTrue(List<BeanPropertyWriter> properties) {
      List<BeanPropertyWriter> replaced = new ArrayList<>();
      for (BeanPropertyWriter p : properties) {
        replaced.add(p != null && p.getName().equals("stream") ? new AlwaysTrue(p) : p);
      }
      return replaced;
    }
  }

  private static final class AlwaysTrue extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    AlwaysTrue(BeanPropertyWriter base) {
      super(base);
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider)
        throws Exception {
      gen.writeFieldName(_name);
      gen.writeBoolean(true);
    }
  }
}
