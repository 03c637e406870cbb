package dev.poxgen;

/**
 * How to write: indented (two spaces, one element a line) or compact, and whether to start with
 * an XML declaration. Always UTF-8, always the schema's namespaces.
 *
 * @param indent one element a line, indented by two spaces
 * @param declaration start with {@code <?xml version="1.0" encoding="utf-8"?>}
 */
public record WriteOptions(boolean indent, boolean declaration) {
  /** Indented, with a declaration: the default. */
  public static WriteOptions indented() {
    return new WriteOptions(true, true);
  }

  /** One line, with a declaration. */
  public static WriteOptions compact() {
    return new WriteOptions(false, true);
  }
}
