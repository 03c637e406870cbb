package dev.poxgen.processor.schema;

import dev.poxgen.processor.model.ComplexTypeModel;
import dev.poxgen.processor.model.Derivation;
import dev.poxgen.processor.model.TypeFamily;
import dev.poxgen.processor.model.XmlName;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.ws.commons.schema.XmlSchema;
import org.apache.ws.commons.schema.XmlSchemaDerivationMethod;

/**
 * The type hierarchy of a schema set: for each complex type, the concrete types derived from it
 * that an {@code xsi:type} may name in its place (its {@link TypeFamily}).
 */
final class TypeFamilies {
  private TypeFamilies() {}

  /**
   * The derivation methods a {@code block} (or, where it has none, its schema's {@code
   * blockDefault}) names, of those that apply to types: {@code extension} and {@code restriction}
   * ({@code #all} is both; {@code substitution} is about substitution groups).
   */
  static Set<Derivation.Method> blocked(XmlSchemaDerivationMethod own, XmlSchema schema) {
    XmlSchemaDerivationMethod m = own == null || own == XmlSchemaDerivationMethod.NONE
        ? (schema == null ? null : schema.getBlockDefault())
        : own;
    Set<Derivation.Method> out = EnumSet.noneOf(Derivation.Method.class);
    if (m != null && (m.isAll() || m.isExtension())) {
      out.add(Derivation.Method.EXTENSION);
    }
    if (m != null && (m.isAll() || m.isRestriction())) {
      out.add(Derivation.Method.RESTRICTION);
    }
    return Set.copyOf(out);
  }

  /**
   * The family of each named complex type that has a concrete named type derived from it.
   *
   * @param types every complex type built, concrete and abstract, in the order first reached (the
   *     originals of redefined types among them, which nothing derives from by name)
   * @param abstracts the abstract ones
   * @param blocks each type's {@code block}
   */
  static Map<XmlName, TypeFamily> of(Map<XmlName, ComplexTypeModel> types, Set<XmlName> abstracts,
      Map<XmlName, Set<Derivation.Method>> blocks) {
    Map<XmlName, TypeFamily> out = new LinkedHashMap<>();
    for (ComplexTypeModel t : types.values()) {
      if (t.anonymous()) {
        continue;
      }
      boolean isAbstract = abstracts.contains(t.name());
      List<TypeFamily.Member> members = new ArrayList<>();
      List<XmlName> abstractMembers = new ArrayList<>();
      if (!isAbstract) {
        members.add(new TypeFamily.Member(t.name(), Set.of()));
      }
      for (ComplexTypeModel d : types.values()) {
        // An anonymous type derived from it is no xsi:type's: none can name it.
        if (d.anonymous() || d.name().equals(t.name())) {
          continue;
        }
        Optional<Set<Derivation.Method>> methods = methods(types, d, t.name());
        // One derived by a method the type blocks stays a member, as it stays a Java subtype of the
        // family's interface: the reader and the validator say it may not stand for the type.
        if (methods.isEmpty()) {
          continue;
        }
        if (abstracts.contains(d.name())) {
          abstractMembers.add(d.name());
        } else {
          members.add(new TypeFamily.Member(d.name(), methods.get()));
        }
      }
      if (members.stream().anyMatch(m -> !m.type().equals(t.name()))) {
        out.put(t.name(), new TypeFamily(t.name(), isAbstract, parent(types, t), blocks.getOrDefault(t.name(), Set.of()),
            members, abstractMembers));
      }
    }
    return out;
  }

  /** The complex type {@code t} was derived from, where that is a type of the set other than itself. */
  private static Optional<XmlName> parent(Map<XmlName, ComplexTypeModel> types, ComplexTypeModel t) {
    // A redefinition derives from the type it redefines, by its own name: no parent of its own.
    return t.derivation().map(Derivation::base).filter(b -> !b.equals(t.name()) && types.containsKey(b));
  }

  /** The methods on the way from {@code base} down to {@code d}, if {@code d} is derived from it. */
  private static Optional<Set<Derivation.Method>> methods(Map<XmlName, ComplexTypeModel> types, ComplexTypeModel d,
      XmlName base) {
    Set<Derivation.Method> methods = EnumSet.noneOf(Derivation.Method.class);
    ComplexTypeModel at = d;
    for (int steps = 0; steps <= types.size(); steps++) {
      Optional<XmlName> up = parent(types, at);
      if (up.isEmpty()) {
        return Optional.empty();
      }
      methods.add(at.derivation().orElseThrow().method());
      if (up.get().equals(base)) {
        return Optional.of(Set.copyOf(methods));
      }
      at = types.get(up.get());
    }
    return Optional.empty(); // a cycle, which the schema check refuses
  }
}
