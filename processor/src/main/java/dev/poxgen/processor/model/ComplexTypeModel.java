package dev.poxgen.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complex type: element content (a model group), or simple content (text of a simple type) with
 * attributes.
 *
 * @param name the type's name; for an anonymous type, a name made from the element declaring it
 * @param anonymous whether the schema declared it without a name
 * @param content the model group of its child elements; empty for simple content or no content
 * @param simpleContent the simple type of its text, for {@code xs:simpleContent}
 * @param attributes its attributes, in declaration order
 * @param documentation its documentation
 * @param path where it is declared, for messages
 * @param rules the rules beyond XML Schema its documentation states
 * @param textDefault for simple content, the value an empty element takes: the {@code default}
 *     (or {@code fixed}) of the global element of a simple type this type stands for (see
 *     {@link #documentOf})
 * @param documentOf the global element of a simple type, or of {@code xs:anyType}, this type was
 *     made for, so that the element is a document like any other: for a simple type, an anonymous
 *     type with that simple type as its simple content and no attributes, which XML Schema
 *     validates exactly as the simple type; for {@code xs:anyType}, one that takes any attributes
 *     and any child elements, which it keeps as XML
 * @param anyAttribute its attribute wildcard ({@code xs:anyAttribute}), if it has one
 * @param derivation the base type it was derived from ({@code xs:complexContent} or {@code
 *     xs:simpleContent} with {@code xs:extension} or {@code xs:restriction}), if any; its content and
 *     attributes above are already the effective ones
 * @param mixed whether its content is mixed ({@code mixed="true"}, its own or, for an extension
 *     that adds no particle, its base's): text may stand between, before and after its child
 *     elements, and is content, kept in document order
 */
public record ComplexTypeModel(
    XmlName name,
    boolean anonymous,
    Optional<GroupModel> content,
    Optional<XmlName> simpleContent,
    List<AttributeModel> attributes,
    Documentation documentation,
    String path,
    List<RuleModel> rules,
    Optional<String> textDefault,
    Optional<XmlName> documentOf,
    Optional<WildcardModel> anyAttribute,
    Optional<Derivation> derivation,
    boolean mixed) {
  public ComplexTypeModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(simpleContent, "simpleContent");
    attributes = List.copyOf(attributes);
    Objects.requireNonNull(documentation, "documentation");
    Objects.requireNonNull(path, "path");
    rules = List.copyOf(rules);
    Objects.requireNonNull(textDefault, "textDefault");
    Objects.requireNonNull(documentOf, "documentOf");
    Objects.requireNonNull(anyAttribute, "anyAttribute");
    Objects.requireNonNull(derivation, "derivation");
  }

  /** A type whose content is not mixed. */
  public ComplexTypeModel(XmlName name, boolean anonymous, Optional<GroupModel> content,
      Optional<XmlName> simpleContent, List<AttributeModel> attributes, Documentation documentation,
      String path, List<RuleModel> rules, Optional<String> textDefault, Optional<XmlName> documentOf,
      Optional<WildcardModel> anyAttribute, Optional<Derivation> derivation) {
    this(name, anonymous, content, simpleContent, attributes, documentation, path, rules, textDefault, documentOf,
        anyAttribute, derivation, false);
  }

  /** A type not derived from another (or whose derivation is not recorded). */
  public ComplexTypeModel(XmlName name, boolean anonymous, Optional<GroupModel> content,
      Optional<XmlName> simpleContent, List<AttributeModel> attributes, Documentation documentation,
      String path, List<RuleModel> rules, Optional<String> textDefault, Optional<XmlName> documentOf,
      Optional<WildcardModel> anyAttribute) {
    this(name, anonymous, content, simpleContent, attributes, documentation, path, rules, textDefault, documentOf,
        anyAttribute, Optional.empty());
  }

  /** A type made for a global element of a simple type, or declared: no attribute wildcard. */
  public ComplexTypeModel(XmlName name, boolean anonymous, Optional<GroupModel> content,
      Optional<XmlName> simpleContent, List<AttributeModel> attributes, Documentation documentation,
      String path, List<RuleModel> rules, Optional<String> textDefault, Optional<XmlName> documentOf) {
    this(name, anonymous, content, simpleContent, attributes, documentation, path, rules, textDefault, documentOf,
        Optional.empty());
  }

  /** A type declared in the schema: no text default, not made for a simple-typed element, no wildcard. */
  public ComplexTypeModel(XmlName name, boolean anonymous, Optional<GroupModel> content,
      Optional<XmlName> simpleContent, List<AttributeModel> attributes, Documentation documentation,
      String path, List<RuleModel> rules) {
    this(name, anonymous, content, simpleContent, attributes, documentation, path, rules, Optional.empty(),
        Optional.empty());
  }

  /** Its child element declarations, in document order; empty for simple content. */
  public List<ElementModel> elements() {
    return content.map(GroupModel::elements).orElse(List.of());
  }
}
