package dev.poxgen;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What writing a value did: the findings for content the schema forbids that the value carried
 * (read leniently, and written back rather than dropped). Empty when the output is schema-valid.
 */
public final class WriteResult {
  private final List<Finding> findings;

  /** @param findings what the output holds that the schema forbids */
  public WriteResult(List<Finding> findings) {
    this.findings = Copies.list(findings);
  }

  /** What the output holds that the schema forbids, in document order. */
  public List<Finding> findings() {
    return findings;
  }

  /** True when the written document is one the strict reader accepts. */
  public boolean isClean() {
    return findings.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WriteResult w && findings.equals(w.findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  @Override
  public String toString() {
    return "WriteResult[findings=" + findings + "]";
  }
}
