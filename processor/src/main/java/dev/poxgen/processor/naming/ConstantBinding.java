package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.Documentation;
import java.util.List;
import java.util.Objects;

/**
 * One enum constant and the lexical forms it stands for: {@code ON} for {@code on} and {@code On}.
 * The first form is the one written.
 */
public record ConstantBinding(String name, List<String> lexicalForms, Documentation documentation) {
  public ConstantBinding {
    Objects.requireNonNull(name, "name");
    lexicalForms = List.copyOf(lexicalForms);
    Objects.requireNonNull(documentation, "documentation");
    if (lexicalForms.isEmpty()) {
      throw new IllegalArgumentException("a constant needs a lexical form");
    }
  }
}
