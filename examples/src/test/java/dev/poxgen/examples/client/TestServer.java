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
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An HTTPS server on 127.0.0.1 with a certificate made at test time by the JDK's keytool, for
 * {@code localhost} and {@code 127.0.0.1} (two "domains" for the domain-change rules), answering
 * each path as the test scripts it and recording what it was sent.
 */
final class TestServer implements AutoCloseable {
  /** How to answer one request. */
  @FunctionalInterface
  interface Answer {
    void answer(HttpExchange exchange, String body) throws IOException;
  }

  record Received(String path, String body, String authorization) {}

  private final HttpsServer server;
  private final SSLContext clientContext;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  final List<Received> received = new CopyOnWriteArrayList<>();

  TestServer(Path dir) throws Exception {
    Path keystore = dir.resolve("server.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
        "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
        .redirectErrorStream(true)
        .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (keytool.waitFor() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
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
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      received.add(new Received(path, body, exchange.getRequestHeaders().getFirst("Authorization")));
      Answer a = answers.get(path);
      try {
        if (a == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          a.answer(exchange, body);
        }
      } catch (IOException e) {
        // the client went away (a timeout test): nothing to answer
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  /** Forgets the answers and what was received, for the next test. */
  void reset() {
    answers.clear();
    received.clear();
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

  static void xml(HttpExchange exchange, String xml) throws IOException {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  static String redirectUrl(String url) {
    return account("<Action>redirectUrl</Action><RedirectUrl>" + url + "</RedirectUrl>");
  }

  static String redirectAddr(String addr) {
    return account("<Action>redirectAddr</Action><RedirectAddr>" + addr + "</RedirectAddr>");
  }

  static String settings(String server) {
    return account("<AccountType>email</AccountType><Action>settings</Action><Protocol><Type>IMAP</Type><Server>"
        + server + "</Server><Port>993</Port></Protocol>");
  }

  private static String account(String inside) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><Autodiscover xmlns=\""
        + "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\"><Response xmlns=\""
        + "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\"><Account>" + inside
        + "</Account></Response></Autodiscover>";
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
