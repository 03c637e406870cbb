package dev.poxgen.processor.model;

import java.util.List;
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
 * @param wildcard for an element wildcard ({@code xs:any}), its namespace constraint and
 *     {@code processContents}; its name is then {@link #WILDCARD_NAME}, which no document uses, and
 *     its type {@code xs:anyType}: what it takes is kept as XML
 * @param constraints its identity constraints ({@code xs:unique}, {@code xs:key}, {@code
 *     xs:keyref}), in schema order; a reference to a global element has the global's
 * @param nillable its {@code nillable="true"}: {@code xsi:nil="true"} in a document makes it nil,
 *     empty whatever its type; a reference to a global element has the global's
 * @param blocked its {@code block} (or the schema's {@code blockDefault}) as far as types go: the
 *     derivation methods ({@code extension}, {@code restriction}) of the types an {@code xsi:type}
 *     may not name on it; a reference to a global element has the global's
 * @param namespaces for a declaration with a {@code default} or {@code fixed} value, the prefixes
 *     its schema document binds (the prefix {@code ""} for its default namespace), by which a
 *     value that is or holds an {@code xs:QName} is resolved; empty for one without
 */
public record ElementModel(
    XmlName name,
    TypeRef type,
    Occurrence occurrence,
    Optional<String> defaultValue,
    Optional<String> fixedValue,
    Documentation documentation,
    String path,
    Optional<WildcardModel> wildcard,
    List<IdentityConstraintModel> constraints,
    boolean nillable,
    java.util.Set<Derivation.Method> blocked,
    java.util.Map<String, String> namespaces)
    implements Particle {
  /** The name an element wildcard's particle goes by: its property is {@code anyElement(s)}. */
  public static final XmlName WILDCARD_NAME = XmlName.of("urn:poxgen:element-wildcard", "anyElement");

  public ElementModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(fixedValue, "fixedValue");
    Objects.requireNonNull(documentation, "documentation");
    Objects.requireNonNull(path, "path");
    constraints = List.copyOf(constraints);
    Objects.requireNonNull(wildcard, "wildcard");
    blocked = java.util.Set.copyOf(blocked);
    namespaces = java.util.Map.copyOf(namespaces);
  }

  /** An element declaration whose value, if any, holds no prefixes to resolve. */
  public ElementModel(XmlName name, TypeRef type, Occurrence occurrence, Optional<String> defaultValue,
      Optional<String> fixedValue, Documentation documentation, String path, Optional<WildcardModel> wildcard,
      List<IdentityConstraintModel> constraints, boolean nillable, java.util.Set<Derivation.Method> blocked) {
    this(name, type, occurrence, defaultValue, fixedValue, documentation, path, wildcard, constraints, nillable,
        blocked, java.util.Map.of());
  }

  /** An element declaration that blocks no derived type. */
  public ElementModel(XmlName name, TypeRef type, Occurrence occurrence, Optional<String> defaultValue,
      Optional<String> fixedValue, Documentation documentation, String path, Optional<WildcardModel> wildcard,
      List<IdentityConstraintModel> constraints, boolean nillable) {
    this(name, type, occurrence, defaultValue, fixedValue, documentation, path, wildcard, constraints, nillable,
        java.util.Set.of());
  }

  /** An element declaration. */
  public ElementModel(XmlName name, TypeRef type, Occurrence occurrence, Optional<String> defaultValue,
      Optional<String> fixedValue, Documentation documentation, String path) {
    this(name, type, occurrence, defaultValue, fixedValue, documentation, path, Optional.empty(), List.of(), false);
  }

  /** An element declaration with identity constraints. */
  public ElementModel(XmlName name, TypeRef type, Occurrence occurrence, Optional<String> defaultValue,
      Optional<String> fixedValue, Documentation documentation, String path,
      List<IdentityConstraintModel> constraints) {
    this(name, type, occurrence, defaultValue, fixedValue, documentation, path, Optional.empty(), constraints, false);
  }

  /** The particle of an element wildcard, {@code xs:any}. */
  public static ElementModel wildcard(WildcardModel wildcard, Occurrence occurrence, Documentation documentation,
      String path) {
    return new ElementModel(WILDCARD_NAME, new TypeRef.Any(), occurrence, Optional.empty(), Optional.empty(),
        documentation, path, Optional.of(wildcard), List.of(), false);
  }

  /**
   * The name of a type's {@code n}-th element wildcard (from 1), in the order its content model
   * gives them: {@link #WILDCARD_NAME}, then {@code anyElement2} and so on, each a property of
   * its own.
   */
  public static XmlName wildcardName(int n) {
    return n == 1 ? WILDCARD_NAME : XmlName.of(WILDCARD_NAME.namespace(), WILDCARD_NAME.localName() + n);
  }

  /** Whether {@code name} is one an element wildcard's particle goes by ({@link #wildcardName}). */
  public static boolean isWildcardName(XmlName name) {
    return name.namespace().equals(WILDCARD_NAME.namespace());
  }

  /** This wildcard's particle under the name {@code name} ({@link #wildcardName}). */
  public ElementModel renamed(XmlName name) {
    return new ElementModel(name, type, occurrence, defaultValue, fixedValue, documentation, path, wildcard,
        constraints, nillable, blocked, namespaces);
  }

  /** Whether this is an element wildcard's particle rather than a declaration. */
  public boolean isWildcard() {
    return wildcard.isPresent();
  }
}
