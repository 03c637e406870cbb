package dev.poxgen;

/** How strictly a document is read. */
public enum Mode {
  /**
   * Reads what real servers send: elements are matched by local name, so the {@code https://}
   * spelling of a namespace and a namespace inherited from the parent are read, each reported as
   * a warning, as are children out of order and unknown elements and attributes (which are kept).
   * Values outside their type are still errors.
   */
  LENIENT,
  /** The document must match the schema exactly; every deviation is an error. */
  STRICT
}
