package dev.poxgen;

import java.util.Objects;

/**
 * An attribute the schema does not declare, kept as read. The prefix is only its spelling.
 *
 * @param namespace the namespace URI, empty for none
 * @param localName the local name
 * @param prefix the prefix it was read with, empty for none
 * @param value the value
 */
public record XmlAttribute(String namespace, String localName, String prefix, String value) {
  public XmlAttribute {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(localName, "localName");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(value, "value");
  }

  /** Equal when namespace, local name and value are: the prefix is only spelling. */
  @Override
  public boolean equals(Object o) {
    return o instanceof XmlAttribute a && namespace.equals(a.namespace) && localName.equals(a.localName)
        && value.equals(a.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, localName, value);
  }
}
