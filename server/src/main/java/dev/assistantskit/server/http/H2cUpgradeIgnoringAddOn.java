package dev.assistantskit.server.http;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Serves requests that offer {@code Upgrade: h2c} as plain HTTP/1.1.
 *
 * <p>The JDK {@code HttpClient} offers h2c on every {@code http://} request. Grizzly treats any
 * {@code Upgrade} header as a protocol switch and stops framing the body, so a POST hangs until it
 * times out (toolchain-notes pitfall 3). RFC 9113 lets a server ignore the offer; this filter,
 * placed right after the HTTP codec, does so by clearing the header when Grizzly announces it.
 */
public final class H2cUpgradeIgnoringAddOn implements AddOn {
  @Override
  public void setup(NetworkListener listener, FilterChainBuilder builder) {
    int codec = builder.indexOfType(HttpServerFilter.class);
    builder.add(codec + 1, new IgnoreH2cFilter());
  }

  private static final class IgnoreH2cFilter extends BaseFilter {
    @Override
    public NextAction handleEvent(FilterChainContext context, FilterChainEvent event)
        throws IOException {
      if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
        HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
        if ("h2c".equalsIgnoreCase(header.getUpgrade())) {
          header.getUpgradeDC().recycle();
          header.setIgnoreContentModifiers(false);
        }
      }
      return context.getInvokeAction();
    }
  }
}
