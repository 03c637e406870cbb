package dev.poxgen.processor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The XML Schema built-in simple types poxgen supports, with the whitespace rule each applies and
 * whether its value space is numeric.
 */
public enum BuiltinType {
  /** Any text at all: the simple ur-type, as an element's or attribute's type. */
  ANY_SIMPLE_TYPE("anySimpleType", WhiteSpace.PRESERVE, false),
  STRING("string", WhiteSpace.PRESERVE, false),
  NORMALIZED_STRING("normalizedString", WhiteSpace.REPLACE, false),
  TOKEN("token", WhiteSpace.COLLAPSE, false),
  /** A language tag, by the pattern XML Schema gives it. */
  LANGUAGE("language", WhiteSpace.COLLAPSE, false, "[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*"),
  /** A name token: one or more XML name characters. */
  NMTOKEN("NMTOKEN", WhiteSpace.COLLAPSE, false, "\\c+"),
  /** An XML name. */
  NAME("Name", WhiteSpace.COLLAPSE, false, "\\i\\c*"),
  /** An XML name without a colon. */
  NCNAME("NCName", WhiteSpace.COLLAPSE, false, "\\i\\c*", "[^:]*"),
  /** An NCName that no other ID of the document has; the reader and the validator check that. */
  ID("ID", WhiteSpace.COLLAPSE, false, "\\i\\c*", "[^:]*"),
  /** An NCName that some ID of the document has; the reader and the validator check that. */
  IDREF("IDREF", WhiteSpace.COLLAPSE, false, "\\i\\c*", "[^:]*"),
  /**
   * An NCName naming an unparsed entity, which only a DTD declares: poxgen reads no DTD, so no
   * value is valid, and the reader and the validator say so.
   */
  ENTITY("ENTITY", WhiteSpace.COLLAPSE, false, "\\i\\c*", "[^:]*"),
  ANY_URI("anyURI", WhiteSpace.COLLAPSE, false),
  /**
   * A qualified name, {@code prefix:local} or {@code local}, its prefix resolved against the
   * namespaces in scope where it appears: a {@code javax.xml.namespace.QName}.
   */
  QNAME("QName", WhiteSpace.COLLAPSE, false),
  /**
   * A notation's name: a QName, as {@link #QNAME}; XML Schema allows it only restricted by an
   * enumeration of the schema's {@code xs:notation}s, which is what a value is held to.
   */
  NOTATION("NOTATION", WhiteSpace.COLLAPSE, false),
  BOOLEAN("boolean", WhiteSpace.COLLAPSE, false),
  INT("int", WhiteSpace.COLLAPSE, true),
  LONG("long", WhiteSpace.COLLAPSE, true),
  SHORT("short", WhiteSpace.COLLAPSE, true),
  BYTE("byte", WhiteSpace.COLLAPSE, true),
  INTEGER("integer", WhiteSpace.COLLAPSE, true),
  NON_NEGATIVE_INTEGER("nonNegativeInteger", WhiteSpace.COLLAPSE, true),
  POSITIVE_INTEGER("positiveInteger", WhiteSpace.COLLAPSE, true),
  NON_POSITIVE_INTEGER("nonPositiveInteger", WhiteSpace.COLLAPSE, true),
  NEGATIVE_INTEGER("negativeInteger", WhiteSpace.COLLAPSE, true),
  UNSIGNED_LONG("unsignedLong", WhiteSpace.COLLAPSE, true),
  UNSIGNED_INT("unsignedInt", WhiteSpace.COLLAPSE, true),
  UNSIGNED_SHORT("unsignedShort", WhiteSpace.COLLAPSE, true),
  UNSIGNED_BYTE("unsignedByte", WhiteSpace.COLLAPSE, true),
  DECIMAL("decimal", WhiteSpace.COLLAPSE, true),
  /** An IEEE single-precision number: decimal or exponent forms, INF, -INF and NaN. */
  FLOAT("float", WhiteSpace.COLLAPSE, true),
  /** An IEEE double-precision number: decimal or exponent forms, INF, -INF and NaN. */
  DOUBLE("double", WhiteSpace.COLLAPSE, true),
  /** Pairs of hexadecimal digits, bound as {@code dev.poxgen.Octets}; length facets count octets. */
  HEX_BINARY("hexBinary", WhiteSpace.COLLAPSE, false),
  /** Base64, bound as {@code dev.poxgen.Octets}; length facets count octets. */
  BASE64_BINARY("base64Binary", WhiteSpace.COLLAPSE, false),
  /** A calendar date, such as 2024-02-29, with an optional time zone: {@code dev.poxgen.XmlDate}. */
  DATE("date", WhiteSpace.COLLAPSE, false),
  /** A date and time of day, such as 2024-02-29T13:05:00Z: {@code dev.poxgen.XmlDateTime}. */
  DATE_TIME("dateTime", WhiteSpace.COLLAPSE, false),
  /** A time of day, such as 13:05:00: {@code dev.poxgen.XmlTime}. */
  TIME("time", WhiteSpace.COLLAPSE, false),
  /** A Gregorian year, such as 2024: {@code dev.poxgen.XmlYear}. */
  G_YEAR("gYear", WhiteSpace.COLLAPSE, false),
  /** A Gregorian year and month, such as 2024-02: {@code dev.poxgen.XmlYearMonth}. */
  G_YEAR_MONTH("gYearMonth", WhiteSpace.COLLAPSE, false),
  /** A month of every year, such as --02: {@code dev.poxgen.XmlMonth}. */
  G_MONTH("gMonth", WhiteSpace.COLLAPSE, false),
  /** A day of every month, such as ---29: {@code dev.poxgen.XmlDay}. */
  G_DAY("gDay", WhiteSpace.COLLAPSE, false),
  /** A day of every year, such as --02-29: {@code dev.poxgen.XmlMonthDay}. */
  G_MONTH_DAY("gMonthDay", WhiteSpace.COLLAPSE, false),
  /** A duration (PnYnMnDTnHnMnS): {@code dev.poxgen.XmlDuration}. */
  DURATION("duration", WhiteSpace.COLLAPSE, false);

