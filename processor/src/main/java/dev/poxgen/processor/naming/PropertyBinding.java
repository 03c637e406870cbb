package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.Documentation;
import dev.poxgen.processor.model.Occurrence;
import dev.poxgen.processor.model.XmlName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one child element, attribute or text content of a complex type binds to a Java property.
 *
 * @param source what in the XML it binds
 * @param xmlName the element's or attribute's name (for text: the type's name)
 * @param name the accessor and builder setter name, e.g. {@code smtpLast} or {@code protocols}
 * @param singular for a repeated property, the name of one item, e.g. {@code protocol}
 * @param occurrence how often it may occur in the type, all enclosing groups taken into account
 * @param defaultValue the schema's default, lexical
 * @param type the Java value it holds
 * @param documentation its documentation
 * @param spellings every element name it binds, {@code xmlName} first: more than one where a
 *     choice's alternatives differ only in the case of their local name ({@code RedirectUrl},
 *     {@code RedirectURL}), in one namespace and of one type
 * @param nillable for an element, whether it is nillable: {@code xsi:nil="true"} makes it nil
 * @param fixed for an element or attribute, whether its {@code defaultValue} is a {@code fixed}
 *     value: one a document may leave out or repeat, but not differ from, and on which {@code
 *     xsi:nil="true"} is an error
 * @param blocked for an element of a complex type, the derivation methods by which the types an
 *     {@code xsi:type} names on it may not have been derived (its {@code block})
 * @param namespaces the prefixes the schema document of its declaration binds, by which a {@code
 *     defaultValue} that is or holds an {@code xs:QName} is resolved; empty where it has none
 */
public record PropertyBinding(
    Source source,
    XmlName xmlName,
    String name,
    String singular,
    Occurrence occurrence,
    Optional<String> defaultValue,
    ValueType type,
    Documentation documentation,
    List<XmlName> spellings,
    boolean nillable,
    boolean fixed,
    java.util.Set<dev.poxgen.processor.model.Derivation.Method> blocked,
    java.util.Map<String, String> namespaces) {

  /** What in the XML a property binds. */
  public enum Source {
    ELEMENT,
    ATTRIBUTE,
    TEXT
  }

  public PropertyBinding {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(xmlName, "xmlName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(singular, "singular");
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(documentation, "documentation");
    spellings = List.copyOf(spellings);
    if (spellings.isEmpty() || !spellings.get(0).equals(xmlName)) {
      throw new IllegalArgumentException("spellings must start with " + xmlName + ": " + spellings);
    }
    blocked = java.util.Set.copyOf(blocked);
    namespaces = java.util.Map.copyOf(namespaces);
  }

  /** A property whose default, if any, holds no prefixes to resolve. */
  public PropertyBinding(Source source, XmlName xmlName, String name, String singular, Occurrence occurrence,
      Optional<String> defaultValue, ValueType type, Documentation documentation, List<XmlName> spellings,
      boolean nillable, boolean fixed, java.util.Set<dev.poxgen.processor.model.Derivation.Method> blocked) {
    this(source, xmlName, name, singular, occurrence, defaultValue, type, documentation, spellings, nillable, fixed,
        blocked, java.util.Map.of());
  }

  /** A property whose element blocks no derived type, or an attribute or text. */
  public PropertyBinding(Source source, XmlName xmlName, String name, String singular, Occurrence occurrence,
      Optional<String> defaultValue, ValueType type, Documentation documentation, List<XmlName> spellings,
      boolean nillable, boolean fixed) {
    this(source, xmlName, name, singular, occurrence, defaultValue, type, documentation, spellings, nillable, fixed,
        java.util.Set.of());
  }

  /** A property of one spelling. */
  public PropertyBinding(Source source, XmlName xmlName, String name, String singular, Occurrence occurrence,
      Optional<String> defaultValue, ValueType type, Documentation documentation) {
    this(source, xmlName, name, singular, occurrence, defaultValue, type, documentation, List.of(xmlName), false,
        false);
  }

  /** {@code nilName}: whether this nillable element, one that holds only text, is nil ({@code isCountNil}). */
  public String nilName() {
    return "is" + JavaNames.capitalize(name) + "Nil";
  }

  public boolean repeated() {
    return occurrence.isRepeated();
  }

  public boolean required() {
    return !occurrence.isOptional();
  }

  /** {@code hasSmtpLast}: whether the document gave the item at all, valid or not. */
  public String hasName() {
    return "has" + JavaNames.capitalize(name);
  }

  /** {@code addProtocol}: the builder method that adds one item to a repeated property. */
  public String adderName() {
    return "add" + JavaNames.capitalize(singular);
  }

  /**
   * How the property is named in messages: {@code <SMTPLast>}, {@code @Type}, or {@code xs:any}
   * for the elements an element wildcard takes.
   */
  public String xmlLabel() {
    return switch (source) {
      case ELEMENT -> dev.poxgen.processor.model.ElementModel.isWildcardName(xmlName)
          ? "xs:any"
          : "<" + xmlName.localName() + ">";
      case ATTRIBUTE -> "@" + xmlName.localName();
      case TEXT -> "text";
    };
  }
}
