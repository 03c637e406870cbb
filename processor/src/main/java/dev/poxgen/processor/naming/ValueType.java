package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.XmlName;
import java.util.Objects;

/** What a property holds: the kind of Java value and the schema type it comes from. */
public record ValueType(ValueKind kind, XmlName xmlType) {
  public ValueType {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(xmlType, "xmlType");
  }
}
