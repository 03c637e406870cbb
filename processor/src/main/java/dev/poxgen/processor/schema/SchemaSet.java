package dev.poxgen.processor.schema;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What to load: a name for messages, the entry XSD files (their imports are followed), where to
 * find them, and how far to trust them.
 *
 * @param name the set's name, for messages and the generated names
 * @param entryFiles the XSD files named by the user, relative paths with {@code /}
 * @param resolver where those files and the ones they refer to relatively are found
 * @param catalogs OASIS XML catalogs (local files) that map absolute schema locations to local files
 * @param checkValidity whether the JDK's schema compiler is to judge the set's validity; false only
 *     for the schemas bundled in poxgen, whose validity the project's tests establish
 */
public record SchemaSet(
    String name, List<String> entryFiles, XsdResolver resolver, List<URI> catalogs, boolean checkValidity) {
  public SchemaSet {
    Objects.requireNonNull(name, "name");
    entryFiles = List.copyOf(entryFiles);
    Objects.requireNonNull(resolver, "resolver");
    catalogs = List.copyOf(catalogs);
    if (entryFiles.isEmpty()) {
      throw new IllegalArgumentException("a schema set needs at least one entry file");
    }
  }

  /** A user's schema set without catalogs, checked for validity. */
  public SchemaSet(String name, List<String> entryFiles, XsdResolver resolver) {
    this(name, entryFiles, resolver, List.of(), true);
  }

  public SchemaSet withCatalogs(List<URI> catalogs) {
    return new SchemaSet(name, entryFiles, resolver, catalogs, checkValidity);
  }

  /** The same set, trusted to be valid: no JDK check at compile time. */
  SchemaSet trusted() {
    return new SchemaSet(name, entryFiles, resolver, catalogs, false);
  }
}
