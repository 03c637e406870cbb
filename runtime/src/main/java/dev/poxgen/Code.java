package dev.poxgen;

/**
 * What kind of finding this is: a stable code a program can switch on. The {@link #id()} is what
 * messages and the command line print; it never changes between versions.
 */
public enum Code {
  /** An element the schema does not declare there. */
  UNKNOWN_ELEMENT("unknown-element"),
  /** An attribute the schema does not declare there. */
  UNKNOWN_ATTRIBUTE("unknown-attribute"),
  /**
   * An {@code xsi:type} that does not name the element's declared type, or an {@code xsi:nil} on an
   * element that is not nillable. ({@code xsi:schemaLocation} and {@code
   * xsi:noNamespaceSchemaLocation} are allowed everywhere.)
   */
  XSI("xsi"),
  /** An element in another namespace than the schema's, read by its local name (lenient). */
  NAMESPACE("namespace"),
  /** An element more often than the schema allows. */
  TOO_MANY("too-many"),
  /** Children out of the order the schema gives. */
  OUT_OF_ORDER("out-of-order"),
  /** A required element is missing. */
  MISSING_ELEMENT("missing-element"),
  /** A required attribute is missing. */
  MISSING_ATTRIBUTE("missing-attribute"),
  /** Children from more than one branch of a choice. */
  CHOICE("choice"),
  /** A value outside an enumeration. */
  ENUMERATION("enumeration"),
  /** A value that is not of its type (a number, a boolean). */
  INVALID_VALUE("invalid-value"),
  /** A number outside its range. */
  RANGE("range"),
  /** A value too long or too short. */
  LENGTH("length"),
  /** A value that does not match its pattern. */
  PATTERN("pattern"),
  /** A number with more digits than allowed. */
  DIGITS("digits"),
  /** Text where the schema allows only elements. */
  UNEXPECTED_TEXT("unexpected-text"),
  /** Content inside an element that holds only text. */
  UNEXPECTED_CONTENT("unexpected-content"),
  /**
   * An identity constraint broken: two elements with the same values of an {@code xs:unique} or
   * {@code xs:key}, an element without a value for a key, or an {@code xs:keyref} whose values no
   * element of its key has; or an {@code xs:ID} value used twice in a document, or an {@code
   * xs:IDREF} that is no ID of it.
   */
  IDENTITY("identity"),
  /**
   * A rule that XML Schema 1.0 cannot express but the schema's documentation states, such as
   * "RedirectAddr is present when Action is redirectAddr". The JDK's XSD validator does not check
   * these.
   */
  RULE("rule");

  private final String id;

  Code(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
