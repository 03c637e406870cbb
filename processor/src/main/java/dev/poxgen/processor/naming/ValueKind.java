package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.BuiltinType;

/** The kind of Java value a simple or complex type binds to. */
public enum ValueKind {
  STRING,
  INT,
  LONG,
  BIG_INTEGER,
  DECIMAL,
  BOOLEAN,
  /** {@code xs:float}: a Java {@code float}. */
  FLOAT,
  /** {@code xs:double}: a Java {@code double}. */
  DOUBLE,
  /**
   * A date or time type or {@code xs:duration}: a value type of the runtime ({@code
   * dev.poxgen.XmlDateTime}, {@code XmlDate}, {@code XmlTime}, {@code XmlYear}, {@code
   * XmlYearMonth}, {@code XmlMonthDay}, {@code XmlMonth}, {@code XmlDay}, {@code XmlDuration}), which
   * holds the optional time zone that no single {@code java.time} type has and converts to those
   * that fit.
   */
  TEMPORAL,
  /** {@code xs:hexBinary} or {@code xs:base64Binary}: the runtime's immutable {@code dev.poxgen.Octets}. */
  BINARY,
  /** A generated enum. */
  ENUM,
  /**
   * An {@code xs:QName}: a {@code javax.xml.namespace.QName}, its prefix resolved where the text
   * appears when reading, a prefix declared for its namespace when writing.
   */
  QNAME,
  /**
   * An {@code xs:list}: an unmodifiable {@code java.util.List} of the values of its item type, in
   * the order the text gives them.
   */
  LIST,
  /**
   * An {@code xs:union}: a generated final class of the member type that took the value (XML
   * Schema's first match) and the value as that member binds it.
   */
  UNION,
  /** A generated class. */
  COMPLEX,
  /**
   * An element kept as XML, {@code dev.poxgen.XmlElement}: one of {@code xs:anyType}, or declared
   * without a type.
   */
  ANY,
  /**
   * One of the schema's documents, its sealed document interface: what a strict element wildcard
   * ({@code xs:any}) takes, each element read as the global element it is.
   */
  DOCUMENT,
  /**
   * What a lax element wildcard ({@code xs:any processContents="lax"}) that global elements match
   * takes, {@code dev.poxgen.Lax} of the sealed document interface: each element read as the
   * document it is where a global element declares it, kept as XML otherwise.
   */
  LAX_DOCUMENT;

  /** Whether the value is an element of its own (a generated class, a document or kept XML), not text. */
  public boolean isElement() {
    return this == COMPLEX || this == ANY || this == DOCUMENT || this == LAX_DOCUMENT;
  }

  /** Whether what it holds is (or may be) one of the schema's documents, which a wildcard took. */
  public boolean takesDocuments() {
    return this == DOCUMENT || this == LAX_DOCUMENT;
  }

  /** The kind for a simple type without enumerations, by its built-in base. */
  public static ValueKind of(BuiltinType builtin) {
    return switch (builtin) {
      case ANY_SIMPLE_TYPE, STRING, NORMALIZED_STRING, TOKEN, LANGUAGE, NMTOKEN, NAME, NCNAME, ID, IDREF, ENTITY, ANY_URI
          -> STRING;
      case DATE, DATE_TIME, TIME, G_YEAR, G_YEAR_MONTH, G_MONTH, G_DAY, G_MONTH_DAY, DURATION -> TEMPORAL;
      case HEX_BINARY, BASE64_BINARY -> BINARY;
      case INT, SHORT, BYTE, UNSIGNED_SHORT, UNSIGNED_BYTE -> INT;
      case LONG, UNSIGNED_INT -> LONG;
      case INTEGER, NON_NEGATIVE_INTEGER, POSITIVE_INTEGER, NON_POSITIVE_INTEGER, NEGATIVE_INTEGER, UNSIGNED_LONG ->
          BIG_INTEGER;
      case DECIMAL -> DECIMAL;
      case BOOLEAN -> BOOLEAN;
      case FLOAT -> FLOAT;
      case DOUBLE -> DOUBLE;
      case QNAME, NOTATION -> QNAME;
    };
  }
}
