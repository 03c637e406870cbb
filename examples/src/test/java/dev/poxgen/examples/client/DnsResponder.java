package dev.poxgen.examples.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A DNS server on 127.0.0.1 over UDP that answers SRV queries from a table the test fills: records
 * ({@code "priority weight port target."}), no answer, NXDOMAIN, SERVFAIL, an answer after a delay,
 * or silence. It records every query. Just enough DNS (RFC 1035 header, one question, SRV answers
 * from RFC 2782) for the JDK's JNDI provider.
 */
final class DnsResponder implements AutoCloseable {
  private static final int TYPE_SRV = 33;
  private static final int NOERROR = 0;
  private static final int SERVFAIL = 2;
  private static final int NXDOMAIN = 3;

  /** How to answer a name. */
  record Reply(int rcode, List<String> records, Duration delay, boolean silent) {}

  /** One query as received: the name (lower case, no trailing dot) and the type. */
  record Query(String name, int type) {}

  private final DatagramSocket socket;
  private final Thread thread;
  private final ScheduledExecutorService delayed = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "test-dns-delayed");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Reply> table = new ConcurrentHashMap<>();
  final List<Query> queries = new CopyOnWriteArrayList<>();

  DnsResponder() throws IOException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    thread = new Thread(this::serve, "test-dns");
    thread.setDaemon(true);
    thread.start();
  }

  /** {@code 127.0.0.1:PORT}, for {@code dnsServer}. */
  String address() {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  void records(String name, String... records) {
    table.put(key(name), new Reply(NOERROR, Arrays.asList(records), Duration.ZERO, false));
  }

  void nxdomain(String name) {
    table.put(key(name), new Reply(NXDOMAIN, List.of(), Duration.ZERO, false));
  }

  void servfail(String name) {
    table.put(key(name), new Reply(SERVFAIL, List.of(), Duration.ZERO, false));
  }

  /** Answers with these records after a delay. */
  void slow(String name, Duration delay, String... records) {
    table.put(key(name), new Reply(NOERROR, Arrays.asList(records), delay, false));
  }

  /** Never answers this name. */
  void silent(String name) {
    table.put(key(name), new Reply(NOERROR, List.of(), Duration.ZERO, true));
  }

  void reset() {
    table.clear();
    queries.clear();
  }

  private static String key(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  /** Until the socket closes: one datagram in, at most one out. */
  private void serve() {
    byte[] buf = new byte[1500];
    while (!socket.isClosed()) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        socket.receive(p);
      } catch (IOException e) {
        return; // closed
      }
      byte[] query = Arrays.copyOf(p.getData(), p.getLength());
      try {
        answer(query, p.getSocketAddress());
      } catch (RuntimeException | IOException e) {
        // a query this responder cannot parse: no answer, as a real server might do
      }
    }
  }

  private void answer(byte[] q, SocketAddress to) throws IOException {
    int pos = 12;
    List<String> labels = new ArrayList<>();
    while (q[pos] != 0) {
      int len = q[pos] & 0xff;
      labels.add(new String(q, pos + 1, len, StandardCharsets.US_ASCII));
      pos += 1 + len;
    }
    pos++;
    int type = ((q[pos] & 0xff) << 8) | (q[pos + 1] & 0xff);
    int questionEnd = pos + 4;
    String name = String.join(".", labels).toLowerCase(Locale.ROOT);
    queries.add(new Query(name, type));
    Reply reply = table.getOrDefault(name, new Reply(NXDOMAIN, List.of(), Duration.ZERO, false));
    if (reply.silent()) {
      return;
    }
    List<String> records = type == TYPE_SRV ? reply.records() : List.of();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(q, 0, 2); // the query's id
    int rd = q[2] & 0x01;
    out.write(0x80 | 0x04 | rd); // QR, AA, RD as asked
    out.write(0x80 | reply.rcode()); // RA, RCODE
    short16(out, 1);
    short16(out, records.size());
    short16(out, 0);
    short16(out, 0);
    out.write(q, 12, questionEnd - 12);
    for (String r : records) {
      String[] f = r.trim().split("\\s+");
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      short16(data, Integer.parseInt(f[0]));
      short16(data, Integer.parseInt(f[1]));
      short16(data, Integer.parseInt(f[2]));
      name(data, f[3]);
      out.write(0xc0); // the owner name: a pointer to the question's
      out.write(12);
      short16(out, TYPE_SRV);
      short16(out, 1);
      short16(out, 0);
      short16(out, 60); // TTL
      short16(out, data.size());
      data.writeTo(out);
    }
    byte[] bytes = out.toByteArray();
    DatagramPacket packet = new DatagramPacket(bytes, bytes.length, to);
    if (reply.delay().isZero()) {
      socket.send(packet);
    } else {
      delayed.schedule(() -> {
        try {
          socket.send(packet);
        } catch (IOException e) {
          // closed meanwhile
        }
        return null;
      }, reply.delay().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static void name(ByteArrayOutputStream out, String name) {
    for (String label : name.split("\\.")) {
      if (label.isEmpty()) {
        continue;
      }
      byte[] b = label.getBytes(StandardCharsets.US_ASCII);
      out.write(b.length);
      out.write(b, 0, b.length);
    }
    out.write(0);
  }

  private static void short16(ByteArrayOutputStream out, int v) {
    out.write((v >> 8) & 0xff);
    out.write(v & 0xff);
  }

  @Override
  public void close() {
    socket.close();
    delayed.shutdownNow();
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
