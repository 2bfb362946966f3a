package dev.assistantskit.server.http;

import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Puts {@link JsonHttpCodec} in the place of Grizzly's HTTP codec, and lets the handler chain map a
 * path with an escaped slash, which that codec lets through as data (Grizzly's chain would answer
 * it with an empty 500).
 */
public final class JsonHttpCodecAddOn implements AddOn {
  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(HttpServerFilter.class);
    builder.set(codec, new JsonHttpCodec(listener, (HttpServerFilter) builder.get(codec)));
    int server = builder.indexOfType(org.glassfish.grizzly.http.server.HttpServerFilter.class);
    ((org.glassfish.grizzly.http.server.HttpServerFilter) builder.get(server))
        .getHttpHandler()
        .setAllowEncodedSlash(true);
  }
}
