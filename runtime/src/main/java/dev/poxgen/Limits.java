package dev.poxgen;

/**
 * Bounds on what a document may make the reader do, checked as it reads. Defaults suit
 * Autodiscover responses (a large Exchange answer is under 10 KB and 8 levels deep) with room to
 * spare; raise them with the {@code with} methods.
 *
 * @param maxDepth element nesting
 * @param maxAttributes attributes on one element
 * @param maxNameLength characters in one element or attribute name
 * @param maxTextLength characters in one text value or attribute value
 * @param maxElements elements in the whole document
 * @param maxDocumentSize bytes (or characters, for a {@code Reader} or {@code String}) of input
 */
public record Limits(
    int maxDepth, int maxAttributes, int maxNameLength, int maxTextLength, int maxElements, long maxDocumentSize) {

  /** The defaults: depth 32, 64 attributes, names of 256, texts of 64 Ki, 100,000 elements, 8 MiB. */
  public static final Limits DEFAULTS = new Limits(32, 64, 256, 64 * 1024, 100_000, 8L * 1024 * 1024);

  public Limits {
    if (maxDepth < 1 || maxAttributes < 0 || maxNameLength < 1 || maxTextLength < 0 || maxElements < 1
        || maxDocumentSize < 1) {
      throw new IllegalArgumentException("limits must be positive: " + this);
    }
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
}
