package dev.poxgen.examples.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on 127.0.0.1 that counts connections and answers each with a small DTD over HTTP:
 * hostile documents point their external entities and DTDs here, and the count must stay 0.
 */
final class LoopbackServer implements AutoCloseable {
  private final ServerSocket socket;
  private final AtomicInteger connections = new AtomicInteger();
  private final Thread acceptor;

  LoopbackServer() throws IOException {
    socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::serve, "loopback-counter");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        connections.incrementAndGet();
        OutputStream out = s.getOutputStream();
        byte[] body = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.US_ASCII);
        out.write(("HTTP/1.0 200 OK\r\nContent-Type: application/xml-dtd\r\nContent-Length: " + body.length
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
      } catch (IOException e) {
        // closed, or the client went away: keep counting
      }
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
  }

  int connections() {
    return connections.get();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
