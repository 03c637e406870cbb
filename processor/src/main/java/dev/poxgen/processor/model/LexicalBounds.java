package dev.poxgen.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The bounds facets of a date or time type ({@code 2024-01-01Z}), or of {@code xs:float} or {@code
 * xs:double} ({@code 1.5E3}, {@code INF}, {@code NaN}), as the schema writes them: they are compared
 * in the type's value space, not as decimals.
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
