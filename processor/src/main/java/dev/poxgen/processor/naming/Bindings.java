package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.SchemaModel;
import dev.poxgen.processor.model.XmlName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Everything the emitters need: the model, and how each of its types binds to Java. */
public record Bindings(String packageName, SchemaModel model, List<TypeBinding> types, List<EnumBinding> enums) {
  public Bindings {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(model, "model");
    types = List.copyOf(types);
    enums = List.copyOf(enums);
  }

  /** The generated class or enum for a schema type. */
  public String javaName(XmlName xmlType) {
    for (TypeBinding t : types) {
      if (t.type().name().equals(xmlType)) {
        return t.className();
      }
    }
    for (EnumBinding e : enums) {
      if (e.type().name().equals(xmlType)) {
        return e.enumName();
      }
    }
    throw new IllegalArgumentException("no generated type for " + xmlType);
  }

  public EnumBinding enumFor(XmlName xmlType) {
    return enums.stream().filter(e -> e.type().name().equals(xmlType)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no enum for " + xmlType));
  }

  /** Every generated top-level name, mapped to what it binds. */
  public Map<String, XmlName> generatedNames() {
    Map<String, XmlName> names = new LinkedHashMap<>();
    types.forEach(t -> names.put(t.className(), t.type().name()));
    enums.forEach(e -> names.put(e.enumName(), e.type().name()));
    return names;
  }
}
