package dev.poxgen.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Value checks and parses on text as read, for generated readers: enumeration matches and
 * integers are decided on the characters, without making a String.
 */
public final class Lexical {
  private Lexical() {}

  /**
   * The forms the parses of Strings check, compiled once (String.matches would compile a pattern
   * again on every value read), and on the first such parse: most schemas' readers never make one,
   * and a cold start would otherwise pay for compiling them, and for BigInteger, on the first value
   * read.
   */
  private static final class Forms {
    static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    static final Pattern FLOATING =
        Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([Ee][+-]?[0-9]+)?");
    static final BigInteger LONG_MINIMUM = BigInteger.valueOf(Long.MIN_VALUE);

    private Forms() {}
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /**
   * Whether {@code text[0, length)} is an integer's canonical form ({@code 0}, or digits without a
   * leading zero after an optional {@code -}, nothing around): what {@code Integer.toString} and
   * {@code Long.toString} write for the value the text was read as, known without writing it.
   */
  public static boolean canonicalInteger(char[] text, int length) {
    int i = length > 0 && text[0] == '-' ? 1 : 0;
    if (i == length || text[i] < '0' || text[i] > '9' || (text[i] == '0' && (length > 1))) {
      return false; // empty, a sign alone or before no digit, a leading zero, or "-0"
    }
    for (i++; i < length; i++) {
      if (text[i] < '0' || text[i] > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text[0, length)} is {@code form} under the whitespace rule: exact for
   * PRESERVE, tabs and newlines as spaces for REPLACE, and trimmed with runs folded for COLLAPSE.
   */
  public static boolean matches(char[] text, int length, String form, WhiteSpaceRule rule) {
    // One small method per rule: callers pass the rule as a constant, and this stays small enough
    // for the JIT to inline everywhere and keep only that rule's loop.
    if (rule == WhiteSpaceRule.PRESERVE) {
      return matchesAsIs(text, length, form);
    }
    if (rule == WhiteSpaceRule.REPLACE) {
      return matchesReplaced(text, length, form);
    }
    return matchesCollapsed(text, length, form);
  }

  private static boolean matchesAsIs(char[] text, int length, String form) {
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

  private static boolean matchesReplaced(char[] text, int length, String form) {
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

  private static boolean matchesCollapsed(char[] text, int length, String form) {
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

  /**
   * Whether the text holds an XML whitespace character. Text without one is as every whitespace
   * rule leaves it, so enumeration matching compares it as it is.
   */
  public static boolean hasWhiteSpace(char[] text, int length) {
    for (int i = 0; i < length; i++) {
      if (isSpace(text[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is only XML whitespace, or empty. */
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
   * Returns {@link Long#MIN_VALUE} when it is not one or is outside {@code long}; since that is a
   * {@code long} too, {@link #isLongMinimum} tells the two apart.
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
    // Accumulated negatively, as Long.parseLong does, so that -9223372036854775808 fits.
    long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
    // The least value a digit may still be appended to: divided once, not once per digit.
    long before = negative ? Long.MIN_VALUE / 10 : -Long.MAX_VALUE / 10;
    long value = 0;
    for (; i < end; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return Long.MIN_VALUE;
      }
      int digit = c - '0';
      if (value < before || value * 10 < limit + digit) {
        return Long.MIN_VALUE;
      }
      value = value * 10 - digit;
    }
    return negative ? value : -value;
  }

  /**
   * Whether the text is {@code -9223372036854775808} (leading zeros and surrounding whitespace
   * allowed): the least {@code xs:long}, which {@link #parseLong} returns for a text that is no
   * value as well.
   */
  public static boolean isLongMinimum(char[] text, int length) {
    return Forms.LONG_MINIMUM.equals(parseInteger(new String(text, 0, length)));
  }

  /** An {@code xs:integer}-family value, or null when the text is not one. */
  public static BigInteger parseInteger(String text) {
    String t = WhiteSpaceRule.COLLAPSE.apply(text);
    if (!Forms.INTEGER.matcher(t).matches()) {
      return null;
    }
    return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
  }

  /** An {@code xs:decimal} value, or null when the text is not one. */
  public static BigDecimal parseDecimal(String text) {
    String t = WhiteSpaceRule.COLLAPSE.apply(text);
    if (!Forms.DECIMAL.matcher(t).matches()) {
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

  /** The lexical space of {@code xs:float} and {@code xs:double} in XML Schema 1.0, collapsed. */
  private static boolean isFloatingForm(String t) {
    if (t.equals("INF") || t.equals("-INF") || t.equals("NaN")) {
      return true;
    }
    return Forms.FLOATING.matcher(t).matches();
  }

  /**
   * An {@code xs:float} value (decimal or exponent form, {@code INF}, {@code -INF}, {@code NaN}),
   * rounded to the nearest float, or null when the text is not one.
   */
  public static Float parseFloat(String text) {
    String t = WhiteSpaceRule.COLLAPSE.apply(text);
    if (!isFloatingForm(t)) {
      return null;
    }
    if (t.equals("INF")) {
      return Float.POSITIVE_INFINITY;
    }
    if (t.equals("-INF")) {
      return Float.NEGATIVE_INFINITY;
    }
    return t.equals("NaN") ? Float.NaN : Float.parseFloat(t);
  }

  /**
   * An {@code xs:double} value (decimal or exponent form, {@code INF}, {@code -INF}, {@code NaN}),
   * rounded to the nearest double, or null when the text is not one.
   */
  public static Double parseDouble(String text) {
    String t = WhiteSpaceRule.COLLAPSE.apply(text);
    if (!isFloatingForm(t)) {
      return null;
    }
    if (t.equals("INF")) {
      return Double.POSITIVE_INFINITY;
    }
    if (t.equals("-INF")) {
      return Double.NEGATIVE_INFINITY;
    }
    return t.equals("NaN") ? Double.NaN : Double.parseDouble(t);
  }

  /**
   * The canonical form of an {@code xs:float}: {@code INF}, {@code -INF}, {@code NaN}, or a
   * mantissa with one non-zero digit before the point and at least one after, then {@code E} and
   * the exponent ({@code 1.25E2}, {@code 0.0E0}, {@code -0.0E0}), with the fewest digits that read
   * back to the same float.
   */
  public static String canonicalFloat(float value) {
    if (Float.isNaN(value)) {
      return "NaN";
    }
    if (Float.isInfinite(value)) {
      return value > 0 ? "INF" : "-INF";
    }
    return canonicalFinite(Float.toString(value), Float.floatToRawIntBits(value) < 0);
  }

  /** The canonical form of an {@code xs:double}, as {@link #canonicalFloat} for doubles. */
  public static String canonicalDouble(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "INF" : "-INF";
    }
    return canonicalFinite(Double.toString(value), Double.doubleToRawLongBits(value) < 0);
  }

  /** Java's shortest decimal form of a finite number, rewritten as XML Schema's canonical form. */
  private static String canonicalFinite(String java, boolean negative) {
    BigDecimal d = new BigDecimal(java);
    String sign = negative ? "-" : "";
    if (d.signum() == 0) {
      return sign + "0.0E0";
    }
    d = d.stripTrailingZeros();
    String digits = d.unscaledValue().abs().toString();
    long exponent = (long) digits.length() - 1 - d.scale();
    String fraction = digits.length() == 1 ? "0" : digits.substring(1);
    return sign + digits.charAt(0) + "." + fraction + "E" + exponent;
  }
}
