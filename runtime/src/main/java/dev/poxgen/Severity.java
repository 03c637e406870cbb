package dev.poxgen;

/** How bad a finding is. */
public enum Severity {
  /** The document breaks the schema. */
  ERROR,
  /** The document deviates from the schema in a way lenient reading accepts. */
  WARNING;

  /** {@code error} or {@code warning}, as compilers print it. */
  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
