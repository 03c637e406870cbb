package dev.poxgen.processor.model;

import java.util.Map;
import java.util.Objects;

/**
 * One {@code xs:enumeration} value of a simple type, in its lexical form, with its documentation.
 *
 * @param namespaces the prefixes in scope where the value is declared ({@code ""} for the default
 *     namespace), by which a value of a union or list that may hold an {@code xs:QName} is
 *     resolved; empty where none are known
 */
public record EnumerationValue(String value, Documentation documentation, Map<String, String> namespaces) {
  public EnumerationValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(documentation, "documentation");
    namespaces = Map.copyOf(namespaces);
  }

  /** A value whose prefixes, if any, are not needed. */
  public EnumerationValue(String value, Documentation documentation) {
    this(value, documentation, Map.of());
  }
}
