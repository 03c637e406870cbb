package dev.poxgen.internal;

import dev.poxgen.XmlAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The namespace constraint and {@code processContents} of an attribute wildcard
 * ({@code xs:anyAttribute}), as generated readers check it: which namespaces it allows, and whether
 * it requires a global declaration of what it takes ({@code processContents="strict"}).
 */
public final class Wildcard {
  private static final int ANY = 0;
  private static final int OTHER = 1;
  private static final int LIST = 2;

  private final int kind;
  private final String[] namespaces;
  private final boolean strict;

  private Wildcard(int kind, String[] namespaces, boolean strict) {
    this.kind = kind;
    this.namespaces = namespaces.clone();
    this.strict = strict;
  }

  /** {@code ##any}: every namespace and none. */
  public static Wildcard any(boolean strict) {
    return new Wildcard(ANY, new String[0], strict);
  }

  /**
   * {@code ##other}: any namespace but {@code excluded} (the schema's target namespace; none when
   * it has none); never no namespace.
   */
  public static Wildcard other(boolean strict, String... excluded) {
    return new Wildcard(OTHER, excluded, strict);
  }

  /** A list: exactly {@code namespaces}, {@code ""} standing for no namespace ({@code ##local}). */
  public static Wildcard only(boolean strict, String... namespaces) {
    return new Wildcard(LIST, namespaces, strict);
  }

  /** Whether a name in {@code namespace} ({@code ""}: none) is one the wildcard allows. */
  public boolean allows(String namespace) {
    switch (kind) {
      case ANY:
        return true;
      case OTHER:
        return !namespace.isEmpty() && !contains(namespace);
      default:
        return contains(namespace);
    }
  }

  /**
   * The attributes of {@code attributes} (a value's kept ones) that the wildcard allows, never an
   * xsi one, in their order; unmodifiable.
   */
  public List<XmlAttribute> taken(List<XmlAttribute> attributes) {
    List<XmlAttribute> out = new ArrayList<>();
    for (XmlAttribute a : attributes) {
      if (!Xsi.NAMESPACE.equals(a.namespace()) && allows(a.namespace())) {
        out.add(a);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Whether it requires a global declaration of what it takes ({@code processContents="strict"}). */
  public boolean strict() {
    return strict;
  }

  private boolean contains(String namespace) {
    for (String n : namespaces) {
      if (n.equals(namespace)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    String which = kind == ANY ? "##any" : kind == OTHER ? "##other " + Arrays.toString(namespaces)
        : Arrays.toString(namespaces);
    return which + (strict ? ", strict" : "");
  }
}
