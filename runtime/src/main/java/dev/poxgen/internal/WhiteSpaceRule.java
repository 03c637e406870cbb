package dev.poxgen.internal;

/**
 * The XML Schema {@code whiteSpace} facet, applied to a lexical value before it is compared with
 * the schema's values.
 */
public enum WhiteSpaceRule {
  /** Every character counts. */
  PRESERVE,
  /** Tabs, line feeds and carriage returns become spaces. */
  REPLACE,
  /** As {@link #REPLACE}, then leading and trailing spaces go and runs of spaces become one. */
  COLLAPSE;

  /** The value as the schema sees it. Returns the same string when nothing changes. */
  public String apply(CharSequence text) {
    String s = text.toString();
    switch (this) {
      case PRESERVE:
        return s;
      case REPLACE:
        return needsReplace(s) ? replace(s) : s;
      default:
        return collapse(s);
    }
  }

  private static boolean needsReplace(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private static String replace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
    }
    return b.toString();
  }

  private static boolean isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static String collapse(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isXmlSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isXmlSpace(s.charAt(end - 1))) {
      end--;
    }
    boolean clean = true;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c != ' ' && isXmlSpace(c) || c == ' ' && i + 1 < end && s.charAt(i + 1) == ' ') {
        clean = false;
        break;
      }
    }
    if (clean) {
      return s.substring(start, end);
    }
    StringBuilder b = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isXmlSpace(c)) {
        space = true;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
