package dev.poxgen.internal;

import dev.poxgen.XmlAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The namespace constraint and {@code processContents} of an attribute wildcard
 * ({@code xs:anyAttribute}) or an element wildcard ({@code xs:any}), as generated readers check
 * it: which namespaces it allows, and whether it requires a global declaration of what it takes
 * ({@code processContents="strict"}). An element wildcard also knows the elements its type
 * declares ({@link #besides}), which it never takes.
 */
public final class Wildcard {
  private static final int ANY = 0;
  private static final int OTHER = 1;
  private static final int LIST = 2;

  private final int kind;
  private final String[] namespaces;
  private final boolean strict;
  /** The namespaces and local names of the elements the type declares, for an element wildcard. */
  private final String[] declared;
  /** For each of {@link #declared}: the slot of the reader's counts that counts it. */
  private final int[] slots;
  /** For each of {@link #declared}: how many of it the type allows. */
  private final int[] maxes;

  /**
   * The global attribute declarations an attribute wildcard checks what it takes against (strict or
   * lax): whether one declares the attribute, its value's violations reported to {@code sink}.
   */
  @FunctionalInterface
  public interface Declarations {
    boolean check(String namespace, String localName, String value, Sink sink);
  }

  /** No global attribute declares anything. */
  private static final Declarations NONE = (namespace, localName, value, sink) -> false;

  /** For an attribute wildcard: the global attributes that declare what it takes. */
  private final Declarations globals;

  private Wildcard(int kind, String[] namespaces, boolean strict) {
    this(kind, namespaces, strict, new String[0], new int[0], new int[0], NONE);
  }

  private Wildcard(int kind, String[] namespaces, boolean strict, String[] declared, int[] slots, int[] maxes) {
    this(kind, namespaces, strict, declared, slots, maxes, NONE);
  }

  private Wildcard(int kind, String[] namespaces, boolean strict, String[] declared, int[] slots, int[] maxes,
      Declarations globals) {
    this.globals = globals;
    this.kind = kind;
    this.namespaces = namespaces.clone();
    this.strict = strict;
    this.declared = declared;
    this.slots = slots;
    this.maxes = maxes;
  }

  /**
   * This wildcard as an element wildcard beside an element its type declares, {@code localName}
   * in {@code namespace}, which the reader counts in slot {@code slot} and the type allows
   * {@code max} times: XML Schema reads such an element as its declaration while the declaration
   * takes more of it, and only then as the wildcard's.
   */
  public Wildcard besides(String namespace, String localName, int slot, int max) {
    int n = slots.length;
    String[] d = Arrays.copyOf(declared, 2 * n + 2);
    d[2 * n] = namespace;
    d[2 * n + 1] = localName;
    int[] s = Arrays.copyOf(slots, n + 1);
    s[n] = slot;
    int[] m = Arrays.copyOf(maxes, n + 1);
    m[n] = max;
    return new Wildcard(kind, namespaces, strict, d, s, m, globals);
  }

  /**
   * Whether the element wildcard takes an element of this name, where {@code seen} counts the
   * declared ones read so far: its namespace is one the wildcard allows, and no declaration of the
   * type that could take more has the name.
   */
  public boolean takesElement(String namespace, String localName, int[] seen) {
    if (!allows(namespace)) {
      return false;
    }
    for (int i = 0; i < slots.length; i++) {
      if (declared[2 * i + 1].equals(localName) && declared[2 * i].equals(namespace) && seen[slots[i]] < maxes[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The namespaces it allows, in words for a message: {@code any namespace or none}, {@code a
   * namespace other than urn:a}, {@code only urn:a or no namespace}.
   */
  public String describe() {
    switch (kind) {
      case ANY:
        return "any namespace or none";
      case OTHER:
        return namespaces.length == 0 ? "a namespace" : "a namespace other than " + String.join(", ", namespaces);
      default:
        if (namespaces.length == 0) {
          return "nothing (its namespace list is empty)";
        }
        StringBuilder b = new StringBuilder("only ");
        for (int i = 0; i < namespaces.length; i++) {
          b.append(i == 0 ? "" : i == namespaces.length - 1 ? " or " : ", ")
              .append(namespaces[i].isEmpty() ? "no namespace" : namespaces[i]);
        }
        return b.toString();
    }
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

  /**
   * This attribute wildcard (strict or lax) checking what it takes against the schema's global
   * attributes, as XML Schema's processContents says.
   */
  public Wildcard declaredBy(Declarations globals) {
    return new Wildcard(kind, namespaces, strict, declared, slots, maxes, globals);
  }

  /**
   * Whether a global attribute declares the attribute, checking its value against the declaration
   * and reporting its violations to {@code sink}.
   */
  public boolean declares(String namespace, String localName, String value, Sink sink) {
    return globals.check(namespace, localName, value, sink);
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
