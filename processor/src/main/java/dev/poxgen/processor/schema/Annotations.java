package dev.poxgen.processor.schema;

import dev.poxgen.processor.model.Documentation;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.RuleModel;
import dev.poxgen.processor.model.XmlName;
import java.util.ArrayList;
import java.util.List;
import org.apache.ws.commons.schema.XmlSchemaAnnotation;
import org.apache.ws.commons.schema.XmlSchemaAnnotationItem;
import org.apache.ws.commons.schema.XmlSchemaAppInfo;
import org.apache.ws.commons.schema.XmlSchemaDocumentation;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a component's {@code xs:annotation} holds for poxgen: its {@code xs:documentation}, which
 * the generated code's Javadoc repeats, and the rules beyond XML Schema in its {@code xs:appinfo}
 * ({@link RuleModel#NAMESPACE}).
 */
final class Annotations {
  private Annotations() {}

  /** The text of an annotation's {@code xs:documentation}, each joined to the next by a space. */
  static Documentation documentation(XmlSchemaAnnotation annotation) {
    if (annotation == null) {
      return Documentation.NONE;
    }
    StringBuilder text = new StringBuilder();
    for (XmlSchemaAnnotationItem item : annotation.getItems()) {
      if (item instanceof XmlSchemaDocumentation d && d.getMarkup() != null) {
        NodeList nodes = d.getMarkup();
        for (int i = 0; i < nodes.getLength(); i++) {
          Node n = nodes.item(i);
          text.append(n.getTextContent());
        }
        text.append(' ');
      }
    }
    return Documentation.of(text.toString());
  }
  /**
   * The rules of a complex type's {@code xs:appinfo}, in the order written; {@code children} are
   * the type's child elements, which a rule's {@code when} and {@code requires} name.
   */
  static List<RuleModel> rules(Site site, XmlSchemaAnnotation annotation, List<ElementModel> children) {
    List<RuleModel> rules = new ArrayList<>();
    if (annotation == null) {
      return rules;
    }
    for (XmlSchemaAnnotationItem item : annotation.getItems()) {
      if (!(item instanceof XmlSchemaAppInfo info) || info.getMarkup() == null) {
        continue;
      }
      NodeList nodes = info.getMarkup();
      for (int i = 0; i < nodes.getLength(); i++) {
        if (!(nodes.item(i) instanceof org.w3c.dom.Element e) || !RuleModel.NAMESPACE.equals(e.getNamespaceURI())) {
          continue;
        }
        if (!"rule".equals(e.getLocalName())) {
          throw site.unsupported("the appinfo element <" + e.getLocalName() + "> of " + RuleModel.NAMESPACE,
              "Use <rule name=\"...\" when=\"...\" equals=\"...\" requires=\"...\">.");
        }
        String name = e.getAttribute("name");
        String when = e.getAttribute("when");
        String equals = e.getAttribute("equals");
        String requires = e.getAttribute("requires");
        if (name.isBlank() || when.isBlank() || requires.isBlank() || !e.hasAttribute("equals")) {
          throw site.malformed("a rule needs the attributes name, when, equals and requires");
        }
        List<XmlName> required = new ArrayList<>();
        for (String r : requires.strip().split("\\s+")) {
          required.add(child(site, children, r, name));
        }
        rules.add(new RuleModel(name, child(site, children, when, name), equals, required,
            Documentation.of(e.getTextContent())));
      }
    }
    return rules;
  }

  private static XmlName child(Site site, List<ElementModel> children, String localName, String rule) {
    return children.stream().map(ElementModel::name).filter(n -> n.localName().equals(localName)).findFirst()
        .orElseThrow(() -> site.malformed(
            "the rule " + rule + " names <" + localName + ">, which the type does not declare"));
  }
}
