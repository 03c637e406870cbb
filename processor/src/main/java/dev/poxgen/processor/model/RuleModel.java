package dev.poxgen.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * A rule XML Schema 1.0 cannot state but a schema's documentation does, declared in the type's
 * {@code xs:appinfo} as {@code <rule xmlns="urn:poxgen:rules" name="..." when="Action"
 * equals="redirectAddr" requires="RedirectAddr">why</rule>}: when the child {@code when} has the
 * value {@code equals}, one of the children {@code requires} must be there.
 *
 * @param name a stable name, shown in messages and used to exclude it where only XSD counts
 * @param when the child element whose value triggers the rule
 * @param equals the lexical value that triggers it
 * @param requires the children of which one must then be present
 * @param documentation why, from the rule's text
 */
public record RuleModel(String name, XmlName when, String equals, List<XmlName> requires, Documentation documentation) {
  /** The namespace of rule declarations in {@code xs:appinfo}. */
  public static final String NAMESPACE = "urn:poxgen:rules";

  public RuleModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(equals, "equals");
    requires = List.copyOf(requires);
    Objects.requireNonNull(documentation, "documentation");
  }
}
