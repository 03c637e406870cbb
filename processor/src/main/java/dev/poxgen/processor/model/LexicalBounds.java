package dev.poxgen.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The bounds facets of a date or time type as the schema writes them ({@code 2024-01-01Z}): they
 * are compared in the type's value space by the runtime, not as numbers.
 *
 * @param minInclusive the value must not be earlier
 * @param maxInclusive the value must not be later
 * @param minExclusive the value must be later
 * @param maxExclusive the value must be earlier
 */
public record LexicalBounds(
    Optional<String> minInclusive, Optional<String> maxInclusive, Optional<String> minExclusive,
    Optional<String> maxExclusive) {
  /** No bounds. */
  public static final LexicalBounds NONE =
      new LexicalBounds(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public LexicalBounds {
    Objects.requireNonNull(minInclusive);
    Objects.requireNonNull(maxInclusive);
    Objects.requireNonNull(minExclusive);
    Objects.requireNonNull(maxExclusive);
  }

  /** Whether there is any bound. */
  public boolean any() {
    return minInclusive.isPresent() || maxInclusive.isPresent() || minExclusive.isPresent() || maxExclusive.isPresent();
  }
}
