package dev.poxgen;

import org.jspecify.annotations.Nullable;

/**
 * How to write: indented (two spaces, one element a line) or compact, and whether to start with
 * an XML declaration. Always UTF-8, always the schema's namespaces. Immutable, with value equality.
 */
public final class WriteOptions {
  private final boolean indent;
  private final boolean declaration;

  /**
   * @param indent one element a line, indented by two spaces
   * @param declaration start with {@code <?xml version="1.0" encoding="utf-8"?>}
   */
  public WriteOptions(boolean indent, boolean declaration) {
    this.indent = indent;
    this.declaration = declaration;
  }

  /** Indented, with a declaration: the default. */
  public static WriteOptions indented() {
    return new WriteOptions(true, true);
  }

  /** One line, with a declaration. */
  public static WriteOptions compact() {
    return new WriteOptions(false, true);
  }

  /** One element a line, indented by two spaces. */
  public boolean indent() {
    return indent;
  }

  /** Whether the output starts with an XML declaration. */
  public boolean declaration() {
    return declaration;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WriteOptions w && indent == w.indent && declaration == w.declaration;
  }

  @Override
  public int hashCode() {
    return (indent ? 2 : 0) + (declaration ? 1 : 0);
  }

  @Override
  public String toString() {
    return "WriteOptions[indent=" + indent + ", declaration=" + declaration + "]";
  }
}
