package dev.poxgen.processor.naming;

import java.util.Set;

/**
 * XML Schema 1.0 regular expressions (XML Schema Part 2, Appendix F) as {@link
 * java.util.regex.Pattern}s. A parser of the XSD grammar (regExp, branch, piece, quantifier, atom,
 * charClass with subtraction) that refuses everything XSD does not allow (such as {@code (?i)} or
 * {@code \x41}); outside a class {@code ^} and {@code $} are plain characters. The translation is equivalent when used with {@code matches()} (XSD patterns match
 * the whole value): {@code .} is {@code [^\n\r]}, {@code \d} is {@code \p{Nd}}, {@code \w} is
 * {@code [^\p{P}\p{Z}\p{C}]}, {@code \i} and {@code \c} are the XML 1.0 name characters and
 * {@code \p{IsBlock}} the Unicode 3.1 block of that name; literals beyond ASCII are written as
 * {@code \x{..}}, so a supplementary character stays one character.
 */
public final class XsdPatterns {
  private XsdPatterns() {}

  /** Why a pattern is not an XSD 1.0 regular expression: where (a character offset) and what was expected. */
  public static final class Malformed extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int offset;

    Malformed(int offset, String detail) {
      super("at offset " + offset + ": " + detail);
      this.offset = offset;
    }

