package dev.poxgen;

import org.jspecify.annotations.Nullable;

/**
 * Bounds on what a document may make the reader do, checked as it reads. Defaults suit
 * Autodiscover responses (a large Exchange answer is under 10 KB and 8 levels deep) with room to
 * spare; raise them with the {@code with} methods. Immutable, with value equality.
 */
public final class Limits {
  /** The defaults: depth 32, 64 attributes, names of 256, texts of 64 Ki, 100,000 elements, 8 MiB. */
  public static final Limits DEFAULTS = new Limits(32, 64, 256, 64 * 1024, 100_000, 8L * 1024 * 1024);

  private final int maxDepth;
  private final int maxAttributes;
  private final int maxNameLength;
  private final int maxTextLength;
  private final int maxElements;
  private final long maxDocumentSize;

  /**
   * @param maxDepth element nesting
   * @param maxAttributes attributes on one element
   * @param maxNameLength characters in one element or attribute name
   * @param maxTextLength characters in one text value or attribute value
   * @param maxElements elements in the whole document
   * @param maxDocumentSize bytes (or characters, for a {@code Reader} or {@code String}) of input
   */
  public Limits(int maxDepth, int maxAttributes, int maxNameLength, int maxTextLength, int maxElements,
      long maxDocumentSize) {
    this.maxDepth = maxDepth;
    this.maxAttributes = maxAttributes;
    this.maxNameLength = maxNameLength;
    this.maxTextLength = maxTextLength;
    this.maxElements = maxElements;
    this.maxDocumentSize = maxDocumentSize;
    if (maxDepth < 1 || maxAttributes < 0 || maxNameLength < 1 || maxTextLength < 0 || maxElements < 1
        || maxDocumentSize < 1) {
      throw new IllegalArgumentException("limits must be positive: " + this);
    }
  }

  /** Element nesting. */
  public int maxDepth() {
    return maxDepth;
  }

  /** Attributes on one element. */
  public int maxAttributes() {
    return maxAttributes;
  }

  /** Characters in one element or attribute name. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** Characters in one text value or attribute value. */
  public int maxTextLength() {
    return maxTextLength;
  }

  /** Elements in the whole document. */
  public int maxElements() {
    return maxElements;
  }

  /** Bytes (or characters, for a {@code Reader} or {@code String}) of input. */
  public long maxDocumentSize() {
    return maxDocumentSize;
  }

  public Limits withMaxDepth(int n) {
    return new Limits(n, maxAttributes, maxNameLength, maxTextLength, maxElements, maxDocumentSize);
  }

  public Limits withMaxAttributes(int n) {
    return new Limits(maxDepth, n, maxNameLength, maxTextLength, maxElements, maxDocumentSize);
  }

  public Limits withMaxNameLength(int n) {
    return new Limits(maxDepth, maxAttributes, n, maxTextLength, maxElements, maxDocumentSize);
  }

  public Limits withMaxTextLength(int n) {
    return new Limits(maxDepth, maxAttributes, maxNameLength, n, maxElements, maxDocumentSize);
  }

  public Limits withMaxElements(int n) {
    return new Limits(maxDepth, maxAttributes, maxNameLength, maxTextLength, n, maxDocumentSize);
  }

  public Limits withMaxDocumentSize(long n) {
    return new Limits(maxDepth, maxAttributes, maxNameLength, maxTextLength, maxElements, n);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Limits l && maxDepth == l.maxDepth && maxAttributes == l.maxAttributes
        && maxNameLength == l.maxNameLength && maxTextLength == l.maxTextLength && maxElements == l.maxElements
        && maxDocumentSize == l.maxDocumentSize;
  }

  @Override
  public int hashCode() {
    // By hand: Objects.hash boxes each field into an array, and each read looks its factory up by Limits.
    int h = maxDepth;
    h = 31 * h + maxAttributes;
    h = 31 * h + maxNameLength;
    h = 31 * h + maxTextLength;
    h = 31 * h + maxElements;
    return 31 * h + Long.hashCode(maxDocumentSize);
  }

  @Override
  public String toString() {
    return "Limits[maxDepth=" + maxDepth + ", maxAttributes=" + maxAttributes + ", maxNameLength=" + maxNameLength
        + ", maxTextLength=" + maxTextLength + ", maxElements=" + maxElements + ", maxDocumentSize="
        + maxDocumentSize + "]";
  }
}
