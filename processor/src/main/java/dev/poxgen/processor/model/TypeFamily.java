package dev.poxgen.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A complex type and the concrete types derived from it, directly or through others, which an
 * {@code xsi:type} in a document may name in its place (XML Schema Part 1, 3.3.4, cvc-elt.4.3):
 * what an element declared with the type may hold.
 *
 * @param base the type elements are declared with
 * @param abstractBase whether it is abstract: an element declared with it must then name one of
 *     the members with {@code xsi:type}
 * @param parent the type it was itself derived from, when that has a family too (so that the
 *     family of {@code base} is part of it)
 * @param blocked its {@code block} (or the schema's {@code blockDefault}): the derivation methods
 *     no member may have been derived by to stand for it
 * @param members the concrete types that may stand for it, {@code base} first where it is
 *     concrete, then in declaration order, each with how it was derived from {@code base} (one
 *     derived by a method {@code blocked} names is one, and stands for it in no element)
 * @param abstractMembers the abstract types derived from it, which an {@code xsi:type} may not
 *     name (cvc-type.2)
 */
public record TypeFamily(
    XmlName base,
    boolean abstractBase,
    java.util.Optional<XmlName> parent,
    Set<Derivation.Method> blocked,
    List<Member> members,
    List<XmlName> abstractMembers) {
  public TypeFamily {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(parent, "parent");
    blocked = Set.copyOf(blocked);
    members = List.copyOf(members);
    abstractMembers = List.copyOf(abstractMembers);
    if (members.stream().noneMatch(m -> !m.type().equals(base))) {
      throw new IllegalArgumentException("a family of " + base + " needs a concrete member derived from it");
    }
  }

  /**
   * A concrete type of the family.
   *
   * @param type the type
   * @param methods the derivation methods on the way from the family's base to it (none for the
   *     base itself)
   */
  public record Member(XmlName type, Set<Derivation.Method> methods) {
    public Member {
      Objects.requireNonNull(type, "type");
      methods = Set.copyOf(methods);
    }
  }
}
