package dev.poxgen.processor.model;

import java.util.Objects;
import java.util.Optional;

/** An attribute declaration of a complex type. */
public record AttributeModel(
    XmlName name,
    XmlName type,
    boolean required,
    Optional<String> defaultValue,
    Optional<String> fixedValue,
    Documentation documentation,
    String path) {
  public AttributeModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(fixedValue, "fixedValue");
    Objects.requireNonNull(documentation, "documentation");
    Objects.requireNonNull(path, "path");
  }
}
