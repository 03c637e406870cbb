package dev.poxgen;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An attribute the schema does not declare, kept as read. The prefix is only its spelling.
 * Immutable; equal when namespace, local name and value are.
 */
public final class XmlAttribute {
  private final String namespace;
  private final String localName;
  private final String prefix;
  private final String value;

  /**
   * @param namespace the namespace URI, empty for none
   * @param localName the local name
   * @param prefix the prefix it was read with, empty for none
   * @param value the value
   */
  public XmlAttribute(String namespace, String localName, String prefix, String value) {
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.localName = Objects.requireNonNull(localName, "localName");
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The namespace URI, empty for none. */
  public String namespace() {
    return namespace;
  }

  /** The local name. */
  public String localName() {
    return localName;
  }

  /** The prefix it was read with, empty for none. */
  public String prefix() {
    return prefix;
  }

  /** The value. */
  public String value() {
    return value;
  }

  /** Equal when namespace, local name and value are: the prefix is only spelling. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XmlAttribute a && namespace.equals(a.namespace) && localName.equals(a.localName)
        && value.equals(a.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, localName, value);
  }

  @Override
  public String toString() {
    return "XmlAttribute[namespace=" + namespace + ", localName=" + localName + ", prefix=" + prefix + ", value="
        + value + "]";
  }
}