  public static final String XSD_NAMESPACE = "http://www.w3.org/2001/XMLSchema";

  private final String localName;
  private final WhiteSpace whiteSpace;
  private final boolean numeric;
  private final List<String> patterns;

  BuiltinType(String localName, WhiteSpace whiteSpace, boolean numeric, String... patterns) {
    this.localName = localName;
    this.whiteSpace = whiteSpace;
    this.numeric = numeric;
    this.patterns = List.of(patterns);
  }

  /**
   * The built-in type it is derived from by restriction, as XML Schema Part 2 (3.3) derives it:
   * {@code int} from {@code long}, {@code token} from {@code normalizedString}; empty for {@code
   * anySimpleType}, the primitive types' base. ({@code ENTITIES}, {@code IDREFS} and {@code
   * NMTOKENS} are lists, each of its item type, not built-in types here.)
   */
  public Optional<BuiltinType> base() {
    return Optional.ofNullable(switch (this) {
      case ANY_SIMPLE_TYPE -> null;
      case NORMALIZED_STRING -> STRING;
      case TOKEN -> NORMALIZED_STRING;
      case LANGUAGE, NMTOKEN, NAME -> TOKEN;
      case NCNAME -> NAME;
      case ID, IDREF, ENTITY -> NCNAME;
      case INTEGER -> DECIMAL;
      case NON_POSITIVE_INTEGER, LONG, NON_NEGATIVE_INTEGER -> INTEGER;
      case NEGATIVE_INTEGER -> NON_POSITIVE_INTEGER;
      case INT -> LONG;
      case SHORT -> INT;
      case BYTE -> SHORT;
      case UNSIGNED_LONG, POSITIVE_INTEGER -> NON_NEGATIVE_INTEGER;
      case UNSIGNED_INT -> UNSIGNED_LONG;
      case UNSIGNED_SHORT -> UNSIGNED_INT;
      case UNSIGNED_BYTE -> UNSIGNED_SHORT;
      default -> ANY_SIMPLE_TYPE;
    });
  }

  /**
   * The patterns (XML Schema regular expressions) its lexical space is defined by, each of which a
   * value must match; empty for a type whose lexical space needs no pattern.
   */
  public List<String> patterns() {
    return patterns;
  }

  public XmlName xmlName() {
    return new XmlName(XSD_NAMESPACE, localName);
  }

  public WhiteSpace whiteSpace() {
    return whiteSpace;
  }

  public boolean isNumeric() {
    return numeric;
  }

  /** Whether it is xs:float or xs:double, whose values are IEEE numbers rather than decimals. */
  public boolean isFloatingPoint() {
    return this == FLOAT || this == DOUBLE;
  }

  /**
   * Whether it is xs:hexBinary or xs:base64Binary, bound to {@code dev.poxgen.Octets}, their text
   * checked by {@code dev.poxgen.internal.Binary}; their length facets count octets.
   */
  public boolean isBinary() {
    return this == HEX_BINARY || this == BASE64_BINARY;
  }

  /** Whether its values are QNames, resolved where they appear: {@code xs:QName} and {@code xs:NOTATION}. */
  public boolean isQName() {
    return this == QNAME || this == NOTATION;
  }

  /**
   * Whether it is one of the date and time types (xs:date, xs:dateTime, xs:time, the five
   * Gregorian ones and xs:duration), each bound to a value type of the runtime ({@link
   * #runtimeClass()}), their text checked and ordered by {@code dev.poxgen.internal.Temporal}.
   */
  public boolean isTemporal() {
    return ordinal() >= DATE.ordinal();
  }

  /**
   * The simple name of the runtime's value type (in {@code dev.poxgen}) of a date or time type or
   * a binary one: {@code XmlDate}, {@code Octets}.
   */
  public String runtimeClass() {
    return switch (this) {
      case DATE -> "XmlDate";
      case DATE_TIME -> "XmlDateTime";
      case TIME -> "XmlTime";
      case G_YEAR -> "XmlYear";
      case G_YEAR_MONTH -> "XmlYearMonth";
      case G_MONTH -> "XmlMonth";
      case G_DAY -> "XmlDay";
      case G_MONTH_DAY -> "XmlMonthDay";
      case DURATION -> "XmlDuration";
      case HEX_BINARY, BASE64_BINARY -> "Octets";
      default -> throw new IllegalStateException("xs:" + localName + " has no value type of the runtime");
    };
  }

  public static Optional<BuiltinType> of(XmlName name) {
    if (!XSD_NAMESPACE.equals(name.namespace())) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(b -> b.localName.equals(name.localName())).findFirst();
  }
}
