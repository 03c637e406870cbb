package dev.poxgen.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The documents every contender reads, as bytes: {@code isp} (1.7 KB, IMAP/POP3/SMTP), {@code
 * exchange} (5.8 KB, an Office 365 style answer), {@code large} (about 1 MB: the ISP answer with
 * thousands of Protocols). All written for poxgen; all schema-valid.
 */
public final class Documents {
  private Documents() {}

  public static byte[] get(String name) {
    return switch (name) {
      case "isp", "exchange" -> resource("/documents/" + name + ".xml");
      case "large" -> large();
      default -> throw new IllegalArgumentException("no document " + name);
    };
  }

  /** The bytes of a resource on the benchmarks' class path ({@code /documents/isp.xml}). */
  public static byte[] resource(String name) {
    try (InputStream in = Documents.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] large() {
    String isp = new String(resource("/documents/isp.xml"), StandardCharsets.UTF_8);
    int start = isp.indexOf("<Protocol>");
    int end = isp.lastIndexOf("</Protocol>") + "</Protocol>".length();
    String protocols = isp.substring(start, end);
    StringBuilder b = new StringBuilder(isp.substring(0, start));
    while (b.length() < 1_000_000) {
      b.append(protocols).append("\n      ");
    }
    b.append(isp.substring(end));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The document with its first SMTPLast, SSL or Action value made invalid ("yes"). */
  public static byte[] broken(byte[] document) {
    String s = new String(document, StandardCharsets.UTF_8);
    for (String element : new String[] {"SMTPLast", "SSL", "Action"}) {
      int at = s.indexOf("<" + element + ">");
      if (at >= 0) {
        int from = at + element.length() + 2;
        int to = s.indexOf('<', from);
        return (s.substring(0, from) + "yes" + s.substring(to)).getBytes(StandardCharsets.UTF_8);
      }
    }
    throw new IllegalStateException("nothing to break");
  }
}
