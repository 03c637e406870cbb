package dev.poxgen.processor.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The constraining facets of a simple type, merged down its restriction chain (the most derived
 * value wins; enumerations and patterns of the most derived step that states any).
 */
public record Facets(
    List<EnumerationValue> enumerations,
    List<String> patterns,
    OptionalInt length,
    OptionalInt minLength,
    OptionalInt maxLength,
    Optional<BigDecimal> minInclusive,
    Optional<BigDecimal> maxInclusive,
    Optional<BigDecimal> minExclusive,
    Optional<BigDecimal> maxExclusive,
    OptionalInt totalDigits,
    OptionalInt fractionDigits,
    WhiteSpace whiteSpace,
    LexicalBounds lexicalBounds) {

  public Facets {
    enumerations = List.copyOf(enumerations);
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(length);
    Objects.requireNonNull(minLength);
    Objects.requireNonNull(maxLength);
    Objects.requireNonNull(minInclusive);
    Objects.requireNonNull(maxInclusive);
    Objects.requireNonNull(minExclusive);
    Objects.requireNonNull(maxExclusive);
    Objects.requireNonNull(totalDigits);
    Objects.requireNonNull(fractionDigits);
    Objects.requireNonNull(whiteSpace);
    Objects.requireNonNull(lexicalBounds);
  }

  /** Facets without bounds in a value space of their own (those of the date and time types). */
  public Facets(List<EnumerationValue> enumerations, List<String> patterns, OptionalInt length, OptionalInt minLength,
      OptionalInt maxLength, Optional<BigDecimal> minInclusive, Optional<BigDecimal> maxInclusive,
      Optional<BigDecimal> minExclusive, Optional<BigDecimal> maxExclusive, OptionalInt totalDigits,
      OptionalInt fractionDigits, WhiteSpace whiteSpace) {
    this(enumerations, patterns, length, minLength, maxLength, minInclusive, maxInclusive, minExclusive, maxExclusive,
        totalDigits, fractionDigits, whiteSpace, LexicalBounds.NONE);
  }

  /** No facets beyond the whitespace rule. */
  public static Facets none(WhiteSpace whiteSpace) {
    return new Facets(
        List.of(), List.of(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        OptionalInt.empty(), OptionalInt.empty(), whiteSpace);
  }

  /** These facets with the given patterns, all of which apply, in place of the ones they hold. */
  public Facets withPatterns(List<String> patterns) {
    return new Facets(enumerations, patterns, length, minLength, maxLength, minInclusive, maxInclusive,
        minExclusive, maxExclusive, totalDigits, fractionDigits, whiteSpace, lexicalBounds);
  }

  public boolean isEnumeration() {
    return !enumerations.isEmpty();
  }

  /** These facets with the given bounds of a date or time type in place of the ones they hold. */
  public Facets withLexicalBounds(LexicalBounds bounds) {
    return new Facets(enumerations, patterns, length, minLength, maxLength, minInclusive, maxInclusive,
        minExclusive, maxExclusive, totalDigits, fractionDigits, whiteSpace, bounds);
  }
}
