package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.XmlName;

/**
 * The Java type a value of a complex type is: its generated class ({@link TypeBinding}), or, where
 * types are derived from it that an {@code xsi:type} may name in its place, the sealed interface
 * of its family ({@link FamilyBinding}).
 */
public sealed interface ValueBinding permits TypeBinding, FamilyBinding {
  /** The complex type. */
  XmlName xmlType();

  /**
   * The generated class or interface: {@code Address}, {@code AddressFamily}; the generated
   * methods that read, write and validate such a value are named after it ({@code readAddress}).
   */
  String javaName();
}