    /** The offset (in UTF-16 units) in the pattern where the problem was found. */
    public int offset() {
      return offset;
    }
  }

  private static final Set<String> CATEGORIES = Set.of(
      "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No",
      "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Z", "Zs", "Zl", "Zp",
      "S", "Sm", "Sc", "Sk", "So", "C", "Cc", "Cf", "Co", "Cn", "Cs");

  /** The Java form of the XSD pattern {@code xsd}; throws {@link Malformed} when it is not one. */
  public static String toJava(String xsd) {
    Parser p = new Parser(xsd);
    String out = p.regExp();
    if (p.pos < xsd.length()) {
      throw p.error(xsd.charAt(p.pos) == ')'
          ? "a \")\" that closes no group; write \"\\)\" for the character"
          : "an unexpected \"" + xsd.charAt(p.pos) + "\"; write \"\\" + xsd.charAt(p.pos) + "\" for the character");
    }
    return out;
  }

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    Malformed error(String detail) {
      return new Malformed(pos, detail);
    }

    private boolean more() {
      return pos < s.length();
    }

    private int peek() {
      return s.codePointAt(pos);
    }

    private int next() {
      int c = s.codePointAt(pos);
      pos += Character.charCount(c);
      return c;
    }

    /** regExp ::= branch ( '|' branch )* */
    String regExp() {
      StringBuilder out = new StringBuilder(branch());
      while (more() && peek() == '|') {
        pos++;
        out.append('|').append(branch());
      }
      return out.toString();
    }

    /** branch ::= piece* */
    private String branch() {
      StringBuilder out = new StringBuilder();
      while (more() && peek() != '|' && peek() != ')') {
        out.append(atom());
        quantifier(out);
      }
      return out.toString();
    }

    /** quantifier ::= [?*+] | '{' quantity '}' */
    private void quantifier(StringBuilder out) {
      if (!more()) {
        return;
      }
      int c = peek();
      if (c == '?' || c == '*' || c == '+') {
        pos++;
        out.appendCodePoint(c);
      } else if (c == '{') {
        int start = pos++;
        long min = number("a number (the least count) after \"{\"");
        long max = min;
        boolean open = false;
        if (more() && peek() == ',') {
          pos++;
          if (more() && peek() == '}') {
            open = true;
          } else {
            max = number("a number (the greatest count) or \"}\" after \"{" + min + ",\"");
          }
        }
        if (!more() || peek() != '}') {
          throw error("\"}\" to close the quantifier");
        }
        pos++;
        if (!open && max < min) {
          throw new Malformed(start, "the quantifier " + s.substring(start, pos) + " has its greatest count below its least");
        }
        out.append('{').append(min).append(open ? "," : max == min ? "" : "," + max).append('}');
      } else {
        return;
      }
      if (more() && (peek() == '?' || peek() == '*' || peek() == '+' || peek() == '{')) {
        throw error("a quantifier follows a quantifier (\"" + new String(Character.toChars(peek()))
            + "\"); XSD has no lazy or possessive quantifiers: write \"\\\" before it for the character or group the"
            + " quantified part in ( )");
      }
    }

    private long number(String expected) {
      int start = pos;
      while (more() && peek() >= '0' && peek() <= '9') {
        pos++;
      }
      if (start == pos) {
        throw error(expected);
      }
      if (pos - start > 9) {
        throw new Malformed(start, "the count " + s.substring(start, pos) + " is too large (at most 999999999)");
      }
      return Long.parseLong(s.substring(start, pos));
    }

    /** atom ::= Char | charClass | '(' regExp ')' */
    private String atom() {
      int c = peek();
      switch (c) {
        case '(' -> {
          int open = pos++;
          if (more() && peek() == '?') {
            throw error("a regular expression after \"(\"; XSD has no (?...) groups, flags or look-arounds");
          }
          String inner = regExp();
          if (!more() || peek() != ')') {
            throw new Malformed(open, "the group opened here is not closed by \")\"");
          }
          pos++;
          return "(?:" + inner + ")";
        }
        case '[' -> {
          return charClassExpr();
        }
        case '.' -> {
          pos++;
          return "[^\\n\\r]";
        }
        case '\\' -> {
          return escape(false);
        }
        case '?', '*', '+', '{' -> throw error("a character, class or group before the quantifier \""
            + (char) c + "\"; write \"\\" + (char) c + "\" for the character");
        case ']', '}' -> throw error("a character, class or group; \"" + (char) c + "\" opens nothing here: write \"\\"
            + (char) c + "\" for the character");
        default -> {
          next();
          return literal(c, false);
        }
      }
    }

    /** charClassExpr ::= '[' charGroup ']', charGroup ::= (posCharGroup | negCharGroup) ('-' charClassExpr)? */
    private String charClassExpr() {
      int open = pos++;
      boolean negated = false;
      if (more() && peek() == '^') {
        negated = true;
        pos++;
      }
      StringBuilder group = new StringBuilder();
      boolean first = true;
      String subtracted = null;
      while (true) {
        if (!more()) {
          throw new Malformed(open, "the character class opened here is not closed by \"]\"");
        }
        int c = peek();
        if (c == ']') {
          if (first) {
            throw error("a character or range in the class before \"]\" (an empty class); write \"\\]\" for the character");
          }
          pos++;
          break;
        }
        if (c == '[') {
          throw error("a character or range, not \"[\" (a class is subtracted with -[...] at its end); write \"\\[\" for"
              + " the character");
        }
        if (c == '-') {
          if (s.startsWith("-[", pos)) {
            if (first) {
              throw error("a character or range before the subtraction \"-[\"");
            }
            pos++;
            subtracted = charClassExpr();
            if (!more() || peek() != ']') {
              throw error("\"]\" after the subtracted class: a subtraction ends its class");
            }
            pos++;
            break;
          }
          if (!first && !s.startsWith("-]", pos)) {
            throw error("\"]\" or \"[\" after \"-\" (a \"-\" stands for itself only first or last in a class); write"
                + " \"\\-\" for the character");
          }
          pos++;
          group.append(literal('-', true));
          first = false;
          continue;
        }
        first = false;
        int start = pos;
        if (c == '\\') {
          String esc = escape(true);
          int single = singleOf(start);
          if (single < 0) {
            if (more() && peek() == '-' && !s.startsWith("-[", pos) && !s.startsWith("-]", pos)) {
              throw error("\"]\" or \"[\" after the class escape " + s.substring(start, pos)
                  + " (a class escape cannot start a range); write \"\\-\" for the character");
            }
            group.append(esc);
            continue;
          }
          range(group, single, start);
        } else {
          next();
          range(group, c, start);
        }
      }
      String body = (negated ? "[^" : "[") + group + "]";
      return subtracted == null ? body : "[" + body + "&&[^" + subtracted + "]]";
    }

    /** After a range's first character {@code from} (read from {@code start}): the range, or the character alone. */
    private void range(StringBuilder group, int from, int start) {
      if (more() && peek() == '-' && !s.startsWith("-[", pos) && !s.startsWith("-]", pos)) {
        pos++;
        int endStart = pos;
        int to;
        if (peek() == '\\') {
          escape(true);
          to = singleOf(endStart);
          if (to < 0) {
            throw new Malformed(endStart, "a character to end the range " + s.substring(start, endStart) + ", not the class"
                + " escape " + s.substring(endStart, pos));
          }
        } else if (peek() == '[') {
          throw error("a character to end the range " + s.substring(start, endStart));
        } else {
          to = next();
          if (to == '-') {
            throw new Malformed(endStart, "a character to end the range " + s.substring(start, endStart)
                + ", not \"-\"; write \"\\-\"");
          }
        }
        if (to < from) {
          throw new Malformed(start, "the range " + s.substring(start, pos) + " ends before it starts");
        }
        group.append(literal(from, true)).append('-').append(literal(to, true));
      } else {
        group.append(literal(from, true));
      }
    }

    /** The character a single-character escape read from {@code start} stands for, or -1 for a class escape. */
    private int singleOf(int start) {
      return switch (s.charAt(start + 1)) {
        case 'n' -> '\n';
        case 'r' -> '\r';
        case 't' -> '\t';
        case 's', 'S', 'i', 'I', 'c', 'C', 'd', 'D', 'w', 'W', 'p', 'P' -> -1;
        default -> s.charAt(start + 1);
      };
    }

    /** charClassEsc and SingleCharEsc, at a backslash: the Java form (class content when {@code inClass}). */
    private String escape(boolean inClass) {
      int start = pos++;
      if (!more()) {
        throw new Malformed(start, "a character after \"\\\" at the end of the pattern; write \"\\\\\" for a backslash");
      }
      int c = next();
      return switch (c) {
        case 'n' -> "\\n";
        case 'r' -> "\\r";
        case 't' -> "\\t";
        case '\\', '|', '.', '?', '*', '+', '(', ')', '{', '}', '-', '[', ']', '^' -> literal(c, inClass);
        case 's' -> wrap("\\x{20}\\t\\n\\r", inClass);
        case 'S' -> "[^\\x{20}\\t\\n\\r]";
        case 'i' -> wrap(ranges(XsdRegexTables.NAME_START), inClass);
        case 'I' -> "[^" + ranges(XsdRegexTables.NAME_START) + "]";
        case 'c' -> wrap(ranges(XsdRegexTables.NAME_CHAR), inClass);
        case 'C' -> "[^" + ranges(XsdRegexTables.NAME_CHAR) + "]";
        case 'd' -> "\\p{Nd}";
        case 'D' -> "\\P{Nd}";
        case 'w' -> "[^\\p{P}\\p{Z}\\p{C}]";
        case 'W' -> wrap("\\p{P}\\p{Z}\\p{C}", inClass);
        case 'p', 'P' -> property(start, c == 'P');
        default -> throw new Malformed(start, "an escape XSD knows after \"\\\" (one of n r t \\ | . ? * + ( ) { } - [ ] ^,"
            + " s S i I c C d D w W, p{..} P{..}), not \"\\" + new String(Character.toChars(c)) + "\"");
      };
    }

    /** catEsc and complEsc: {@code \p{Lu}}, {@code \P{IsGreek}}, after the letter. */
    private String property(int start, boolean complement) {
      if (!more() || peek() != '{') {
        throw error("\"{\" after \\" + (complement ? "P" : "p") + " (as in \\p{Lu} or \\p{IsBasicLatin})");
      }
      int close = s.indexOf('}', pos);
      if (close < 0) {
        throw error("\"}\" to close the property " + s.substring(start));
      }
      String name = s.substring(pos + 1, close);
      pos = close + 1;
      String positive;
      if (CATEGORIES.contains(name)) {
        positive = "\\p{" + name + "}";
        return complement ? "\\P{" + name + "}" : positive;
      }
      if (name.startsWith("Is") && XsdRegexTables.block(name.substring(2)) != null) {
        String r = ranges(XsdRegexTables.block(name.substring(2)));
        return complement ? "[^" + r + "]" : "[" + r + "]";
      }
      throw new Malformed(start, name.startsWith("Is")
          ? "a Unicode block name of XSD 1.0 after \"Is\" (such as IsBasicLatin, IsCurrencySymbols, IsGreek), not \""
              + name + "\"" + nearBlock(name.substring(2))
          : "a general category (L, Lu, Ll, Lt, Lm, Lo, M, Mn, Mc, Me, N, Nd, Nl, No, P, Pc, Pd, Ps, Pe, Pi, Pf, Po, Z,"
              + " Zs, Zl, Zp, S, Sm, Sc, Sk, So, C, Cc, Cf, Co, Cn) or Is and a block name, not \"" + name + "\"");
    }

    private static String nearBlock(String name) {
      for (String b : XsdRegexTables.blockNames()) {
        if (b.equalsIgnoreCase(name) || b.replace("-", "").equalsIgnoreCase(name.replace("-", ""))) {
          return "; did you mean Is" + b + "?";
        }
      }
      return "";
    }

    private static String wrap(String classContent, boolean inClass) {
      return inClass ? classContent : "[" + classContent + "]";
    }

    private static String ranges(int[] table) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < table.length; i += 2) {
        out.append(hex(table[i]));
        if (table[i + 1] != table[i]) {
          out.append('-').append(hex(table[i + 1]));
        }
      }
      return out.toString();
    }

    /**
     * A character that stands for itself: letters, digits and harmless ASCII as they are, Java's
     * metacharacters (of a class, when {@code inClass}) after a backslash, everything else as
     * {@code \x{..}}.
     */
    private static String literal(int c, boolean inClass) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return String.valueOf((char) c);
      }
      if (c > 0x20 && c < 0x7F) {
        String meta = inClass ? "\\^-[]&" : "\\^$.|?*+()[]{}";
        return meta.indexOf(c) >= 0 ? "\\" + (char) c : String.valueOf((char) c);
      }
      return hex(c);
    }

    private static String hex(int c) {
      return "\\x{" + Integer.toHexString(c) + "}";
    }
  }
}
