package dev.poxgen.processor.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A wildcard, {@code xs:anyAttribute} or {@code xs:any}: which namespaces it allows and how the
 * attributes or elements it takes are processed.
 *
 * @param constraint which namespaces it allows
 * @param namespaces for {@link Constraint#OTHER}, the one namespace it excludes (besides no
 *     namespace, which {@code ##other} excludes too); for {@link Constraint#LIST}, the namespaces it
 *     allows, {@code ""} standing for no namespace ({@code ##local}); empty for {@link Constraint#ANY}
 * @param processContents its {@code processContents}
 */
public record WildcardModel(Constraint constraint, List<String> namespaces, ProcessContents processContents) {
  /** The kinds of namespace constraint. */
  public enum Constraint {
    /** {@code ##any}: every namespace and none. */
    ANY,
    /** {@code ##other}: any namespace but the target namespace; never no namespace. */
    OTHER,
    /** A list of URIs, {@code ##targetNamespace} and {@code ##local}. */
    LIST
  }

  /** {@code processContents}. */
  public enum ProcessContents {
    /** Nothing is checked of what the wildcard takes. */
    SKIP,
    /** Checked against a global declaration where there is one. */
    LAX,
    /** A global declaration is required. */
    STRICT
  }

  public WildcardModel {
    Objects.requireNonNull(constraint, "constraint");
    namespaces = List.copyOf(namespaces);
    Objects.requireNonNull(processContents, "processContents");
  }

  /** Whether a name in {@code namespace} ({@code ""}: none) is one the wildcard allows. */
  public boolean allows(String namespace) {
    return switch (constraint) {
      case ANY -> true;
      case OTHER -> !namespace.isEmpty() && !namespaces.contains(namespace);
      case LIST -> namespaces.contains(namespace);
    };
  }

  /**
   * The wildcard that allows what both this and {@code that} allow (XML Schema Part 1, 3.10.6,
   * attribute wildcard intersection), with this one's {@code processContents}: how a type's own
   * {@code xs:anyAttribute} and those of its attribute groups make its complete wildcard. Where
   * XML Schema 1.0 calls the intersection of two {@code ##other} of different namespaces not
   * expressible (the JDK's schema check refuses it), this is what allows neither.
   */
  public WildcardModel intersect(WildcardModel that) {
    if (constraint == Constraint.ANY) {
      return new WildcardModel(that.constraint, that.namespaces, processContents);
    }
    if (that.constraint == Constraint.ANY) {
      return this;
    }
    if (constraint == Constraint.OTHER && that.constraint == Constraint.OTHER) {
      LinkedHashSet<String> excluded = new LinkedHashSet<>(namespaces);
      excluded.addAll(that.namespaces);
      return new WildcardModel(Constraint.OTHER, List.copyOf(excluded), processContents);
    }
    // At least one is a list: what it names that the other allows.
    WildcardModel list = constraint == Constraint.LIST ? this : that;
    WildcardModel other = list == this ? that : this;
    return new WildcardModel(Constraint.LIST, list.namespaces.stream().filter(other::allows).toList(), processContents);
  }

  /**
   * The wildcard that allows what this or {@code that} allows (XML Schema Part 1, 3.10.6,
   * attribute wildcard union), with this one's {@code processContents}: how an extension's
   * wildcard and its base type's make the derived type's; empty where XML Schema 1.0 calls the
   * union not expressible (a {@code ##other} and a list that names no namespace but not the
   * namespace {@code ##other} leaves out).
   */
  public Optional<WildcardModel> union(WildcardModel that) {
    if (constraint == Constraint.ANY || that.constraint == Constraint.ANY) {
      return Optional.of(new WildcardModel(Constraint.ANY, List.of(), processContents));
    }
    if (constraint == Constraint.LIST && that.constraint == Constraint.LIST) {
      LinkedHashSet<String> all = new LinkedHashSet<>(namespaces);
      all.addAll(that.namespaces);
      return Optional.of(new WildcardModel(Constraint.LIST, List.copyOf(all), processContents));
    }
    if (constraint == Constraint.OTHER && that.constraint == Constraint.OTHER) {
      // What both leave out, and no namespace, which every ##other leaves out.
      return Optional.of(new WildcardModel(Constraint.OTHER,
          namespaces.stream().filter(that.namespaces::contains).toList(), processContents));
    }
    WildcardModel list = constraint == Constraint.LIST ? this : that;
    WildcardModel other = list == this ? that : this;
    List<String> stillExcluded = other.namespaces.stream().filter(n -> !list.namespaces.contains(n)).toList();
    if (list.namespaces.contains("")) {
      return stillExcluded.isEmpty()
          ? Optional.of(new WildcardModel(Constraint.ANY, List.of(), processContents))
          : Optional.empty();
    }
    return Optional.of(new WildcardModel(Constraint.OTHER, stillExcluded, processContents));
  }

  /** The constraint as the schema would write it: {@code ##any}, {@code ##other} or a list. */
  public String namespacesText() {
    return switch (constraint) {
      case ANY -> "##any";
      case OTHER -> "##other";
      case LIST -> namespaces.isEmpty() ? "(none)" : String.join(" ", namespaces.stream()
          .map(n -> n.isEmpty() ? "##local" : n).toList());
    };
  }

  /** The constraint and its {@code processContents}: {@code ##other, processContents lax}. */
  @Override
  public String toString() {
    return namespacesText() + ", processContents " + processContents.name().toLowerCase(java.util.Locale.ROOT);
  }
}
