package dev.poxgen.processor.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Schema documentation made safe and readable as Javadoc. Everything here returns plain text:
 * {@link #wrap} keeps inline tags ({@code {@code ...}}, {@code <code>...</code>}) on one line by
 * reading them, not by a marker character, so text from {@link #code} is correct wherever it goes.
 */
final class Javadocs {
  private static final int WIDTH = 92;
  private static final String CODE_START = "<code>";
  private static final String CODE_END = "</code>";

  private Javadocs() {}

  /**
   * Escapes HTML and Javadoc syntax, so the schema's text shows as written; a control character
   * other than a line break or tab becomes a character reference, so none reaches the source.
   */
  static String escape(String text) {
    String escaped = text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;");
    StringBuilder out = new StringBuilder(escaped.length());
    escaped.codePoints().forEach(c -> {
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        out.append("&#x").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append(';');
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /** Escaped and wrapped to lines JavaPoet prints under {@code  * }. */
  static String paragraph(String text) {
    return wrap(escape(text));
  }

  /**
   * Wraps already-escaped (or deliberately marked-up) text at spaces, never inside an inline tag
   * or a {@code <code>} element, which stay on one line as written.
   */
  static String wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words(text.strip())) {
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
    return String.join("\n", lines) + "\n";
  }

  /**
   * The words of marked-up text: runs between whitespace, where an inline tag (from <code>{@</code>
   * to its matching brace) or a {@code <code>} element counts as one word with its spaces kept.
   * Escaped schema text holds neither: {@link #escape} turns {@code @} and {@code <} into entities.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int end = tagEnd(text, i);
      if (end > i) {
        word.append(text, i, end);
        i = end;
      } else if (Character.isWhitespace(text.charAt(i))) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        i++;
      } else {
        word.append(text.charAt(i));
        i++;
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** Where the inline tag or code element starting at {@code i} ends, or {@code i} if none does. */
  private static int tagEnd(String text, int i) {
    if (text.startsWith("{@", i)) {
      int depth = 0;
      for (int j = i; j < text.length(); j++) {
        char c = text.charAt(j);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          return j + 1;
        }
      }
      return i;
    }
    if (text.startsWith(CODE_START, i)) {
      int close = text.indexOf(CODE_END, i);
      return close < 0 ? i : close + CODE_END.length();
    }
    return i;
  }

  /**
   * {@code {@code text}}, or a {@code <code>} element with the text escaped when it holds what
   * would end the tag or a control character; whitespace is shown as single spaces (as Javadoc
   * shows it anyway), so the result is one word to {@link #wrap}.
   */
  static String code(String text) {
    String shown = text.replaceAll("\\s+", " ");
    if (shown.contains("{") || shown.contains("}") || shown.contains("@") || shown.contains("*/")
        || shown.chars().anyMatch(Character::isISOControl)) {
      return CODE_START + escape(shown).replace("{", "&#123;").replace("}", "&#125;") + CODE_END;
    }
    return "{@code " + shown + "}";
  }
}
