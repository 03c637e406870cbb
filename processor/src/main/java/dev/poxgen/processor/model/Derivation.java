package dev.poxgen.processor.model;

import java.util.Objects;

/**
 * How a complex type was derived from its base: by {@code xs:extension} or {@code xs:restriction}
 * of the named base type. The derived type's model is complete without it (its content and
 * attributes are already worked out as XML Schema says); it is recorded for documentation and for
 * what needs to know the type hierarchy.
 *
 * @param base the base type's name; a type of the schema set (which may be abstract, and then has
 *     no model of its own) or a built-in such as {@code xs:string} for simple content
 * @param method extension or restriction
 */
public record Derivation(XmlName base, Method method) {
  /** The derivation methods of XML Schema 1.0. */
  public enum Method {
    /** {@code xs:extension}: the base's content and attributes, and more. */
    EXTENSION,
    /** {@code xs:restriction}: content and attributes of its own, attributes not restated inherited. */
    RESTRICTION
  }

  public Derivation {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(method, "method");
  }
}
