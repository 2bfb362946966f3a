package dev.assistantskit.server.http;

import java.io.EOFException;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jersey logs a response it could not write to a client that had hung up (a body cut short, a
 * stream abandoned) as SEVERE, with a stack trace: the client's doing, not a server error, so it is
 * logged at debug level instead.
 */
public final class HungUpClients implements Filter {
  /** Held here: the JDK keeps loggers only weakly, and would drop the filter with the logger. */
  private static final Logger JERSEY_RESPONDER =
      Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");

  private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(HungUpClients.class);

  HungUpClients() {}

  public static void install() {
    JERSEY_RESPONDER.setFilter(new HungUpClients());
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    if (!hungUp(record.getThrown())) {
      return true;
    }
    LOG.debug("The client hung up before its response was written", record.getThrown());
    return false;
  }

  /** Grizzly's "Connection is closed", or the end of input that closed it. */
  static boolean hungUp(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof EOFException || "Connection is closed".equals(cause.getMessage())) {
        return true;
      }
    }
    return false;
  }
}
