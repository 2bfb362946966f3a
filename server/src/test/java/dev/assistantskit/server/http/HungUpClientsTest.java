package dev.assistantskit.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assistantskit.server.errors.ApiException;
import dev.assistantskit.server.errors.ErrorTranslator;
import dev.assistantskit.server.testing.EmulatorExtension;
import dev.assistantskit.server.testing.RawSocket;
import jakarta.ws.rs.ProcessingException;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A client that hangs up in the middle of its request is its own problem, not a server error. */
class HungUpClientsTest {
  @RegisterExtension static final EmulatorExtension EMULATOR = new EmulatorExtension();

  private static final Logger RESPONDER =
      Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");

  @Test
  void aBodyCutShortIsAClientError() {
    ApiException error = ErrorTranslator.translate(new ProcessingException(new EOFException()));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.error().get("type")).isEqualTo("invalid_request_error");
    assertThat(error.getMessage()).contains("request body ended");
  }

  @Test
  void jerseysSevereRecordForAClosedConnectionIsNotLoggedAsAnError() {
    HungUpClients filter = new HungUpClients();
    IOException closed = new IOException("Connection is closed", new EOFException());

    assertThat(filter.isLoggable(record(new java.io.UncheckedIOException(closed)))).isFalse();
    assertThat(filter.isLoggable(record(new IllegalStateException("a real bug")))).isTrue();
  }

  @Test
  void aClientHangingUpMidBodyLeavesNoSevereRecord() throws Exception {
    List<LogRecord> severe = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
              severe.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    RESPONDER.addHandler(capture);
    try {
      RawSocket.send(
          EMULATOR.server().port(),
          "POST /openai/assistants?api-version="
              + EmulatorExtension.VERSION
              + " HTTP/1.1\r\nHost: localhost\r\napi-key: "
              + EmulatorExtension.KEY
              + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"model\":",
          Duration.ofMillis(300));
      // the emulator handles the cut body on a worker thread: give it the time to
      Thread.sleep(700);
    } finally {
      RESPONDER.removeHandler(capture);
    }

    assertThat(severe).extracting(LogRecord::getMessage).isEmpty();
  }

  private static LogRecord record(Throwable thrown) {
    LogRecord record = new LogRecord(Level.SEVERE, "Error while closing the output stream");
    record.setThrown(thrown);
    return record;
  }
}
