package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.TypeFamily;
import dev.poxgen.processor.model.XmlName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A family of types bound to a sealed interface: what an element declared with the family's base
 * holds, a value of the base's class or of a class of a type derived from it (read where a
 * document names it with {@code xsi:type}, written with one).
 *
 * <p>An abstract base has no class, and the interface takes the name the class would have had
 * ({@code Named}); a concrete base keeps its class, and the interface is named after it with
 * {@code Family} ({@code AddressFamily}, implemented by {@code Address}, {@code UsAddress}, ...).
 *
 * @param family the family in the model
 * @param interfaceName the sealed interface
 * @param parent the interface of the family of the type the base was derived from, which this one
 *     extends, if that type has one
 * @param permits the interface's direct subtypes: the base's class, and for each type derived
 *     directly from the base its family's interface or its class
 * @param members the classes of the family's concrete types, the base's first where it has one
 * @param common the properties every member has alike (name, source, type and repetition), which
 *     the interface declares accessors for
 * @param extras whether every member's extras accessor is {@code extras()}, which the interface
 *     then declares too
 */
public record FamilyBinding(
    TypeFamily family,
    String interfaceName,
    Optional<String> parent,
    List<String> permits,
    List<TypeBinding> members,
    List<PropertyBinding> common,
    boolean extras) implements ValueBinding {
  public FamilyBinding {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(interfaceName, "interfaceName");
    Objects.requireNonNull(parent, "parent");
    permits = List.copyOf(permits);
    members = List.copyOf(members);
    common = List.copyOf(common);
  }

  @Override
  public XmlName xmlType() {
    return family.base();
  }

  @Override
  public String javaName() {
    return interfaceName;
  }

  /** The base's own class, where the base is concrete. */
  public Optional<TypeBinding> baseClass() {
    return members.stream().filter(m -> m.type().name().equals(family.base())).findFirst();
  }
}
