package dev.poxgen;

import java.util.List;
import java.util.Objects;

/**
 * An element the schema does not describe, kept whole as read: its name, attributes and
 * children in order.
 *
 * @param namespace the namespace URI, empty for none
 * @param localName the local name
 * @param attributes its attributes, in document order (namespace declarations are not attributes)
 * @param children its elements and text, in document order
 */
public record XmlElement(String namespace, String localName, List<XmlAttribute> attributes, List<XmlNode> children)
    implements XmlNode {
  public XmlElement {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(localName, "localName");
    attributes = List.copyOf(attributes);
    children = List.copyOf(children);
  }
}
