package dev.poxgen.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A simple type: a restriction, possibly over several steps, of one built-in type.
 *
 * @param name the type's name; for an anonymous type, a name made from where it is declared
 * @param anonymous whether the schema declared it without a name
 * @param builtin the built-in type at the bottom of the restriction chain
 * @param facets the facets that apply, merged down the chain
 * @param documentation the type's own documentation
 * @param members for an {@code xs:union} (or a restriction of one), the names of its member types
 *     in the order a value is tried against them; empty for any other type. A union's
 *     {@code builtin} is {@link BuiltinType#ANY_SIMPLE_TYPE}: its value is the lexical form.
 */
public record SimpleTypeModel(
    XmlName name, boolean anonymous, BuiltinType builtin, Facets facets, Documentation documentation,
    List<XmlName> members) {
  public SimpleTypeModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(builtin, "builtin");
    Objects.requireNonNull(facets, "facets");
    Objects.requireNonNull(documentation, "documentation");
    members = List.copyOf(members);
  }

  /** A type that is not a union. */
  public SimpleTypeModel(
      XmlName name, boolean anonymous, BuiltinType builtin, Facets facets, Documentation documentation) {
    this(name, anonymous, builtin, facets, documentation, List.of());
  }

  /** Whether this is an {@code xs:union} or a restriction of one. */
  public boolean isUnion() {
    return !members.isEmpty();
  }

  /** The built-in type itself, with no facets. */
  public static SimpleTypeModel of(BuiltinType builtin) {
    return new SimpleTypeModel(
        builtin.xmlName(), false, builtin, Facets.none(builtin.whiteSpace()).withPatterns(builtin.patterns()),
        Documentation.NONE);
  }

  /**
   * Whether it binds a Java enum: a restriction with enumerations, of a type other than the date
   * and time types (whose enumerations are checked in their value space on the lexical form).
   */
  public boolean bindsEnum() {
    return !isBuiltin() && facets.isEnumeration() && !builtin.isTemporal();
  }

  public boolean isBuiltin() {
    return BuiltinType.XSD_NAMESPACE.equals(name.namespace());
  }
}
