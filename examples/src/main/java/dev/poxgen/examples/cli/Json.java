package dev.poxgen.examples.cli;

import java.util.List;
import java.util.Map;

/** Just enough JSON for the command line's output: strings, numbers, booleans, null, lists and maps. */
final class Json {
  private Json() {}

  /** The value on one line: a {@link Map} is an object in its own order, a {@link List} an array. */
  static String write(Object value) {
    StringBuilder b = new StringBuilder();
    write(value, b);
    return b.toString();
  }

  private static void write(Object value, StringBuilder b) {
    if (value == null) {
      b.append("null");
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      b.append(value);
    } else if (value instanceof Map<?, ?> map) {
      b.append('{');
      String sep = "";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        b.append(sep).append(string(String.valueOf(e.getKey()))).append(':');
        write(e.getValue(), b);
        sep = ",";
      }
      b.append('}');
    } else if (value instanceof List<?> list) {
      b.append('[');
      String sep = "";
      for (Object o : list) {
        b.append(sep);
        write(o, b);
        sep = ",";
      }
      b.append(']');
    } else {
      b.append(string(value.toString()));
    }
  }

  /** A JSON string literal. */
  static String string(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
