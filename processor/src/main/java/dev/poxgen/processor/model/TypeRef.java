package dev.poxgen.processor.model;

import java.util.Objects;

/** What an element or attribute is typed with: a simple type or a complex type, by name. */
public sealed interface TypeRef {
  XmlName name();

  /** A simple type, built-in or declared in the schema. */
  record Simple(XmlName name) implements TypeRef {
    public Simple {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * {@code xs:anyType}, the type of an element declared without one: any attributes and content,
   * kept as XML.
   */
  record Any() implements TypeRef {
    /** {@code xs:anyType}. */
    public static final XmlName NAME = XmlName.of(BuiltinType.XSD_NAMESPACE, "anyType");

    @Override
    public XmlName name() {
      return NAME;
    }
  }

  /** A complex type declared in the schema. */
  record Complex(XmlName name) implements TypeRef {
    public Complex {
      Objects.requireNonNull(name, "name");
    }
  }
}
