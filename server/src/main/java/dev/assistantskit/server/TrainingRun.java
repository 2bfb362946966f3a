package dev.assistantskit.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve --training-run}: a representative set of requests the emulator answers to itself
 * before it exits, so that a JVM started with {@code -XX:ArchiveClassesAtExit} archives what
 * serving loads (the launcher builds its AppCDS archive this way). Every request is checked: a
 * training run that is not answered as expected fails, and its archive is not used.
 *
 * <p>The client is a socket and a few lines of HTTP/1.1, so the archive holds the server's classes
 * and hardly any of a client's.
 */
final class TrainingRun {
  private static final String V = "?api-version=" + EmulatorConfig.API_VERSION;
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([^\"]+)\"");

  private final String host;
  private final int port;
  private final String key;

  private TrainingRun(String host, int port, String key) {
    this.host = host;
    this.port = port;
    this.key = key;
  }

  /** Sends the requests to the emulator at {@code host:port}; throws on an unexpected answer. */
  static void exercise(String host, int port, String key) {
    new TrainingRun(host, port, key).exercise();
  }

  private void exercise() {
    String api = "/openai";
    expect(200, "GET", api + "/assistants" + V, null);
    String assistant =
        id(
            expect(
                200,
                "POST",
                api + "/assistants" + V,
                "{\"model\":\"gpt-4o\",\"name\":\"training\",\"instructions\":\"Answer briefly.\"}"));
    expect(200, "GET", api + "/assistants/" + assistant + V, null);
    String thread = id(expect(200, "POST", api + "/threads" + V, "{}"));
    String messages = api + "/threads/" + thread + "/messages";
    expect(200, "POST", messages + V, "{\"role\":\"user\",\"content\":\"Hello.\"}");
    expect(200, "GET", messages + V + "&limit=20", null);
    expect(400, "GET", messages + V + "&limit=0", null);
    expect(400, "POST", messages + V, "{\"role\":\"user\"}");
    expect(404, "GET", messages + "/msg_none" + V, null);
    expect(200, "POST", "/_emulator/scripts", "{\"times\":2,\"turns\":[{\"reply\":\"ok\"}]}");
    String runs = api + "/threads/" + thread + "/runs";
    String run = expect(200, "POST", runs + V, "{\"assistant_id\":\"" + assistant + "\"}");
    String runId = id(run);
    for (int polls = 0; !status(run).equals("completed"); polls++) {
      if (polls > 10_000 || !List.of("queued", "in_progress").contains(status(run))) {
        throw new IllegalStateException("the training run's run did not complete: " + run);
      }
      run = expect(200, "GET", runs + "/" + runId + V, null);
    }
    String stream =
        expect(200, "POST", runs + V, "{\"assistant_id\":\"" + assistant + "\",\"stream\":true}");
    if (!stream.contains("event: done")) {
      throw new IllegalStateException("the training run's stream did not end with done: " + stream);
    }
    String file = id(upload(api + "/files" + V));
    expect(200, "GET", api + "/files/" + file + V, null);
    expect(200, "DELETE", api + "/files/" + file + V, null);
    expect(200, "DELETE", api + "/threads/" + thread + V, null);
    expect(200, "DELETE", api + "/assistants/" + assistant + V, null);
  }

  private String upload(String path) {
    String boundary = "training-run-boundary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nA file for the training run.\r\n--"
            + boundary
            + "--\r\n";
    return send(200, "POST", path, "multipart/form-data; boundary=" + boundary, body);
  }

  private String expect(int status, String method, String path, String json) {
    return send(status, method, path, json == null ? null : "application/json", json);
  }

  /** One request on its own connection; the whole answer, head and body, as text. */
  private String send(int status, String method, String path, String contentType, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\nHost: ")
            .append(host)
            .append(':')
            .append(port)
            .append("\r\napi-key: ")
            .append(key)
            .append("\r\nAccept: application/json, text/event-stream\r\nConnection: close\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    if (body != null || method.equals("POST")) {
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("\r\n");
    String answer;
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      try (InputStream in = socket.getInputStream()) {
        answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed in the training run", e);
    }
    if (!answer.startsWith("HTTP/1.1 " + status + " ")) {
      throw new IllegalStateException(
          method + " " + path + ": expected " + status + " in the training run, got: " + answer);
    }
    return answer;
  }

  private static String id(String answer) {
    return first(ID, answer);
  }

  private static String status(String answer) {
    return first(STATUS, answer);
  }

  private static String first(Pattern pattern, String answer) {
    Matcher m = pattern.matcher(answer);
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in the training run's answer: " + answer);
    }
    return m.group(1);
  }
}
