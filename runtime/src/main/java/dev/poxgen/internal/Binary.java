package dev.poxgen.internal;

import java.util.regex.Pattern;

/**
 * The lexical spaces of XML Schema 1.0's binary types, {@code xs:hexBinary} and
 * {@code xs:base64Binary}: whether a (whitespace-collapsed) text is one, with the reason when not,
 * and how many octets it stands for, which is what their {@code length} facets count.
 */
public final class Binary {
  private Binary() {}

  private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})*");
  /** Quads of the alphabet; the last may end in = or == with the unused bits zero (RFC 2045 as XML Schema has it). */
  private static final Pattern BASE64 = Pattern.compile(
      "(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=|[A-Za-z0-9+/][AQgw]==)?");

  /**
   * Why the text is not a value of the type, or null when it is one; {@code type} is the type's
   * local name ({@code "hexBinary"} or {@code "base64Binary"}).
   */
  public static String problem(String type, String text) {
    switch (type) {
      case "hexBinary":
        return HEX.matcher(text).matches() ? null
            : "is not an xs:hexBinary (pairs of hexadecimal digits, such as 0FB7)";
      case "base64Binary":
        return BASE64.matcher(text.replace(" ", "")).matches() ? null
            : "is not an xs:base64Binary (groups of four of A-Z a-z 0-9 + /, the last padded with =, such as"
                + " SGVsbG8=)";
      default:
        throw new IllegalArgumentException("not a binary type: xs:" + type);
    }
  }

  /**
   * A text that is equal for two texts of the type exactly when they stand for the same octets:
   * hexadecimal digits in upper case ({@code 0f} is {@code 0F}), Base64 without its spaces.
   */
  public static String key(String type, String text) {
    switch (type) {
      case "hexBinary":
        return text.toUpperCase(java.util.Locale.ROOT);
      case "base64Binary":
        return text.replace(" ", "");
      default:
        throw new IllegalArgumentException("not a binary type: xs:" + type);
    }
  }

  /** Whether a text of the type stands for the same octets as one of {@code values}. */
  public static boolean oneOf(String type, String text, String[] values) {
    String k = key(type, text);
    for (String v : values) {
      if (k.equals(key(type, v))) {
        return true;
      }
    }
    return false;
  }

  /** The number of octets a text the type takes stands for. */
  public static int octets(String type, String text) {
    switch (type) {
      case "hexBinary":
        return text.length() / 2;
      case "base64Binary": {
        String data = text.replace(" ", "");
        int padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
        return data.length() / 4 * 3 - padding;
      }
      default:
        throw new IllegalArgumentException("not a binary type: xs:" + type);
    }
  }
}
