package dev.poxgen;

import java.util.List;

/**
 * What writing a value did: the findings for content the schema forbids that the value carried
 * (read leniently, and written back rather than dropped). Empty when the output is schema-valid.
 */
public record WriteResult(List<Finding> findings) {
  public WriteResult {
    findings = List.copyOf(findings);
  }

  /** True when the written document is one the strict reader accepts. */
  public boolean isClean() {
    return findings.isEmpty();
  }
}
