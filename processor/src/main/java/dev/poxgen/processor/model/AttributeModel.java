package dev.poxgen.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An attribute declaration of a complex type.
 *
 * @param namespaces for a declaration with a {@code default} or {@code fixed} value, the prefixes
 *     its schema document binds (the prefix {@code ""} for its default namespace), by which a
 *     value that is or holds an {@code xs:QName} is resolved; empty for one without
 */
public record AttributeModel(
    XmlName name,
    XmlName type,
    boolean required,
    Optional<String> defaultValue,
    Optional<String> fixedValue,
    Documentation documentation,
    String path,
    java.util.Map<String, String> namespaces) {
  public AttributeModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(fixedValue, "fixedValue");
    Objects.requireNonNull(documentation, "documentation");
    Objects.requireNonNull(path, "path");
    namespaces = java.util.Map.copyOf(namespaces);
  }

  /** An attribute declaration whose value, if any, holds no prefixes to resolve. */
  public AttributeModel(XmlName name, XmlName type, boolean required, Optional<String> defaultValue,
      Optional<String> fixedValue, Documentation documentation, String path) {
    this(name, type, required, defaultValue, fixedValue, documentation, path, java.util.Map.of());
  }
}
