package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.XmlName;
import java.util.List;
import java.util.Objects;

/**
 * An {@code xs:union} (or a restriction of one) bound to a generated final class: which member
 * type took the value, XML Schema's first match, and the value as that member type binds it.
 *
 * @param type the union
 * @param className the generated class
 * @param members its member types, in the order a text is tried against them
 */
public record UnionBinding(SimpleTypeModel type, String className, List<Member> members) {
  public UnionBinding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(className, "className");
    members = List.copyOf(members);
  }

  /**
   * The name of the class's enum of its member types: {@code Member}, or {@code MemberType} for a
   * union whose own class is named {@code Member} (a nested type may not share its class's name).
   */
  public String memberEnum() {
    return className.equals("Member") ? "MemberType" : "Member";
  }

  /**
   * One member type.
   *
   * @param constant its constant in the class's {@code Member} enum: {@code NON_NEGATIVE_INTEGER}
   * @param suffix what its factory and accessor are named after: {@code ofNonNegativeInteger},
   *     {@code asNonNegativeInteger}
   * @param xmlType the member type
   * @param value what its value is in Java
   */
  public record Member(String constant, String suffix, XmlName xmlType, ValueType value) {
    public Member {
      Objects.requireNonNull(constant, "constant");
      Objects.requireNonNull(suffix, "suffix");
      Objects.requireNonNull(xmlType, "xmlType");
      Objects.requireNonNull(value, "value");
    }
  }
}
