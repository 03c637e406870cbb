package dev.poxgen.examples.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documents tests read: the workspace's real-world corpus ({@code ../shared/corpus}, read in
 * place, absent in a user's clone) and the project's own samples, with the checked-in verdict
 * tables of the JDK's XSD validator.
 */
public final class Corpus {
  private Corpus() {}

  public static final String ABSENT =
      "../shared/corpus is not beside this clone (as in a user's clone); skipping what reads it."
          + " The project's own samples cover the same quirks.";

  /** A row of a verdict table. */
  public record Verdict(String file, boolean valid, String kind, int line, String reason) {}

  public static Path root() {
    String configured = System.getProperty("poxgen.repo.root");
    Path p = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
    return p.toAbsolutePath().normalize();
  }

  public static Path samples() {
    return root().resolve("examples/samples");
  }

  public static Optional<Path> corpus() {
    Path p = root().resolveSibling("shared").resolve("corpus");
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  public static List<Path> xmlFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The verdict table of the corpus or of the samples, as the processor's schema test keeps it. */
  public static Map<String, Verdict> verdicts(String table) {
    Path file = root().resolve("processor/src/test/resources/schema").resolve(table);
    Map<String, Verdict> rows = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        boolean valid = c[1].equals("valid");
        rows.put(c[0], new Verdict(c[0], valid, c[2], valid ? 0 : Integer.parseInt(c[3]), c[5]));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return rows;
  }
}
