package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.Documentation;
import dev.poxgen.processor.model.Occurrence;
import dev.poxgen.processor.model.XmlName;
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
 */
public record PropertyBinding(
    Source source,
    XmlName xmlName,
    String name,
    String singular,
    Occurrence occurrence,
    Optional<String> defaultValue,
    ValueType type,
    Documentation documentation) {

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
  }

  public boolean repeated() {
    return occurrence.isRepeated();
  }

  public boolean required() {
    return !occurrence.isOptional();
  }

  /** {@code hasSmtpLast}: whether the value was given. */
  public String hasName() {
    return "has" + JavaNames.capitalize(name);
  }

  /** {@code addProtocol}: the builder method that adds one item to a repeated property. */
  public String adderName() {
    return "add" + JavaNames.capitalize(singular);
  }

  /** How the property is named in messages: {@code <SMTPLast>} or {@code @Type}. */
  public String xmlLabel() {
    return switch (source) {
      case ELEMENT -> "<" + xmlName.localName() + ">";
      case ATTRIBUTE -> "@" + xmlName.localName();
      case TEXT -> "text";
    };
  }
}
