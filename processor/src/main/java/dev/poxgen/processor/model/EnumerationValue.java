package dev.poxgen.processor.model;

import java.util.Objects;

/** One {@code xs:enumeration} value of a simple type, in its lexical form, with its documentation. */
public record EnumerationValue(String value, Documentation documentation) {
  public EnumerationValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(documentation, "documentation");
  }
}
