package dev.poxgen.processor.schema;

import dev.poxgen.processor.model.IdentityPath;
import dev.poxgen.processor.model.IdentityPath.NameTest;
import dev.poxgen.processor.model.IdentityPath.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses the selectors and fields of identity constraints in the XPath subset of XSD 1.0 (section
 * 3.11.6), resolving prefixes with the schema's in-scope namespaces:
 *
 * <pre>
 * Selector ::= Path ( '|' Path )*
 * Path     ::= ('.//')? Step ( '/' Step )*              a field's last step may be '@' NameTest
 * Step     ::= '.' | ('child::')? NameTest
 * NameTest ::= QName | '*' | NCName ':' '*'
 * </pre>
 *
 * Whitespace between tokens is allowed, as XPath allows it. Anything else is refused with {@link
 * Refusal}, which says what was expected where.
 */
final class IdentityPathParser {
  /** An XPath outside the subset, or a prefix not in scope. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message);
    }
  }

  private final String text;
  private final boolean field;
  private final Function<String, String> namespaces;
  private int at;

  private IdentityPathParser(String text, boolean field, Function<String, String> namespaces) {
    this.text = text;
    this.field = field;
    this.namespaces = namespaces;
  }

  /**
   * A selector: paths of child steps only.
   *
   * @param namespaces the namespace of a prefix, or null when it is not in scope
   */
  static IdentityPath selector(String xpath, Function<String, String> namespaces) {
    return new IdentityPathParser(xpath, false, namespaces).parse();
  }

  /** A field: like a selector, and each path may end in an attribute step. */
  static IdentityPath field(String xpath, Function<String, String> namespaces) {
    return new IdentityPathParser(xpath, true, namespaces).parse();
  }

  private IdentityPath parse() {
    List<Path> paths = new ArrayList<>();
    paths.add(path());
    while (skip("|")) {
      paths.add(path());
    }
    space();
    if (at < text.length()) {
      throw refuse("\"|\" or the end");
    }
    return new IdentityPath(text, paths);
  }

  private Path path() {
    space();
    boolean descendants = false;
    if (text.startsWith(".//", at)) {
      descendants = true;
      at += 3;
    }
    List<NameTest> steps = new ArrayList<>();
    Optional<NameTest> attribute = Optional.empty();
    while (true) {
      space();
      if (skip("@") || axis("attribute")) {
        if (!field) {
          throw refuse("a child step (a selector selects elements, not attributes)");
        }
        attribute = Optional.of(nameTest());
        break;
      }
      if (peekDot()) {
        at++;
      } else {
        axis("child");
        steps.add(nameTest());
      }
      space();
      if (text.startsWith("//", at)) {
        throw refuse("\"/\" (\"//\" is allowed only as the leading \".//\")");
      }
      if (!skip("/")) {
        break;
      }
    }
    return new Path(descendants, steps, attribute);
  }

  /** A "." step: a dot not followed by a name character (".a" is no step). */
  private boolean peekDot() {
    return at < text.length() && text.charAt(at) == '.'
        && (at + 1 == text.length() || !isNameChar(text.charAt(at + 1)));
  }

  private NameTest nameTest() {
    space();
    if (skip("*")) {
      return NameTest.any();
    }
    String first = ncName();
    if (at < text.length() && text.charAt(at) == ':' && !text.startsWith("::", at)) {
      at++;
      String uri = namespaces.apply(first);
      if (uri == null) {
        throw new Refusal("the prefix \"" + first + "\" in the XPath \"" + text
            + "\" is not bound to a namespace where the constraint is declared; declare it with xmlns:" + first);
      }
      if (skip("*")) {
        return NameTest.anyIn(uri);
      }
      return NameTest.of(uri, ncName());
    }
    if (text.startsWith("::", at)) {
      throw refuse("a child step: the axis \"" + first + "::\" is not in XSD's XPath subset (only child:: and attribute::)");
    }
    return NameTest.of("", first);
  }

  private String ncName() {
    int start = at;
    if (at < text.length() && isNameStart(text.charAt(at))) {
      at++;
      while (at < text.length() && isNameChar(text.charAt(at))) {
        at++;
      }
    }
    if (start == at) {
      throw refuse("a name, \"*\" or \"prefix:*\"" + (field ? ", or \"@\" and one of those" : ""));
    }
    return text.substring(start, at);
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isNameChar(char c) {
    return isNameStart(c) || Character.isDigit(c) || c == '-' || c == '.' || c == '\u00b7'
        || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  /** An axis, {@code child::} or {@code attribute::}, with whitespace allowed before the "::" as XPath allows. */
  private boolean axis(String name) {
    int start = at;
    space();
    if (text.startsWith(name, at)) {
      at += name.length();
      space();
      if (text.startsWith("::", at)) {
        at += 2;
        return true;
      }
    }
    at = start;
    return false;
  }

  private boolean skip(String token) {
    space();
    if (text.startsWith(token, at)) {
      at += token.length();
      return true;
    }
    return false;
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private Refusal refuse(String expected) {
    String found = at < text.length() ? "\"" + text.substring(at) + "\"" : "the end";
    return new Refusal("the " + (field ? "field" : "selector") + " XPath \"" + text + "\" is outside XSD 1.0's XPath subset:"
        + " at " + found + " (character " + (at + 1) + ") it expected " + expected);
  }
}
