package dev.poxgen.processor.model;

/** How the particles of a group combine. */
public enum Compositor {
  /** In the order given. */
  SEQUENCE,
  /** Exactly one of them. */
  CHOICE,
  /** In any order, each at most once. */
  ALL
}
