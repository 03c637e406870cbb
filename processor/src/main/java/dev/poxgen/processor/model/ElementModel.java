package dev.poxgen.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An element declaration, global or local.
 *
 * @param name the element's qualified name as it appears in documents
 * @param type its type
 * @param occurrence its {@code minOccurs}/{@code maxOccurs} where it is used (1..1 for a global)
 * @param defaultValue the schema's {@code default}, if any
 * @param fixedValue the schema's {@code fixed}, if any
 * @param documentation its {@code xs:documentation}
 * @param path where it is declared, for messages, e.g. {@code complexType(Protocol)/element(SSL)}
 */
public record ElementModel(
    XmlName name,
    TypeRef type,
    Occurrence occurrence,
    Optional<String> defaultValue,
    Optional<String> fixedValue,
    Documentation documentation,
    String path)
    implements Particle {
  public ElementModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(fixedValue, "fixedValue");
    Objects.requireNonNull(documentation, "documentation");
    Objects.requireNonNull(path, "path");
  }
}
