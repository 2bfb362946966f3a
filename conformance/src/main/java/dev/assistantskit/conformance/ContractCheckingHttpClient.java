package dev.assistantskit.conformance;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The JDK client the generated API classes are given: it reads each answer whole, checks it against
 * the contract ({@link ContractCheck}) with the request's method, path, status and content type,
 * then hands the same bytes to the generated code. Successes and errors alike are checked before
 * the client's own error mapping sees them, so a body the contract does not allow fails the
 * scenario with the field it concerns instead of a deserialisation error. An event stream is not
 * read whole: each event is checked as it arrives and only then handed on ({@link
 * CheckedEventStream}).
 */
final class ContractCheckingHttpClient extends HttpClient {
  private final HttpClient delegate;
  private final String basePath;

  private ContractCheckingHttpClient(HttpClient delegate, String basePath) {
    this.delegate = delegate;
    this.basePath = basePath;
  }

  /** A builder for {@code AssistantsClient.Builder.httpClientBuilder(..)}. */
  static HttpClient.Builder builder(URI baseUri) {
    return new Builder(HttpClient.newBuilder(), baseUri.getRawPath());
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return checked(delegate.send(request, info -> subscriber(request, info, handler)), handler);
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return delegate
        .sendAsync(request, info -> subscriber(request, info, handler))
        .thenApply(response -> checked(response, handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromises) {
    return sendAsync(request, handler);
  }

  /**
   * An event stream goes to the caller's subscriber event by event, each checked on the way; any
   * other answer is read whole (as {@code byte[]}) and checked before the caller sees it.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> HttpResponse.BodySubscriber<Object> subscriber(
      HttpRequest request, HttpResponse.ResponseInfo info, HttpResponse.BodyHandler<T> handler) {
    if (!streams(info.statusCode(), info.headers())) {
      return (HttpResponse.BodySubscriber) HttpResponse.BodySubscribers.ofByteArray();
    }
    String path = ContractCheck.path(request.uri(), basePath);
    return (HttpResponse.BodySubscriber)
        new CheckedEventStream<>(handler.apply(info), new EventStreamCheck(request.method(), path));
  }

  private static boolean streams(int status, HttpHeaders headers) {
    return status / 100 == 2
        && ContractCheck.Exchange.isEventStream(headers.firstValue("Content-Type").orElse(null));
  }

  @SuppressWarnings("unchecked")
  private <T> HttpResponse<T> checked(
      HttpResponse<Object> response, HttpResponse.BodyHandler<T> handler) {
    ContractCheck.Exchange exchange =
        new ContractCheck.Exchange(
            response.request().method(),
            response.request().uri(),
            response.statusCode(),
            response.headers().firstValue("Content-Type").orElse(null),
            response.body() instanceof byte[] bytes ? bytes : new byte[0]);
    if (streams(response.statusCode(), response.headers())) {
      ContractCheck.verifyStreamStart(exchange, ContractCheck.path(exchange.uri(), basePath));
      return (HttpResponse<T>) response;
    }
    ContractCheck.verify(exchange, basePath);
    return new Replayed<>(response, replay(response, exchange.body(), handler));
  }

  /** Feeds the bytes already read to the body subscriber the caller asked for. */
  private static <T> T replay(
      HttpResponse<?> response, byte[] body, HttpResponse.BodyHandler<T> handler) {
    HttpResponse.BodySubscriber<T> subscriber =
        handler.apply(
            new HttpResponse.ResponseInfo() {
              @Override
              public int statusCode() {
                return response.statusCode();
              }

              @Override
              public HttpHeaders headers() {
                return response.headers();
              }

              @Override
              public Version version() {
                return response.version();
              }
            });
    AtomicBoolean delivered = new AtomicBoolean();
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {
            if (n > 0 && delivered.compareAndSet(false, true)) {
              subscriber.onNext(List.of(ByteBuffer.wrap(body)));
              subscriber.onComplete();
            }
          }

          @Override
          public void cancel() {
            delivered.set(true);
          }
        });
    return subscriber.getBody().toCompletableFuture().join();
  }

  private record Replayed<T>(HttpResponse<?> raw, T body) implements HttpResponse<T> {
    @Override
    public int statusCode() {
      return raw.statusCode();
    }

    @Override
    public HttpRequest request() {
      return raw.request();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return raw.headers();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return raw.sslSession();
    }

    @Override
    public URI uri() {
      return raw.uri();
    }

    @Override
    public Version version() {
      return raw.version();
    }
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }

  /** Configures the JDK builder underneath and wraps what it builds. */
  private record Builder(HttpClient.Builder jdk, String basePath) implements HttpClient.Builder {
    @Override
    public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
      jdk.cookieHandler(cookieHandler);
      return this;
    }

    @Override
    public HttpClient.Builder connectTimeout(Duration duration) {
      jdk.connectTimeout(duration);
      return this;
    }

    @Override
    public HttpClient.Builder sslContext(SSLContext sslContext) {
      jdk.sslContext(sslContext);
      return this;
    }

    @Override
    public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
      jdk.sslParameters(sslParameters);
      return this;
    }

    @Override
    public HttpClient.Builder executor(Executor executor) {
      jdk.executor(executor);
      return this;
    }

    @Override
    public HttpClient.Builder followRedirects(Redirect policy) {
      jdk.followRedirects(policy);
      return this;
    }

    @Override
    public HttpClient.Builder version(Version version) {
      jdk.version(version);
      return this;
    }

    @Override
    public HttpClient.Builder priority(int priority) {
      jdk.priority(priority);
      return this;
    }

    @Override
    public HttpClient.Builder proxy(ProxySelector proxySelector) {
      jdk.proxy(proxySelector);
      return this;
    }

    @Override
    public HttpClient.Builder authenticator(Authenticator authenticator) {
      jdk.authenticator(authenticator);
      return this;
    }

    @Override
    public HttpClient build() {
      return new ContractCheckingHttpClient(jdk.build(), basePath);
    }
  }
}
