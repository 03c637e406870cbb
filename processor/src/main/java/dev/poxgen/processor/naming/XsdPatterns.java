package dev.poxgen.processor.naming;

/**
 * XML Schema regular expressions as {@link java.util.regex.Pattern}s. The dialects differ in
 * little that schemas use: XSD patterns match the whole value (so does {@code matches()}), and
 * {@code ^} and {@code $} are plain characters outside a class; {@code \i} and {@code \c} (XML name
 * characters) become the closest Java classes.
 */
public final class XsdPatterns {
  private XsdPatterns() {}

  public static String toJava(String xsd) {
    StringBuilder out = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < xsd.length(); i++) {
      char c = xsd.charAt(i);
      if (c == '\\' && i + 1 < xsd.length()) {
        char n = xsd.charAt(++i);
        switch (n) {
          case 'i' -> out.append(inClass ? "\\p{L}_:" : "[\\p{L}_:]");
          case 'I' -> out.append("[^\\p{L}_:]");
          case 'c' -> out.append(inClass ? "\\p{L}\\p{Nd}._:\\-" : "[\\p{L}\\p{Nd}._:\\-]");
          case 'C' -> out.append("[^\\p{L}\\p{Nd}._:\\-]");
          default -> out.append('\\').append(n);
        }
        continue;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      if (!inClass && (c == '^' || c == '$')) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
