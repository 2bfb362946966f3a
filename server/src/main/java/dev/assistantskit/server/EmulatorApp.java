package dev.assistantskit.server;

import dev.assistantskit.server.control.ControlResource;
import dev.assistantskit.server.control.FaultFilter;
import dev.assistantskit.server.http.AcceptBinaryFilter;
import dev.assistantskit.server.http.ApiKeys;
import dev.assistantskit.server.http.GatewayFilter;
import dev.assistantskit.server.http.KeyFilter;
import dev.assistantskit.server.http.ThrowableMapper;
import dev.assistantskit.server.http.UploadLimitFilter;
import dev.assistantskit.server.http.ValidationMapper;
import dev.assistantskit.server.json.ObjectMapperProvider;
import dev.assistantskit.server.json.WireJson;
import dev.assistantskit.server.resources.Resources;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.validation.ValidationFeature;

/**
 * The one app factory: builds the Jersey applications for {@code main()}, for in-process tests and
 * for the conformance suite alike.
 */
public final class EmulatorApp {
  private EmulatorApp() {}

  /** The Assistants API surface, to be served under {@code /openai}. */
  public static ResourceConfig api(Emulator emulator) {
    EmulatorConfig config = emulator.config();
    ResourceConfig app = common(emulator);
    Resources.all().forEach(app::register);
    return app.register(new GatewayFilter(config.apiVersions(), new ApiKeys(config.apiKeys())))
        .register(new FaultFilter(emulator.faults(), EmulatorConfig.API_VERSION))
        .register(AcceptBinaryFilter.class)
        .register(new UploadLimitFilter(config.maxUploadBytes()))
        .register(MultiPartFeature.class)
        .setApplicationName("assistants-kit");
  }

  /** The emulator's control plane, to be served under {@code /_emulator}. */
  public static ResourceConfig control(Emulator emulator) {
    return common(emulator)
        .register(ControlResource.class)
        .register(new KeyFilter(new ApiKeys(emulator.config().apiKeys())))
        .setApplicationName("assistants-kit-control");
  }

  private static ResourceConfig common(Emulator emulator) {
    return new ResourceConfig()
        .register(JacksonFeature.withoutExceptionMappers())
        .register(new ObjectMapperProvider(WireJson.newMapper()))
        .register(ThrowableMapper.class)
        .register(ValidationMapper.class)
        .register(
            new AbstractBinder() {
              @Override
              protected void configure() {
                bind(emulator).to(Emulator.class);
              }
            })
        // Every feature is registered by name, none is discovered on the class path: scanning
        // META-INF/services and running auto-discoverables cost start time, and a jar added to
        // the class path cannot change how the emulator answers.
        .register(ValidationFeature.class)
        .property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true)
        .property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true)
        .property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
  }
}
