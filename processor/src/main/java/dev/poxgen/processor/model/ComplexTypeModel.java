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
 */
public record ComplexTypeModel(
    XmlName name,
    boolean anonymous,
    Optional<GroupModel> content,
    Optional<XmlName> simpleContent,
    List<AttributeModel> attributes,
    Documentation documentation,
    String path,
    List<RuleModel> rules) {
  public ComplexTypeModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(simpleContent, "simpleContent");
    attributes = List.copyOf(attributes);
    Objects.requireNonNull(documentation, "documentation");
    Objects.requireNonNull(path, "path");
    rules = List.copyOf(rules);
  }

  /** Its child element declarations, in document order; empty for simple content. */
  public List<ElementModel> elements() {
    return content.map(GroupModel::elements).orElse(List.of());
  }
}
