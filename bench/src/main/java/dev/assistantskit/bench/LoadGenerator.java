package dev.assistantskit.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop Java load generator: {@code connections} threads, each with one keep-alive
 * connection, sending the same request back to back for a duration or a number of requests. Used
 * when wrk is absent (and in the quick smoke run); it costs more CPU per request than wrk, and
 * shares the machine's cores with the server either way.
 */
final class LoadGenerator {
  /** The outcome of one load: counts, latencies and the generator's own CPU time. */
  record Outcome(
      long requests, long errors, long nanos, Samples latencies, double generatorCpuSeconds) {
    double requestsPerSecond() {
      return requests / (nanos / 1e9);
    }
  }

  private LoadGenerator() {}

  /** Sends requests for {@code millis} on {@code connections} connections. */
  static Outcome forDuration(
      String host,
      int port,
      int connections,
      long millis,
      String method,
      String path,
      String apiKey,
      String json) {
    return run(host, port, connections, millis, -1, method, path, apiKey, json);
  }

  /** Sends exactly {@code total} requests spread over {@code connections} connections. */
  static Outcome forCount(
      String host,
      int port,
      int connections,
      long total,
      String method,
      String path,
      String apiKey,
      String json) {
    return run(host, port, connections, -1, total, method, path, apiKey, json);
  }

  private static Outcome run(
      String host,
      int port,
      int connections,
      long millis,
      long total,
      String method,
      String path,
      String apiKey,
      String json) {
    byte[] request = Http.request(method, host, port, path, apiKey, json);
    AtomicLong remaining = new AtomicLong(total < 0 ? Long.MAX_VALUE : total);
    AtomicLong errors = new AtomicLong();
    List<Samples> perThread = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(connections);
    CountDownLatch go = new CountDownLatch(1);
    long[] deadline = new long[1];
    for (int c = 0; c < connections; c++) {
      Samples samples = new Samples();
      perThread.add(samples);
      Thread thread =
          new Thread(
              () -> {
                ready.countDown();
                try {
                  go.await();
                } catch (InterruptedException e) {
                  return;
                }
                drive(host, port, request, samples, remaining, errors, deadline[0], millis >= 0);
              },
              "bench-load-" + c);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    double cpuBefore = Proc.selfCpuSeconds();
    long start = System.nanoTime();
    deadline[0] = start + millis * 1_000_000L;
    go.countDown();
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    long elapsed = System.nanoTime() - start;
    double cpu = Proc.selfCpuSeconds() - cpuBefore;
    Samples all = new Samples();
    perThread.forEach(all::addAll);
    return new Outcome(all.count(), errors.get(), elapsed, all, cpu);
  }

  private static void drive(
      String host,
      int port,
      byte[] request,
      Samples samples,
      AtomicLong remaining,
      AtomicLong errors,
      long deadline,
      boolean timed) {
    Socket socket = null;
    InputStream in = null;
    OutputStream out = null;
    byte[] sink = new byte[16 * 1024];
    while (true) {
      if (timed ? System.nanoTime() >= deadline : remaining.getAndDecrement() <= 0) {
        break;
      }
      try {
        if (socket == null) {
          socket = new Socket();
          socket.setTcpNoDelay(true);
          socket.connect(new InetSocketAddress(host, port), 2000);
          socket.setSoTimeout(30_000);
          in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
          out = socket.getOutputStream();
        }
        long t0 = System.nanoTime();
        out.write(request);
        out.flush();
        Http.Head head = Http.readHead(in);
        skipBody(in, head, sink);
        long t1 = System.nanoTime();
        if (head.status >= 200 && head.status < 300) {
          samples.add(t1 - t0);
        } else {
          errors.incrementAndGet();
        }
        if (head.close) {
          socket.close();
          socket = null;
        }
      } catch (IOException | RuntimeException e) {
        errors.incrementAndGet();
        if (socket != null) {
          try {
            socket.close();
          } catch (IOException ignored) {
            // closing
          }
        }
        socket = null;
      }
    }
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing
      }
    }
  }

  private static void skipBody(InputStream in, Http.Head head, byte[] sink) throws IOException {
    if (head.chunked || head.length < 0) {
      Http.readBody(in, head);
      return;
    }
    long left = head.length;
    while (left > 0) {
      int n = in.read(sink, 0, (int) Math.min(sink.length, left));
      if (n < 0) {
        throw new IOException("body cut short");
      }
      left -= n;
    }
  }
}
