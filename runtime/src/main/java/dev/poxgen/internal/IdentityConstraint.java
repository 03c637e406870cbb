package dev.poxgen.internal;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One identity constraint of an element declaration ({@code xs:unique}, {@code xs:key} or {@code
 * xs:keyref}) as generated code declares it for {@link Identity} to check: its selector and fields
 * in the XPath subset of XML Schema 1.0 (section 3.11.6), every name resolved, and for each field
 * the value space its values are compared in. Immutable.
 */
public final class IdentityConstraint {
  /** Which of the three it is. */
  public enum Kind {
    UNIQUE("xs:unique"),
    KEY("xs:key"),
    KEYREF("xs:keyref");

    private final String xsd;

    Kind(String xsd) {
      this.xsd = xsd;
    }

    /** Its element in the schema, such as {@code xs:key}. */
    public String xsd() {
      return xsd;
    }
  }

  /**
   * The value space a field's values are compared in: XML Schema says two values are equal when
   * they are the same value of the same primitive type, so {@code 1.0} and {@code 01} are one
   * decimal, and the string {@code "1"} is not the decimal 1.
   */
  public enum Space {
    /** A value of no known simple type (undeclared, or declared by several types): its text as it is. */
    UNTYPED,
    /** xs:string and the types derived from it that keep whitespace. */
    STRING,
    /** A string type that replaces tabs and line ends with spaces (xs:normalizedString). */
    STRING_REPLACED,
    /** A string type that collapses whitespace (xs:token, xs:Name, xs:NMTOKEN and the like). */
    STRING_COLLAPSED,
    /** xs:anyURI. */
    ANY_URI,
    /** xs:boolean: {@code 1} is {@code true}. */
    BOOLEAN,
    /** xs:decimal and the whole integer family: compared as numbers. */
    DECIMAL,
    /** xs:float. */
    FLOAT,
    /** xs:double. */
    DOUBLE,
    /** xs:hexBinary: the octets, so letter case does not matter. */
    HEX_BINARY,
    /** xs:base64Binary: the octets, so whitespace does not matter. */
    BASE64_BINARY,
    /**
     * A date or time type, in its value space (12:00:00Z is 13:00:00+01:00); xs:duration, a list or
     * a union, as its whitespace-collapsed text; tagged with the type.
     */
    COLLAPSED_TEXT;

    private static final java.util.Set<String> ORDERED_TEMPORAL = new java.util.HashSet<>(java.util.Arrays.asList(
        "date", "dateTime", "time", "gYear", "gYearMonth", "gMonth", "gDay", "gMonthDay", "duration"));

    /**
     * The value of a text in this space, as something with {@code equals} and {@code hashCode}
     * that follow XML Schema's equality; {@code type} tells apart the primitive types that {@link
     * #COLLAPSED_TEXT} stands for. A text that is not a value of the space (the reader has already
     * reported that) is its own value.
     */
    Object value(String type, String text) {
      switch (this) {
        case UNTYPED:
          return new Value(this, "", text);
        case STRING:
          return new Value(STRING, "", text);
        case STRING_REPLACED:
          return new Value(STRING, "", WhiteSpaceRule.REPLACE.apply(text));
        case STRING_COLLAPSED:
          return new Value(STRING, "", WhiteSpaceRule.COLLAPSE.apply(text));
        case ANY_URI:
          return new Value(this, "", WhiteSpaceRule.COLLAPSE.apply(text));
        case BOOLEAN: {
          Boolean b = Lexical.parseBoolean(text);
          return b == null ? new Value(this, "?", text) : new Value(this, "", b);
        }
        case DECIMAL: {
          BigDecimal d = Lexical.parseDecimal(text);
          return d == null ? new Value(this, "?", text)
              : new Value(this, "", d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros());
        }
        case FLOAT:
        case DOUBLE:
          return floating(WhiteSpaceRule.COLLAPSE.apply(text));
        case HEX_BINARY:
          return new Value(this, "", WhiteSpaceRule.COLLAPSE.apply(text).toUpperCase(Locale.ROOT));
        case BASE64_BINARY:
          return new Value(this, "", WhiteSpaceRule.COLLAPSE.apply(text).replace(" ", ""));
        case COLLAPSED_TEXT: {
          String t = WhiteSpaceRule.COLLAPSE.apply(text);
          if (ORDERED_TEMPORAL.contains(type) && Temporal.problem(type, t) == null) {
            // One value however written: 12:00:00Z is 13:00:00+01:00.
            return new Value(this, type, Temporal.key(type, t));
          }
          return new Value(this, type, t);
        }
        default:
          throw new IllegalStateException(name());
      }
    }

    private Object floating(String t) {
      Number n = this == FLOAT ? Lexical.parseFloat(t) : Lexical.parseDouble(t);
      if (n == null) {
        return new Value(this, "?", t);
      }
      double d = n.doubleValue();
      // 0 and -0 are one value in XML Schema 1.0.
      return new Value(this, "", d == 0 ? (Object) 0.0d : (Object) d);
    }
  }

