package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.SimpleTypeModel;
import java.util.List;
import java.util.Objects;

/** An enumerated simple type bound to a generated enum. */
public record EnumBinding(SimpleTypeModel type, String enumName, List<ConstantBinding> constants) {
  public EnumBinding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(enumName, "enumName");
    constants = List.copyOf(constants);
  }
}
