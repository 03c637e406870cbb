package dev.poxgen.processor.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where tests find the repository's own files and the workspace's shared folder. The shared
 * folder ({@code ../shared} beside the clone) is absent in a user's clone; tests that need it skip.
 */
public final class RepoPaths {
  private RepoPaths() {}

  /** The repository root: Maven passes it as {@code poxgen.repo.root}; else found from here up. */
  public static Path root() {
    String configured = System.getProperty("poxgen.repo.root");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("examples/samples"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  /** The project's own sample documents. */
  public static Path samples() {
    return root().resolve("examples/samples");
  }

  /** {@code ../shared/corpus}, when present. */
  public static Optional<Path> corpus() {
    return shared("corpus");
  }

  /** {@code ../shared/reference/pox-docs}, when present. */
  public static Optional<Path> poxDocs() {
    return shared("reference/pox-docs");
  }

  /** {@code ../shared/w3c-xsdtests}, the W3C XML Schema test suite, when present. */
  public static Optional<Path> w3cSuite() {
    return shared("w3c-xsdtests");
  }

  /** The shared folder: {@code -Dpoxgen.shared=DIR} when given (for a clone elsewhere), else {@code ../shared}. */
  private static Optional<Path> shared(String sub) {
    String configured = System.getProperty("poxgen.shared");
    Path shared = configured != null && !configured.isBlank() ? Path.of(configured) : root().resolveSibling("shared");
    Path p = shared.resolve(sub);
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  public static final String NO_SHARED =
      "../shared is not beside this clone (as in a user's clone); skipping the check that reads it."
          + " The project's own samples cover the same quirks.";
}
