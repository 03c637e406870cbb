package dev.poxgen.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Value checks and parses on text as read, for generated readers: enumeration matches and
 * integers are decided on the characters, without making a String.
 */
public final class Lexical {
  private Lexical() {}

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Whether {@code text[0, length)} is {@code form} under the whitespace rule: exact for
   * PRESERVE, tabs and newlines as spaces for REPLACE, and trimmed with runs folded for COLLAPSE.
   */
  public static boolean matches(char[] text, int length, String form, WhiteSpaceRule rule) {
    if (rule == WhiteSpaceRule.PRESERVE) {
      if (length != form.length()) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (text[i] != form.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    if (rule == WhiteSpaceRule.REPLACE) {
      if (length != form.length()) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        char c = isSpace(text[i]) ? ' ' : text[i];
        if (c != form.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    int start = 0;
    int end = length;
    while (start < end && isSpace(text[start])) {
      start++;
    }
    while (end > start && isSpace(text[end - 1])) {
      end--;
    }
    int j = 0;
    for (int i = start; i < end; i++) {
      char c = text[i];
      if (isSpace(c)) {
        while (i + 1 < end && isSpace(text[i + 1])) {
          i++;
        }
        c = ' ';
      }
      if (j >= form.length() || form.charAt(j) != c) {
        return false;
      }
      j++;
    }
    return j == form.length();
  }

  /** Whether the text has something other than XML whitespace. */
  public static boolean isBlank(char[] text, int length) {
    for (int i = 0; i < length; i++) {
      if (!isSpace(text[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * An {@code xs:int}-family value: optional sign, decimal digits, surrounding whitespace allowed.
   * Returns {@link Long#MIN_VALUE} when it is not one or is outside {@code long}.
   */
  public static long parseLong(char[] text, int length) {
    int i = 0;
    int end = length;
    while (i < end && isSpace(text[i])) {
      i++;
    }
    while (end > i && isSpace(text[end - 1])) {
      end--;
    }
    if (i == end) {
      return Long.MIN_VALUE;
    }
    boolean negative = false;
    if (text[i] == '+' || text[i] == '-') {
      negative = text[i] == '-';
      i++;
    }
    if (i == end) {
      return Long.MIN_VALUE;
    }
    long value = 0;
    for (; i < end; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return Long.MIN_VALUE;
      }
      if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
        return Long.MIN_VALUE;
      }
      value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
  }

  /** An {@code xs:integer}-family value, or null when the text is not one. */
  public static BigInteger parseInteger(String text) {
    String t = WhiteSpaceRule.COLLAPSE.apply(text);
    if (!t.matches("[+-]?[0-9]+")) {
      return null;
    }
    return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
  }

  /** An {@code xs:decimal} value, or null when the text is not one. */
  public static BigDecimal parseDecimal(String text) {
    String t = WhiteSpaceRule.COLLAPSE.apply(text);
    if (!t.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)")) {
      return null;
    }
    return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
  }

  /** An {@code xs:boolean} value ({@code true}, {@code false}, {@code 1}, {@code 0}), or null. */
  public static Boolean parseBoolean(String text) {
    switch (WhiteSpaceRule.COLLAPSE.apply(text)) {
      case "true":
      case "1":
        return Boolean.TRUE;
      case "false":
      case "0":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** The number of digits of a decimal, without leading and trailing zeros, for totalDigits. */
  public static int totalDigits(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return Math.max(v.precision(), v.precision() - v.scale());
  }

  /** The number of fraction digits, for fractionDigits. */
  public static int fractionDigits(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }
}
