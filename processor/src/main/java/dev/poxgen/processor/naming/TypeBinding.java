package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.ComplexTypeModel;
import java.util.List;
import java.util.Objects;

/** A complex type bound to a generated class: its name and its properties, in XML order. */
public record TypeBinding(ComplexTypeModel type, String className, List<PropertyBinding> properties)
    implements ValueBinding {
  public TypeBinding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(className, "className");
    properties = List.copyOf(properties);
  }

  @Override
  public dev.poxgen.processor.model.XmlName xmlType() {
    return type.name();
  }

  @Override
  public String javaName() {
    return className;
  }
}
