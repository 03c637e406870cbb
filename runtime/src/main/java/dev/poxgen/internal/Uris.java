package dev.poxgen.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The lexical space of XML Schema 1.0's {@code xs:anyURI} (Part 2, 3.2.17): a text that, escaped
 * as XLink's section 5.4 says (each character URIs do not allow, non-ASCII ones as the {@code %HH}
 * of their UTF-8 octets), is a URI reference of RFC 2396 (with RFC 2732's IPv6 addresses), which
 * is what {@code java.net.URI} parses.
 */
public final class Uris {
  private Uris() {}

  /** Why the (whitespace-collapsed) text is not an {@code xs:anyURI}, or null when it is one. */
  public static String problem(String text) {
    if (plain(text)) {
      return null;
    }
    try {
      new URI(escaped(text));
      return null;
    } catch (URISyntaxException e) {
      return "is not an xs:anyURI: escaped, it is not a URI reference (RFC 2396): " + e.getReason();
    }
  }

  /**
   * Whether the text is, without parsing it as a whole, a URI reference the common way: {@code
   * scheme://host[:port]} (host names of letters, digits and inner hyphens) followed by a path, a
   * query and a fragment of characters RFC 2396 allows there unescaped. Every such text is one;
   * the rest goes to {@code java.net.URI}, which allocates.
   */
  static boolean plain(String t) {
    int n = t.length();
    if (n == 0 || !letter(t.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && (letter(t.charAt(i)) || digit(t.charAt(i)) || "+-.".indexOf(t.charAt(i)) >= 0)) {
      i++;
    }
    if (!t.startsWith("://", i)) {
      return false;
    }
    i += 3;
    // Labels: a letter or digit at each end, hyphens inside.
    do {
      int label = i;
      while (i < n && (letter(t.charAt(i)) || digit(t.charAt(i)) || t.charAt(i) == '-')) {
        i++;
      }
      if (i == label || t.charAt(label) == '-' || t.charAt(i - 1) == '-') {
        return false;
      }
    } while (i < n && t.charAt(i) == '.' && ++i < n);
    if (i < n && t.charAt(i) == ':') {
      int port = ++i;
      while (i < n && digit(t.charAt(i))) {
        i++;
      }
      if (i == port) {
        return false;
      }
    }
    if (i < n && t.charAt(i) != '/' && t.charAt(i) != '?' && t.charAt(i) != '#') {
      return false;
    }
    while (i < n && (t.charAt(i) == '/' || pathChar(t.charAt(i)))) {
      i++;
    }
    if (i < n && t.charAt(i) == '?') {
      i++;
      while (i < n && t.charAt(i) != '#' && uriChar(t.charAt(i))) {
        i++;
      }
    }
    if (i < n && t.charAt(i) == '#') {
      i++;
      while (i < n && uriChar(t.charAt(i))) {
        i++;
      }
    }
    return i == n;
  }

  private static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** RFC 2396's unreserved characters and those a path segment allows besides ({@code pchar}, {@code ;}). */
  private static boolean pathChar(char c) {
    return letter(c) || digit(c) || "-_.!~*'():@&=+$,;".indexOf(c) >= 0;
  }

  /** RFC 2396's {@code uric} but the escape: reserved and unreserved characters. */
  private static boolean uriChar(char c) {
    return pathChar(c) || c == '/' || c == '?';
  }

  /** The text with each character XLink escapes as the {@code %HH} of its UTF-8 octets. */
  static String escaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!escapes(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
      for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
      i = end - 1;
    }
    return out == null ? text : out.toString();
  }

  /** The characters XLink's 5.4 escapes: controls, space, non-ASCII and {@code <>"{}|\^`}. */
  private static boolean escapes(char c) {
    return c <= 0x20 || c >= 0x7F || "<>\"{}|\\^`".indexOf(c) >= 0;
  }
}