  /** A field's or selector's value in its space, tagged with it. */
  static final class Value {
    final Space space;
    final String type;
    final Object value;

    Value(Space space, String type, Object value) {
      this.space = space;
      this.type = type;
      this.value = value;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Value && ((Value) o).space == space && ((Value) o).type.equals(type)
          && ((Value) o).value.equals(value);
    }

    @Override
    public int hashCode() {
      return (space.hashCode() * 31 + type.hashCode()) * 31 + value.hashCode();
    }

    @Override
    public String toString() {
      return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
    }
  }

  /**
   * A name test: a namespace and local name, either of which may be null for "any" ({@code *} is
   * both null, {@code p:*} a namespace and a null local name).
   */
  public static final class Step {
    final String namespace;
    final String localName;

    private Step(String namespace, String localName) {
      this.namespace = namespace;
      this.localName = localName;
    }

    /** A step that takes one name; {@code namespace} is "" for none. */
    public static Step name(String namespace, String localName) {
      return new Step(namespace, localName);
    }

    /** {@code *}: any name. */
    public static Step any() {
      return new Step(null, null);
    }

    /** {@code prefix:*}: any name in the namespace. */
    public static Step anyIn(String namespace) {
      return new Step(namespace, null);
    }

    boolean matches(String ns, String local) {
      return (namespace == null || namespace.equals(ns)) && (localName == null || localName.equals(local));
    }
  }

  /**
   * One path of a union: {@code .} or {@code .//}, then child steps, then (in a field) perhaps an
   * attribute step.
   */
  public static final class Path {
    final boolean descendants;
    final Step[] steps;
    final Step attribute;

    private Path(boolean descendants, Step[] steps, Step attribute) {
      this.descendants = descendants;
      this.steps = steps.clone();
      this.attribute = attribute;
    }

    /** A path of element steps; {@code descendants} when it starts with {@code .//}. */
    public static Path of(boolean descendants, Step... steps) {
      return new Path(descendants, steps, null);
    }

    /** A path of element steps that ends in the attribute step {@code attribute}. */
    public static Path attribute(boolean descendants, Step attribute, Step... steps) {
      return new Path(descendants, steps, attribute);
    }

    /**
     * Whether the elements {@code names[from + 1 .. to]} (namespace, local name pairs), the chain
     * from the path's context element at {@code from} down to the element at {@code to}, take this
     * path's element steps.
     */
    boolean matches(String[] namespaces, String[] locals, int from, int to) {
      int n = steps.length;
      int r = to - from;
      if (descendants ? r < n : r != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        int at = to - n + 1 + i;
        if (!steps[i].matches(namespaces[at], locals[at])) {
          return false;
        }
      }
      return true;
    }
  }

  /** A field: the paths of its union, its XPath as written, and the value space of its values. */
  public static final class Field {
    final Path[] paths;
    final String xpath;
    final Space space;
    final String type;

    private Field(String xpath, Space space, String type, Path[] paths) {
      this.paths = paths.clone();
      this.xpath = xpath;
      this.space = space;
      this.type = type;
    }

    /**
     * A field; {@code type} is the local name of its values' primitive type (it tells apart the
     * types {@link Space#COLLAPSED_TEXT} stands for), "" where the space says it all.
     */
    public static Field of(String xpath, Space space, String type, Path... paths) {
      return new Field(xpath, space, type, paths);
    }
  }

  final Kind kind;
  final String name;
  final String refer;
  final Path[] selector;
  final String selectorXPath;
  final Field[] fields;

  private IdentityConstraint(Kind kind, String name, String refer, String selectorXPath, Path[] selector,
      Field[] fields) {
    this.kind = kind;
    this.name = name;
    this.refer = refer;
    this.selectorXPath = selectorXPath;
    this.selector = selector.clone();
    this.fields = fields.clone();
  }

  /**
   * An {@code xs:unique} or {@code xs:key}. Names are {@code {namespace}local} (Clark's notation)
   * so that a keyref can name the key it refers to.
   */
  public static IdentityConstraint of(Kind kind, String name, String selectorXPath, Path[] selector,
      Field... fields) {
    if (kind == Kind.KEYREF) {
      throw new IllegalArgumentException("a keyref names the key it refers to: " + name);
    }
    return new IdentityConstraint(kind, name, null, selectorXPath, selector, fields);
  }

  /** An {@code xs:keyref} that refers to the key or unique {@code refer}. */
  public static IdentityConstraint keyref(String name, String refer, String selectorXPath, Path[] selector,
      Field... fields) {
    return new IdentityConstraint(Kind.KEYREF, name, refer, selectorXPath, selector, fields);
  }

  /** The local name of a name in Clark's notation, for messages. */
  static String local(String clark) {
    int close = clark.indexOf('}');
    return close < 0 ? clark : clark.substring(close + 1);
  }
}
