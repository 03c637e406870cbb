package dev.poxgen.processor.emit;

import java.util.ArrayList;
import java.util.List;

/** Schema documentation made safe and readable as Javadoc. */
final class Javadocs {
  private static final int WIDTH = 92;

  private Javadocs() {}

  /** Escapes HTML and Javadoc syntax, so the schema's text shows as written. */
  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;");
  }

  /** Escaped and wrapped to lines JavaPoet prints under {@code  * }. */
  static String paragraph(String text) {
    return wrap(escape(text));
  }

  /** Joins the words of an inline tag so that wrapping never splits it. */
  private static final char NO_BREAK = '\u0000';

  /** Wraps already-escaped (or deliberately marked-up) text. */
  static String wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return String.join("\n", lines).replace(NO_BREAK, ' ') + "\n";
  }

  /** {@code {@code text}}, with the characters that would end the tag escaped. */
  static String code(String text) {
    if (text.contains("{") || text.contains("}") || text.contains("@") || text.contains("*/")) {
      return ("<code>" + escape(text).replace("{", "&#123;").replace("}", "&#125;") + "</code>")
          .replace(' ', NO_BREAK);
    }
    return ("{@code " + text + "}").replace(' ', NO_BREAK);
  }
}
