package dev.poxgen.processor.model;

import java.util.List;
import java.util.Objects;

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
