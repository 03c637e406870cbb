package dev.poxgen;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An element the schema does not describe, kept whole as read: its name, attributes and
 * children in order. Immutable, with value equality.
 */
public final class XmlElement implements XmlNode {
  private final String namespace;
  private final String localName;
  private final List<XmlAttribute> attributes;
  private final List<XmlNode> children;

  /**
   * @param namespace the namespace URI, empty for none
   * @param localName the local name
   * @param attributes its attributes, in document order (namespace declarations are not attributes)
   * @param children its elements and text, in document order
   */
  public XmlElement(String namespace, String localName, List<XmlAttribute> attributes, List<XmlNode> children) {
    this.namespace = Objects.requireNonNull(namespace, "namespace");
    this.localName = Objects.requireNonNull(localName, "localName");
    this.attributes = Copies.list(attributes);
    this.children = Copies.list(children);
  }

  /** The namespace URI, empty for none. */
  public String namespace() {
    return namespace;
  }

  /** The local name. */
  public String localName() {
    return localName;
  }

  /** Its attributes, in document order (namespace declarations are not attributes). */
  public List<XmlAttribute> attributes() {
    return attributes;
  }

  /** Its elements and text, in document order. */
  public List<XmlNode> children() {
    return children;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XmlElement e && namespace.equals(e.namespace) && localName.equals(e.localName)
        && attributes.equals(e.attributes) && children.equals(e.children);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace, localName, attributes, children);
  }

  @Override
  public String toString() {
    return "XmlElement[namespace=" + namespace + ", localName=" + localName + ", attributes=" + attributes
        + ", children=" + children + "]";
  }
}
