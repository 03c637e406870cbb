package dev.poxgen.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A simple type: a restriction, possibly over several steps, of one built-in type, of a union or
 * of a list.
 *
 * @param name the type's name; for an anonymous type, a name made from where it is declared
 * @param anonymous whether the schema declared it without a name
 * @param builtin the built-in type at the bottom of the restriction chain
 * @param facets the facets that apply, merged down the chain
 * @param documentation the type's own documentation
 * @param members for an {@code xs:union} (or a restriction of one), the names of its member types
 *     in the order a value is tried against them; empty for any other type. A union's
 *     {@code builtin} is {@link BuiltinType#ANY_SIMPLE_TYPE}: its value is the lexical form.
 * @param itemType for an {@code xs:list} (or a restriction of one), the type of its items, an
 *     atomic type or a union; empty for any other type. A list's {@code builtin} is
 *     {@link BuiltinType#ANY_SIMPLE_TYPE}, its whitespace collapsed, and its length facets count
 *     items.
 * @param base the type it restricts, where it is a restriction of a user type or of a built-in
 *     one; empty for a built-in type (its base is {@link BuiltinType#base()}), a union and a list
 *     (derived from {@code xs:anySimpleType} by union or list)
 */
public record SimpleTypeModel(
    XmlName name, boolean anonymous, BuiltinType builtin, Facets facets, Documentation documentation,
    List<XmlName> members, Optional<XmlName> itemType, Optional<XmlName> base) {
  public SimpleTypeModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(builtin, "builtin");
    Objects.requireNonNull(facets, "facets");
    Objects.requireNonNull(documentation, "documentation");
    members = List.copyOf(members);
    Objects.requireNonNull(itemType, "itemType");
    if (itemType.isPresent() && !members.isEmpty()) {
      throw new IllegalArgumentException(name + " is both a list and a union");
    }
    Objects.requireNonNull(base, "base");
  }

  /** A type that is no restriction of another: a built-in type, a union or a list. */
  public SimpleTypeModel(
      XmlName name, boolean anonymous, BuiltinType builtin, Facets facets, Documentation documentation,
      List<XmlName> members, Optional<XmlName> itemType) {
    this(name, anonymous, builtin, facets, documentation, members, itemType, Optional.empty());
  }

  /** A type that is not a list. */
  public SimpleTypeModel(
      XmlName name, boolean anonymous, BuiltinType builtin, Facets facets, Documentation documentation,
      List<XmlName> members) {
    this(name, anonymous, builtin, facets, documentation, members, Optional.empty());
  }

  /** A type that is neither a union nor a list. */
  public SimpleTypeModel(
      XmlName name, boolean anonymous, BuiltinType builtin, Facets facets, Documentation documentation) {
    this(name, anonymous, builtin, facets, documentation, List.of());
  }

  /** Whether this is an {@code xs:union} or a restriction of one. */
  public boolean isUnion() {
    return !members.isEmpty();
  }

  /** Whether this is an {@code xs:list} or a restriction of one. */
  public boolean isList() {
    return itemType.isPresent();
  }

  /** The built-in type itself, with no facets. */
  public static SimpleTypeModel of(BuiltinType builtin) {
    return new SimpleTypeModel(
        builtin.xmlName(), false, builtin, Facets.none(builtin.whiteSpace()).withPatterns(builtin.patterns()),
        Documentation.NONE);
  }

  /**
   * Whether it binds a Java enum: a restriction with enumerations, of a type other than the date
   * and time types (whose enumerations are checked in their value space on the lexical form), a
   * list (whose enumerations are lists of values, compared item by item), a union (whose
   * enumerations are values of its members, compared as its class's values), {@code xs:QName} and
   * {@code xs:ID} and {@code xs:IDREF} (a {@code String}, which the document-wide checks see),
   * {@code xs:ENTITY} (a {@code String} no document makes valid), and
   * the binary types (their lexical form, whose enumeration is compared by the octets it stands for).
   */
  public boolean bindsEnum() {
    // A QName's enumeration is of resolved names, checked on the QName (prefixes are the document's);
    // an ID's or IDREF's is checked on the String, which the document-wide ID checks see.
    return !isBuiltin() && facets.isEnumeration() && !builtin.isTemporal() && !isList() && !isUnion()
        && !builtin.isQName() && builtin != BuiltinType.ID && builtin != BuiltinType.IDREF
        && builtin != BuiltinType.ENTITY && !builtin.isBinary();
  }

  /**
   * Whether a value of the simple type {@code name} is or may hold a QName: {@code xs:QName} or
   * {@code xs:NOTATION} (or a restriction of either), a union with such a member, or a list of
   * such items; {@code types} finds each type by name (null where there is none: false).
   */
  public static boolean holdsQName(XmlName name, java.util.function.Function<XmlName, SimpleTypeModel> types) {
    SimpleTypeModel s = types.apply(name);
    if (s == null) {
      return false;
    }
    if (s.isUnion()) {
      return s.members().stream().anyMatch(m -> holdsQName(m, types));
    }
    return s.isList() ? holdsQName(s.itemType().orElseThrow(), types) : s.builtin().isQName();
  }

  public boolean isBuiltin() {
    return BuiltinType.XSD_NAMESPACE.equals(name.namespace());
  }
}
