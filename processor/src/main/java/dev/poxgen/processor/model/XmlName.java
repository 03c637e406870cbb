package dev.poxgen.processor.model;

import java.util.Objects;

/**
 * A namespace-qualified XML name. The namespace is the empty string for names in no namespace.
 */
public record XmlName(String namespace, String localName) implements Comparable<XmlName> {
  public XmlName {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(localName, "localName");
  }

  public static XmlName of(String namespace, String localName) {
    return new XmlName(namespace == null ? "" : namespace, localName);
  }

  @Override
  public int compareTo(XmlName other) {
    int c = namespace.compareTo(other.namespace);
    return c != 0 ? c : localName.compareTo(other.localName);
  }

  /** The Clark notation, {@code {namespace}localName}, or just the local name in no namespace. */
  @Override
  public String toString() {
    return namespace.isEmpty() ? localName : "{" + namespace + "}" + localName;
  }
}
