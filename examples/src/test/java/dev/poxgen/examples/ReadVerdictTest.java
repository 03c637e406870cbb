package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.poxgen.Finding;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverDocument;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.testing.Corpus;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus document and sample read with the generated reader: leniently, with no error but
 * for the documents the JDK's validator rejects for a real violation; strictly, with the JDK's
 * verdict exactly.
 */
class ReadVerdictTest {
  @TestFactory
  Stream<DynamicTest> corpus() {
    Optional<Path> dir = Corpus.corpus();
    assumeTrue(dir.isPresent(), Corpus.ABSENT);
    return cases(dir.get(), Corpus.verdicts("corpus-verdicts.tsv"));
  }

  @TestFactory
  Stream<DynamicTest> samples() {
    return cases(Corpus.samples(), Corpus.verdicts("sample-verdicts.tsv"));
  }

  private static Stream<DynamicTest> cases(Path dir, Map<String, Corpus.Verdict> verdicts) {
    return verdicts.values().stream().map(v -> DynamicTest.dynamicTest(v.file(), () -> check(dir.resolve(v.file()), v)));
  }

  private static void check(Path file, Corpus.Verdict verdict) throws PoxReadException {
    if (verdict.kind().equals("not-well-formed")) {
      PoxReadException e = assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.of(file)));
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.getMessage()).contains("whitespace before the XML declaration");
      assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.of(file), ReadOptions.strict()));
      return;
    }
    ReadResult<AutodiscoverDocument> lenient = AutodiscoverXml.read(XmlInput.of(file));
    if (verdict.valid()) {
      assertWithMessage("%s is schema-valid; lenient reading must find nothing", file.getFileName())
          .that(lenient.findings()).isEmpty();
    }
    ReadResult<AutodiscoverDocument> strict = AutodiscoverXml.read(XmlInput.of(file), ReadOptions.strict());
    assertWithMessage("%s: the JDK says %s (%s); poxgen's strict reading found %s", file.getFileName(),
        verdict.valid() ? "valid" : "invalid", verdict.reason(), strict.findings())
        .that(strict.hasErrors()).isEqualTo(!verdict.valid());
    if (!verdict.valid()) {
      // Where the JDK names a child as unexpected, poxgen may name its parent's namespace: the
      // same fault, found no later.
      Finding first = strict.errors().get(0);
      assertWithMessage("%s: the first error's line", file.getFileName()).that(first.line()).isAtMost(verdict.line());
      assertWithMessage("%s: the first error's line", file.getFileName()).that(first.line()).isAtLeast(verdict.line() - 1);
    }
  }
}
