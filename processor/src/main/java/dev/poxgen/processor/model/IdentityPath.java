package dev.poxgen.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A selector or field of an identity constraint, in the restricted XPath of XSD 1.0 (section
 * 3.11.6): a union ({@code |}) of paths, each {@code .} or {@code .//} then child steps, and for a
 * field optionally a last attribute step. Names are resolved; the namespace of an unprefixed name is
 * none, as XPath says.
 *
 * @param text the XPath as written in the schema, for messages and Javadoc
 * @param alternatives the paths of the union, at least one
 */
public record IdentityPath(String text, List<Path> alternatives) {
  public IdentityPath {
    Objects.requireNonNull(text, "text");
    alternatives = List.copyOf(alternatives);
    if (alternatives.isEmpty()) {
      throw new IllegalArgumentException("an XPath has at least one path: " + text);
    }
  }

  /**
   * One path of a union.
   *
   * @param descendants whether it starts with {@code .//}: the steps then start at any descendant
   * @param steps the child steps, in order; empty for {@code .} alone
   * @param attribute for a field, the attribute step it ends with
   */
  public record Path(boolean descendants, List<NameTest> steps, Optional<NameTest> attribute) {
    public Path {
      steps = List.copyOf(steps);
      Objects.requireNonNull(attribute, "attribute");
    }
  }

  /**
   * A name test of one step: a name, {@code *} (any name) or {@code prefix:*} (any name in a
   * namespace).
   *
   * @param namespace the namespace it requires; empty for {@code *}
   * @param localName the local name it requires; empty for {@code *} and {@code prefix:*}
   */
  public record NameTest(Optional<String> namespace, Optional<String> localName) {
    public NameTest {
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(localName, "localName");
      if (localName.isPresent() && namespace.isEmpty()) {
        throw new IllegalArgumentException("a name test with a local name has a namespace (\"\" for none)");
      }
    }

    /** A test of one name. */
    public static NameTest of(String namespace, String localName) {
      return new NameTest(Optional.of(namespace), Optional.of(localName));
    }

    /** {@code *}: any name. */
    public static NameTest any() {
      return new NameTest(Optional.empty(), Optional.empty());
    }

    /** {@code prefix:*}: any name in the namespace. */
    public static NameTest anyIn(String namespace) {
      return new NameTest(Optional.of(namespace), Optional.empty());
    }

    /** Whether the test takes the name. */
    public boolean matches(XmlName name) {
      return namespace.map(n -> n.equals(name.namespace())).orElse(true)
          && localName.map(l -> l.equals(name.localName())).orElse(true);
    }
  }
}
