package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.XmlName;
import java.util.Objects;

/** What a property holds: the kind of Java value and the schema type it comes from. */
public record ValueType(ValueKind kind, XmlName xmlType) {
  public ValueType {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(xmlType, "xmlType");
  }

  /** What a value of a simple type is: a generated enum, a list, a union, or by its built-in base. */
  public static ValueType of(SimpleTypeModel simple) {
    if (simple.isUnion()) {
      return new ValueType(ValueKind.UNION, simple.name());
    }
    if (simple.isList()) {
      return new ValueType(ValueKind.LIST, simple.name());
    }
    if (simple.bindsEnum()) {
      return new ValueType(ValueKind.ENUM, simple.name());
    }
    return new ValueType(ValueKind.of(simple.builtin()), simple.name());
  }
}
