package dev.poxgen.processor.schema;

import java.util.List;
import java.util.Objects;

/**
 * What to load: a name for messages, the entry XSD files (their imports are followed), and where
 * to find them.
 */
public record SchemaSet(String name, List<String> entryFiles, XsdResolver resolver) {
  public SchemaSet {
    Objects.requireNonNull(name, "name");
    entryFiles = List.copyOf(entryFiles);
    Objects.requireNonNull(resolver, "resolver");
    if (entryFiles.isEmpty()) {
      throw new IllegalArgumentException("a schema set needs at least one entry file");
    }
  }
}
