package dev.assistantskit.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assistantskit.server.EmulatorConfig;
import dev.assistantskit.server.EmulatorServer;
import dev.assistantskit.server.testing.RawHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The control plane is set up by its first request, not at start: many requests racing to be that
 * first one all get the real answer, and a server stopped before any of them stops cleanly.
 */
class LazyControlPlaneTest {
  private static final String KEY = "lazy-key";

  private static EmulatorServer start() {
    return EmulatorServer.start(EmulatorConfig.builder().port(0).apiKey(KEY).build());
  }

  @Test
  void sixteenRacingFirstRequestsAllReachTheControlPlane() throws Exception {
    try (EmulatorServer server = start()) {
      URI clock = URI.create(server.controlUri() + "/clock");
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        List<Future<HttpResponse<String>>> replies = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          replies.add(
              pool.submit(
                  () -> {
                    go.await();
                    return RawHttp.client()
                        .send(
                            HttpRequest.newBuilder(clock)
                                .timeout(Duration.ofSeconds(20))
                                .header("api-key", KEY)
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                  }));
        }
        go.countDown();
        for (Future<HttpResponse<String>> reply : replies) {
          HttpResponse<String> response = reply.get();
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(response.body()).contains("\"now\"");
        }
      } finally {
        pool.shutdownNow();
      }
      HttpResponse<String> anonymous =
          RawHttp.client()
              .send(
                  HttpRequest.newBuilder(clock).timeout(Duration.ofSeconds(10)).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).as("the key filter is part of it").isEqualTo(401);
    }
  }

  @Test
  void aServerWhoseControlPlaneWasNeverCalledStopsPromptly() throws Exception {
    EmulatorServer server = start();
    int port = server.endpoint().getPort();
    CompletableFuture.runAsync(server::close).get(20, java.util.concurrent.TimeUnit.SECONDS);
    assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close())
        .as("nothing listens on port %d any more", port)
        .isInstanceOf(java.net.ConnectException.class);
  }
}
