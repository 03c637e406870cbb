package dev.poxgen.examples.client;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * The DNS SRV lookup of {@code _autodiscover._tcp.DOMAIN}, through the JDK's JNDI DNS provider
 * ({@code com.sun.jndi.dns}): no library, the system's DNS servers or the one the caller names,
 * and a hard deadline (the lookup runs on its own daemon thread, which the provider's own timeout
 * ends soon after).
 */
final class SrvLookup {
  /** How many records the client considers at most, after ordering them. */
  static final int MAX_RECORDS = 16;

  /** One SRV record. */
  record Record(int priority, int weight, int port, String target) {
    /** Lower priority first; within one priority, higher weight first; then by name. */
    static final Comparator<Record> ORDER = Comparator.comparingInt(Record::priority)
        .thenComparing(Comparator.comparingInt(Record::weight).reversed())
        .thenComparing(Record::target)
        .thenComparingInt(Record::port);

    @Override
    public String toString() {
      return priority + " " + weight + " " + port + " " + target;
    }
  }

  /** The records, or why they are unusable. */
  record Answer(List<Record> records, List<String> malformed) {}

  private final String server;

  /** @param server {@code host} or {@code host:port} ({@code [v6]:port}), or null for the system's */
  SrvLookup(String server) {
    this.server = server;
  }

  /**
   * The SRV records of a name, in the order to try them, at most {@link #MAX_RECORDS}; empty when
   * the name does not exist or has none.
   */
  Answer lookup(String name, Duration timeout) throws AutodiscoverException {
    Hashtable<String, String> env = new Hashtable<>();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
    if (server != null) {
      env.put(Context.PROVIDER_URL, "dns://" + server);
    }
    long ms = Math.max(1, timeout.toMillis());
    env.put("com.sun.jndi.dns.timeout.initial", Long.toString(ms));
    env.put("com.sun.jndi.dns.timeout.retries", "1");
    String where = "dns:" + name + (server == null ? "" : " at " + server);
    FutureTask<List<String>> task = new FutureTask<>(() -> query(env, name));
    Thread t = new Thread(task, "poxgen-srv-lookup");
    t.setDaemon(true);
    t.start();
    List<String> values;
    try {
      values = task.get(ms, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new AutodiscoverException.Timeout(where, timeout, false, e);
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new AutodiscoverException.DnsFailure(name, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof NameNotFoundException) {
        return new Answer(List.of(), List.of());
      }
      if (cause instanceof CommunicationException ce && ce.getRootCause() instanceof SocketTimeoutException) {
        throw new AutodiscoverException.Timeout(where, timeout, false, cause);
      }
      throw new AutodiscoverException.DnsFailure(name, String.valueOf(cause), cause);
    }
    List<Record> records = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    for (String v : values) {
      Record r = parse(v);
      if (r == null) {
        malformed.add(v);
      } else {
        records.add(r);
      }
    }
    records.sort(Record.ORDER);
    return new Answer(Collections.unmodifiableList(records.subList(0, Math.min(MAX_RECORDS, records.size()))),
        malformed);
  }

  private static List<String> query(Hashtable<String, String> env, String name) throws NamingException {
    DirContext ctx = new InitialDirContext(env);
    try {
      Attributes attributes = ctx.getAttributes(name, new String[] {"SRV"});
      Attribute srv = attributes.get("SRV");
      List<String> values = new ArrayList<>();
      if (srv != null) {
        NamingEnumeration<?> e = srv.getAll();
        while (e.hasMore() && values.size() < 4 * MAX_RECORDS) {
          values.add(String.valueOf(e.next()));
        }
      }
      return values;
    } finally {
      ctx.close();
    }
  }

  /** "priority weight port target", as the provider writes a record, or null. */
  static Record parse(String value) {
    String[] f = value.trim().split("\\s+");
    if (f.length != 4) {
      return null;
    }
    try {
      int priority = Integer.parseInt(f[0]);
      int weight = Integer.parseInt(f[1]);
      int port = Integer.parseInt(f[2]);
      if (priority < 0 || priority > 65535 || weight < 0 || weight > 65535 || port < 0 || port > 65535) {
        return null;
      }
      return new Record(priority, weight, port, f[3].toLowerCase(Locale.ROOT));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
