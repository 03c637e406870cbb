package dev.poxgen.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole schema set, as one immutable value: the global elements that can be document roots,
 * and every complex and simple type they use, keyed by name.
 *
 * @param name the schema set's name, e.g. {@code autodiscover}, or the consumer's XSD file
 * @param files the XSD files it was read from, entry files first
 * @param roots the global element declarations, in file order
 * @param complexTypes every complex type, named and anonymous, in declaration order
 * @param simpleTypes every simple type the model uses, built-ins included, in declaration order
 * @param globalAttributes the global attribute declarations a strict or lax attribute wildcard
 *     matches (the reader checks such an attribute against its declaration): name to simple type
 * @param abstractTypes the abstract complex types, which have no value of their own: the types
 *     derived from them have their content and attributes
 * @param families each complex type with a concrete type derived from it, which an {@code
 *     xsi:type} may name in its place: base to family, in declaration order
 */
public record SchemaModel(
    String name,
    List<String> files,
    List<ElementModel> roots,
    Map<XmlName, ComplexTypeModel> complexTypes,
    Map<XmlName, SimpleTypeModel> simpleTypes,
    Map<XmlName, XmlName> globalAttributes,
    Map<XmlName, ComplexTypeModel> abstractTypes,
    Map<XmlName, TypeFamily> families) {
  public SchemaModel {
    abstractTypes = unmodifiableCopy(abstractTypes);
    families = unmodifiableCopy(families);
    globalAttributes = unmodifiableCopy(globalAttributes);
    Objects.requireNonNull(name, "name");
    files = List.copyOf(files);
    roots = List.copyOf(roots);
    complexTypes = unmodifiableCopy(complexTypes);
    simpleTypes = unmodifiableCopy(simpleTypes);
  }

  /** A schema set without abstract types or derived types an {@code xsi:type} may name. */
  public SchemaModel(String name, List<String> files, List<ElementModel> roots,
      Map<XmlName, ComplexTypeModel> complexTypes, Map<XmlName, SimpleTypeModel> simpleTypes,
      Map<XmlName, XmlName> globalAttributes) {
    this(name, files, roots, complexTypes, simpleTypes, globalAttributes, Map.of(), Map.of());
  }

  /** A schema set whose attribute wildcards match no global attribute. */
  public SchemaModel(String name, List<String> files, List<ElementModel> roots,
      Map<XmlName, ComplexTypeModel> complexTypes, Map<XmlName, SimpleTypeModel> simpleTypes) {
    this(name, files, roots, complexTypes, simpleTypes, Map.of());
  }

  private static <K, V> Map<K, V> unmodifiableCopy(Map<K, V> map) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  public Optional<ComplexTypeModel> complexType(XmlName name) {
    return Optional.ofNullable(complexTypes.get(name));
  }

  public Optional<SimpleTypeModel> simpleType(XmlName name) {
    return Optional.ofNullable(simpleTypes.get(name));
  }

  /**
   * Whether a value of the simple type is or may hold a QName: {@code xs:QName} or {@code
   * xs:NOTATION} (or a restriction of either), a union with such a member, or a list of such
   * items. False for a name that is no simple type.
   */
  public boolean holdsQName(XmlName simpleType) {
    return SimpleTypeModel.holdsQName(simpleType, simpleTypes::get);
  }

  /**
   * Whether the simple type {@code derived} is validly derived from {@code base}, as XML Schema
   * Part 1 (3.14.6, Type Derivation OK (Simple)) has it for an {@code xsi:type}: the same type, a
   * restriction of it over any number of steps (built-in steps included: {@code xs:int} from
   * {@code xs:decimal}), derived from a member type of it where {@code base} is a union, or any
   * simple type where {@code base} is {@code xs:anySimpleType}.
   */
  public boolean derivesFrom(XmlName derived, XmlName base) {
    if (derived.equals(base) || base.equals(BuiltinType.ANY_SIMPLE_TYPE.xmlName())) {
      return true;
    }
    SimpleTypeModel b = simpleTypes.get(base);
    if (b != null && b.isUnion() && b.members().stream().anyMatch(m -> derivesFrom(derived, m))) {
      return true;
    }
    XmlName at = derived;
    for (int steps = 0; at != null && steps <= simpleTypes.size() + BuiltinType.values().length; steps++) {
      if (at.equals(base)) {
        return true;
      }
      SimpleTypeModel s = simpleTypes.get(at);
      Optional<BuiltinType> builtin = BuiltinType.of(at);
      if (s != null && (s.isList() || s.isUnion()) && s.base().isEmpty()) {
        return false; // derived from xs:anySimpleType by list or union, which base is not
      }
      at = s != null && s.base().isPresent() ? s.base().get()
          : builtin.flatMap(BuiltinType::base).map(BuiltinType::xmlName).orElse(null);
    }
    return false;
  }

  /** The simple type of a {@link TypeRef.Simple}; the schema stage guarantees it exists. */
  public SimpleTypeModel simpleType(TypeRef.Simple ref) {
    SimpleTypeModel t = simpleTypes.get(ref.name());
    if (t == null) {
      throw new IllegalStateException("no simple type " + ref.name());
    }
    return t;
  }

  /** The complex type of a {@link TypeRef.Complex}; the schema stage guarantees it exists. */
  public ComplexTypeModel complexType(TypeRef.Complex ref) {
    ComplexTypeModel t = complexTypes.get(ref.name());
    if (t == null) {
      throw new IllegalStateException("no complex type " + ref.name());
    }
    return t;
  }

  /** The family of a complex type: it and the types an {@code xsi:type} may name in its place. */
  public Optional<TypeFamily> family(XmlName complexType) {
    return Optional.ofNullable(families.get(complexType));
  }

  /** A complex type, concrete or abstract. */
  public Optional<ComplexTypeModel> anyComplexType(XmlName name) {
    ComplexTypeModel t = complexTypes.get(name);
    return Optional.ofNullable(t != null ? t : abstractTypes.get(name));
  }

  /** Every element declaration, global and local, roots first, then by type. */
  public List<ElementModel> allElements() {
    List<ElementModel> out = new ArrayList<>(roots);
    for (ComplexTypeModel t : complexTypes.values()) {
      out.addAll(t.elements());
    }
    return List.copyOf(out);
  }

  /** Every element declaration with this local name, in any namespace and any type. */
  public List<ElementModel> elementsNamed(String localName) {
    return allElements().stream().filter(e -> e.name().localName().equals(localName)).toList();
  }
}
