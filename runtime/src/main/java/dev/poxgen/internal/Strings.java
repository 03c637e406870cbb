package dev.poxgen.internal;

/** Java 11's {@code strip}, {@code isBlank} and {@code repeat}, which Android (API level 26) lacks. */
final class Strings {
  private Strings() {}

  /** {@code s} without leading and trailing whitespace ({@link Character#isWhitespace}), as {@code String.strip}. */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /** Whether {@code s} is empty or only whitespace, as {@code String.isBlank}. */
  static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Two spaces {@code levels} times. */
  static String indent(int levels) {
    StringBuilder b = new StringBuilder(levels * 2);
    for (int i = 0; i < levels; i++) {
      b.append("  ");
    }
    return b.toString();
  }
}
