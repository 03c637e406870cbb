package dev.poxgen.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.poxgen.processor.testing.JdkXsdValidator;
import dev.poxgen.processor.testing.JdkXsdValidator.Finding;
import dev.poxgen.processor.testing.RepoPaths;
import dev.poxgen.processor.testing.VerdictTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled XSD, checked with the JDK's own validator against real-world documents (read in
 * place from {@code ../shared/corpus}) and against the project's own samples: each document's
 * verdict, and for an invalid one the violation, must be what the checked-in table says.
 */
class BundledSchemaCorpusTest {
  private static final JdkXsdValidator JDK = JdkXsdValidator.autodiscover();

  @Test
  void everyCorpusFileHasARowAndEveryRowAFile() throws IOException {
    Optional<Path> corpus = RepoPaths.corpus();
    assumeTrue(corpus.isPresent(), RepoPaths.NO_SHARED);
    Map<String, VerdictTable.Row> table = VerdictTable.load("/schema/corpus-verdicts.tsv");
    assertThat(new TreeSet<>(table.keySet())).containsExactlyElementsIn(xmlFiles(corpus.get()));
  }

  @TestFactory
  Stream<DynamicTest> corpusVerdicts() throws IOException {
    Optional<Path> corpus = RepoPaths.corpus();
    assumeTrue(corpus.isPresent(), RepoPaths.NO_SHARED);
    return verdicts(corpus.get(), VerdictTable.load("/schema/corpus-verdicts.tsv"));
  }

  @Test
  void everySampleHasARowAndEveryRowASample() throws IOException {
    Map<String, VerdictTable.Row> table = VerdictTable.load("/schema/sample-verdicts.tsv");
    assertThat(new TreeSet<>(table.keySet())).containsExactlyElementsIn(xmlFiles(RepoPaths.samples()));
  }

  @TestFactory
  Stream<DynamicTest> sampleVerdicts() throws IOException {
    return verdicts(RepoPaths.samples(), VerdictTable.load("/schema/sample-verdicts.tsv"));
  }

  @Test
  void samplesCoverTheCorpusQuirksAndBothVerdicts() throws IOException {
    Map<String, VerdictTable.Row> table = VerdictTable.load("/schema/sample-verdicts.tsv");
    assertThat(table.values().stream().filter(VerdictTable.Row::valid).count()).isAtLeast(5);
    assertThat(table.values().stream().filter(r -> !r.valid()).map(VerdictTable.Row::kind).toList())
        .containsAtLeast("duplicate-element", "namespace", "range");
    String all = String.join("\n", readAll(RepoPaths.samples()));
    assertThat(all).contains("<SSL>On</SSL>");
    assertThat(all).contains("<Encryption>TLS</Encryption>");
    assertThat(all).contains("<SMTPLast>on</SMTPLast>");
    assertThat(all).contains("<RedirectAddr>");
    assertThat(all).contains("<ErrorCode>600</ErrorCode>");
    assertThat(all).contains("Protocol Type=\"mapiHttp\"");
  }

  private static Stream<DynamicTest> verdicts(Path dir, Map<String, VerdictTable.Row> table) {
    return table.values().stream()
        .map(row -> DynamicTest.dynamicTest(row.file(), () -> check(dir.resolve(row.file()), row)));
  }

  private static void check(Path file, VerdictTable.Row row) throws IOException {
    List<Finding> findings = JDK.validate(file);
    if (row.valid()) {
      assertWithMessage("%s is listed valid, but the JDK reports", row.file()).that(findings).isEmpty();
      return;
    }
    assertWithMessage("%s is listed invalid (%s), but the JDK accepts it", row.file(), row.reason())
        .that(findings).isNotEmpty();
    Finding first = findings.get(0);
    assertWithMessage("%s: first problem", row.file()).that(first.message()).contains(row.messageFragment());
    assertWithMessage("%s: line of the first problem (%s)", row.file(), first).that(first.line()).isEqualTo(row.line());
    assertWithMessage("%s: fatal (not well-formed)", row.file())
        .that(first.fatal()).isEqualTo(row.kind().equals("not-well-formed"));
  }

  private static List<String> xmlFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList();
    }
  }

  private static List<String> readAll(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
