package dev.poxgen.examples.client;

import java.net.IDN;
import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address checked well enough to derive Autodiscover endpoints from it: one {@code @},
 * a local part without spaces, controls or the characters RFC 5322 reserves, and a domain that is
 * a host name. Internationalized domains are taken in their ASCII ({@code xn--}) form, and only
 * when that form stands for exactly the letters given: the JDK's IDNA 2003 mapping turns {@code ß}
 * into {@code ss} and a full-width dot into a dot, which would make one domain look like another.
 */
final class MailAddress {
  static final int MAX_LENGTH = 254;
  private static final int MAX_LOCAL = 64;
  private static final String SPECIALS = "()<>[]\\,;:\"@";

  private final String text;
  private final String domain;

  private MailAddress(String text, String domain) {
    this.text = text;
    this.domain = domain;
  }

  /**
   * The address in this text (surrounding whitespace dropped, as XML text is often indented).
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static MailAddress parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("it is empty");
    }
    if (s.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("it is " + s.length() + " characters long; an address has at most " + MAX_LENGTH);
    }
    int at = s.indexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException("it has no @");
    }
    if (s.indexOf('@', at + 1) >= 0) {
      throw new IllegalArgumentException("it has more than one @");
    }
    String local = s.substring(0, at);
    if (local.isEmpty()) {
      throw new IllegalArgumentException("nothing comes before the @");
    }
    if (local.length() > MAX_LOCAL) {
      throw new IllegalArgumentException("the part before the @ is longer than " + MAX_LOCAL + " characters");
    }
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c) || SPECIALS.indexOf(c) >= 0) {
        throw new IllegalArgumentException("the part before the @ holds " + describe(c));
      }
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      throw new IllegalArgumentException("the part before the @ has a dot at its start, at its end or twice in a row");
    }
    String domain = s.substring(at + 1);
    if (domain.isEmpty()) {
      throw new IllegalArgumentException("nothing comes after the @");
    }
    return new MailAddress(s, hostName(domain, "the domain"));
  }

  /**
   * A DNS host name in its lower-case ASCII form: labels of letters, digits and hyphens, no empty
   * label, no trailing dot, a top-level label that is not all digits (so not an IP address).
   *
   * @param what how to name it in the message
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static String hostName(String name, String what) {
    if (name.endsWith(".")) {
      throw new IllegalArgumentException(what + " ends with a dot");
    }
    boolean ascii = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        throw new IllegalArgumentException(what + " holds " + describe(c));
      }
      ascii &= c < 0x80;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String result;
    try {
      result = IDN.toASCII(lower, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " \"" + name + "\" is not a host name (" + e.getMessage() + ")", e);
    }
    if (!ascii && !IDN.toUnicode(result).equals(lower)) {
      throw new IllegalArgumentException(what + " \"" + name + "\" is not the same name in ASCII (" + result
          + "): the client takes an internationalized domain only when it stands for exactly its letters");
    }
    if (result.length() > 253) {
      throw new IllegalArgumentException(what + " is longer than 253 characters");
    }
    String[] labels = result.split("\\.", -1);
    for (String label : labels) {
      if (label.isEmpty()) {
        throw new IllegalArgumentException(what + " \"" + name + "\" has an empty label");
      }
      if (label.length() > 63) {
        throw new IllegalArgumentException(what + " has a label longer than 63 characters");
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        boolean ldh = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ldh) {
          throw new IllegalArgumentException(what + " \"" + name + "\" holds " + describe(c));
        }
      }
      if (label.startsWith("-") || label.endsWith("-")) {
        throw new IllegalArgumentException(what + " \"" + name + "\" has a label starting or ending with a hyphen");
      }
    }
    if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(what + " \"" + name + "\" is an IP address, not a domain name");
    }
    return result;
  }

  private static String describe(char c) {
    if (c == ' ') {
      return "a space";
    }
    if (c > ' ' && c < 0x7f) {
      return "'" + c + "'";
    }
    return String.format(Locale.ROOT, "the character U+%04X", (int) c);
  }

  /** The address as given, without surrounding whitespace. */
  String text() {
    return text;
  }

  /** The domain, in lower-case ASCII. */
  String domain() {
    return domain;
  }

  @Override
  public String toString() {
    return text;
  }
}
