package dev.poxgen.processor.model;

/**
 * How often a particle may occur: {@code minOccurs} and {@code maxOccurs}, with {@link #UNBOUNDED}
 * for {@code maxOccurs="unbounded"}.
 */
public record Occurrence(int min, int max) {
  public static final int UNBOUNDED = Integer.MAX_VALUE;
  public static final Occurrence ONE = new Occurrence(1, 1);
  public static final Occurrence OPTIONAL = new Occurrence(0, 1);
  public static final Occurrence MANY = new Occurrence(0, UNBOUNDED);

  public Occurrence {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("occurrence " + min + ".." + max);
    }
  }

  public boolean isOptional() {
    return min == 0;
  }

  /** True when more than one occurrence is allowed. */
  public boolean isRepeated() {
    return max > 1;
  }

  @Override
  public String toString() {
    return min + ".." + (max == UNBOUNDED ? "*" : Integer.toString(max));
  }
}
