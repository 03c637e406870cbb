package dev.poxgen.processor.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The XML Schema built-in simple types poxgen supports, with the whitespace rule each applies and
 * whether its value space is numeric.
 */
public enum BuiltinType {
  STRING("string", WhiteSpace.PRESERVE, false),
  NORMALIZED_STRING("normalizedString", WhiteSpace.REPLACE, false),
  TOKEN("token", WhiteSpace.COLLAPSE, false),
  ANY_URI("anyURI", WhiteSpace.COLLAPSE, false),
  BOOLEAN("boolean", WhiteSpace.COLLAPSE, false),
  INT("int", WhiteSpace.COLLAPSE, true),
  LONG("long", WhiteSpace.COLLAPSE, true),
  SHORT("short", WhiteSpace.COLLAPSE, true),
  INTEGER("integer", WhiteSpace.COLLAPSE, true),
  NON_NEGATIVE_INTEGER("nonNegativeInteger", WhiteSpace.COLLAPSE, true),
  POSITIVE_INTEGER("positiveInteger", WhiteSpace.COLLAPSE, true),
  UNSIGNED_SHORT("unsignedShort", WhiteSpace.COLLAPSE, true),
  UNSIGNED_INT("unsignedInt", WhiteSpace.COLLAPSE, true),
  DECIMAL("decimal", WhiteSpace.COLLAPSE, true);

  public static final String XSD_NAMESPACE = "http://www.w3.org/2001/XMLSchema";

  private final String localName;
  private final WhiteSpace whiteSpace;
  private final boolean numeric;

  BuiltinType(String localName, WhiteSpace whiteSpace, boolean numeric) {
    this.localName = localName;
    this.whiteSpace = whiteSpace;
    this.numeric = numeric;
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

  public static Optional<BuiltinType> of(XmlName name) {
    if (!XSD_NAMESPACE.equals(name.namespace())) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(b -> b.localName.equals(name.localName())).findFirst();
  }
}
