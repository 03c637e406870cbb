package dev.poxgen.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An identity constraint of an element declaration: {@code xs:unique}, {@code xs:key} or {@code
 * xs:keyref}, its selector and fields already parsed into the XPath subset XSD 1.0 defines, with
 * every prefix resolved.
 *
 * @param kind which of the three it is
 * @param name its qualified name (in the schema's target namespace)
 * @param selector which nodes, below the declaring element, the constraint is about
 * @param fields what, below each selected node, makes up its tuple; in document order
 * @param refer for a keyref, the key or unique it refers to; empty for the other two
 * @param path where it is declared, for messages
 */
public record IdentityConstraintModel(
    Kind kind, XmlName name, IdentityPath selector, List<IdentityPath> fields, Optional<XmlName> refer, String path) {

  /** Which identity constraint. */
  public enum Kind {
    UNIQUE("xs:unique"),
    KEY("xs:key"),
    KEYREF("xs:keyref");

    private final String xsd;

    Kind(String xsd) {
      this.xsd = xsd;
    }

    /** Its XSD element name, e.g. {@code xs:key}. */
    public String xsd() {
      return xsd;
    }
  }

  public IdentityConstraintModel {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(selector, "selector");
    fields = List.copyOf(fields);
    Objects.requireNonNull(refer, "refer");
    Objects.requireNonNull(path, "path");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("an identity constraint has at least one field: " + name);
    }
    if (refer.isPresent() != (kind == Kind.KEYREF)) {
      throw new IllegalArgumentException("refer is for a keyref, and only for it: " + name);
    }
    if (selector.alternatives().stream().anyMatch(a -> a.attribute().isPresent())) {
      throw new IllegalArgumentException("a selector selects elements, not attributes: " + name);
    }
  }
}
