package dev.poxgen.processor.model;

import java.util.Objects;

/**
 * A simple type: a restriction, possibly over several steps, of one built-in type.
 *
 * @param name the type's name; for an anonymous type, a name made from where it is declared
 * @param anonymous whether the schema declared it without a name
 * @param builtin the built-in type at the bottom of the restriction chain
 * @param facets the facets that apply, merged down the chain
 * @param documentation the type's own documentation
 */
public record SimpleTypeModel(
    XmlName name, boolean anonymous, BuiltinType builtin, Facets facets, Documentation documentation) {
  public SimpleTypeModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(builtin, "builtin");
    Objects.requireNonNull(facets, "facets");
    Objects.requireNonNull(documentation, "documentation");
  }

  /** The built-in type itself, with no facets. */
  public static SimpleTypeModel of(BuiltinType builtin) {
    return new SimpleTypeModel(
        builtin.xmlName(), false, builtin, Facets.none(builtin.whiteSpace()).withPatterns(builtin.patterns()),
        Documentation.NONE);
  }

  public boolean isBuiltin() {
    return BuiltinType.XSD_NAMESPACE.equals(name.namespace());
  }
}
