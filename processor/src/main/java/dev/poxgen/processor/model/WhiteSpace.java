package dev.poxgen.processor.model;

/** The {@code whiteSpace} facet: what a simple type does to whitespace before checking a value. */
public enum WhiteSpace {
  /** Keep every character. */
  PRESERVE,
  /** Replace each tab, newline and carriage return with a space. */
  REPLACE,
  /** Replace, then drop leading and trailing spaces and fold runs of spaces to one. */
  COLLAPSE
}
