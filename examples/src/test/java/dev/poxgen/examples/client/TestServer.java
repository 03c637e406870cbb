package dev.poxgen.examples.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An HTTPS server on 127.0.0.1 with a certificate made at test time by the JDK's keytool (by
 * default for {@code localhost} and {@code 127.0.0.1}, two "domains" for the domain rules),
 * answering each path as the test scripts it and recording what it was sent. A handler that
 * stalls waits with {@link #hold} and is let go when the test ends ({@link #reset}, {@link
 * #close}), so nothing outlives its test.
 */
final class TestServer implements AutoCloseable {
  /** How to answer one request. */
  @FunctionalInterface
  interface Answer {
    void answer(HttpExchange exchange, String body) throws IOException, InterruptedException;
  }

  /** One request as the server saw it. */
  record Received(String method, String path, String host, String body, String authorization) {}

  private final HttpsServer server;
  private final ExecutorService executor;
  private final SSLContext clientContext;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private volatile CountDownLatch release = new CountDownLatch(1);
  final List<Received> received = new CopyOnWriteArrayList<>();

  TestServer(Path dir) throws Exception {
    this(dir, "localhost", "dns:localhost,ip:127.0.0.1");
  }

  /** A server whose certificate has this common name and these subject alternative names. */
  TestServer(Path dir, String commonName, String san) throws Exception {
    Path keystore = dir.resolve(commonName + "-" + System.nanoTime() + ".p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
        "-dname", "CN=" + commonName, "-ext", "SAN=" + san,
        "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true)
        .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext serverContext = SSLContext.getInstance("TLS");
    serverContext.init(kmf.getKeyManagers(), null, null);

    Certificate cert = ks.getCertificate("server");
    KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
    trust.load(null, null);
    trust.setCertificateEntry("server", cert);
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    clientContext = SSLContext.getInstance("TLS");
    clientContext.init(null, tmf.getTrustManagers(), null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "test-https");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Host"), body,
          exchange.getRequestHeaders().getFirst("Authorization")));
      Answer a = answers.get(path);
      try {
        if (a == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          a.answer(exchange, body);
        }
      } catch (IOException e) {
        // the client went away (a timeout test): nothing to answer
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  /** Lets go of stalled handlers and forgets the answers and what was received, for the next test. */
  void reset() {
    CountDownLatch old = release;
    release = new CountDownLatch(1);
    old.countDown();
    answers.clear();
    received.clear();
  }

  /** Waits until the test ends or for at most {@code max}; true if the test ended. */
  boolean hold(Duration max) throws InterruptedException {
    return release.await(max.toMillis(), TimeUnit.MILLISECONDS);
  }

  void on(String path, Answer answer) {
    answers.put(path, answer);
  }

  SSLContext clientContext() {
    return clientContext;
  }

  /** The URL of a path on this server under a host name: localhost or 127.0.0.1. */
  String url(String host, String path) {
    return "https://" + host + ":" + server.getAddress().getPort() + path;
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** The paths requested, in order. */
  List<String> paths() {
    return received.stream().map(Received::path).toList();
  }

  static void xml(HttpExchange exchange, String xml) throws IOException {
    send(exchange, "text/xml; charset=utf-8", xml);
  }

  /** Answers 200 with this body and Content-Type (none when null). */
  static void send(HttpExchange exchange, String contentType, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Answers with an HTTP redirect. */
  static void redirect(HttpExchange exchange, int status, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(status, -1);
  }

  static String redirectUrl(String url) {
    return account("<Action>redirectUrl</Action><RedirectUrl>" + escape(url) + "</RedirectUrl>");
  }

  static String redirectAddr(String addr) {
    return account("<Action>redirectAddr</Action><RedirectAddr>" + escape(addr) + "</RedirectAddr>");
  }

  static String settings(String server) {
    return account("<AccountType>email</AccountType><Action>settings</Action><Protocol><Type>IMAP</Type><Server>"
        + server + "</Server><Port>993</Port></Protocol>");
  }

  static String account(String inside) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Autodiscover xmlns=\""
        + "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\"><Response xmlns=\""
        + "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\"><Account>" + inside
        + "</Account></Response></Autodiscover>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
