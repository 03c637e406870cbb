package dev.poxgen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What reading a document gave: the typed value and every finding, in document order. A document
 * that cannot be read as XML at all is not a result but a {@link PoxReadException}.
 *
 * @param <T> the type of the document element
 */
public final class ReadResult<T> {
  private final T value;
  private final List<Finding> findings;

  public ReadResult(T value, List<Finding> findings) {
    this.value = Objects.requireNonNull(value, "value");
    this.findings = Copies.list(findings);
  }

  /** The typed value, with everything the document held: unknown content is in its extras. */
  public T value() {
    return value;
  }

  /** Every finding, errors and warnings, in document order. */
  public List<Finding> findings() {
    return findings;
  }

  /** The errors among the findings, in document order. */
  public List<Finding> errors() {
    return select(true);
  }

  /** The warnings among the findings, in document order. */
  public List<Finding> warnings() {
    return select(false);
  }

  private List<Finding> select(boolean errors) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.isError() == errors) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  public boolean hasErrors() {
    for (Finding f : findings) {
      if (f.isError()) {
        return true;
      }
    }
    return false;
  }

  /** True when there is no finding at all. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  @Override
  public String toString() {
    return "ReadResult{value=" + value + ", findings=" + findings + "}";
  }
}
