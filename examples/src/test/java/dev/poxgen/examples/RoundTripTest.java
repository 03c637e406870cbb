package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.poxgen.Code;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverDocument;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluator;
import org.xmlunit.diff.DifferenceEvaluators;
import org.xmlunit.diff.ElementSelector;
import org.xmlunit.diff.ElementSelectors;

/**
 * Read, write, read again: the value is equal, and the written XML is equivalent to the input
 * (XMLUnit, similar: whitespace, comments, prefixes and child order aside; namespaces aside only
 * where the reader reported the document's namespace as a deviation, since poxgen writes the
 * schema's).
 */
class RoundTripTest {
  /** Elements matched by local name: for documents whose namespaces poxgen corrects on writing. */
  private static final ElementSelector BY_LOCAL_NAME =
      (control, test) -> control.getLocalName().equals(test.getLocalName());

  @TestFactory
  Stream<DynamicTest> corpus() {
    Optional<Path> dir = Corpus.corpus();
    assumeTrue(dir.isPresent(), Corpus.ABSENT);
    return Corpus.xmlFiles(dir.get()).stream()
        .filter(p -> !p.getFileName().toString().equals("chatmail-core__redirectUrl-leading-newline.xml"))
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> roundTrip(p)));
  }

  @TestFactory
  Stream<DynamicTest> samples() {
    return Corpus.xmlFiles(Corpus.samples()).stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> roundTrip(p)));
  }

  private static void roundTrip(Path file) throws Exception {
    String original = Files.readString(file, StandardCharsets.UTF_8);
    ReadResult<AutodiscoverDocument> first = AutodiscoverXml.read(XmlInput.of(file));
    String written = AutodiscoverXml.toXml(first.value());
    ReadResult<AutodiscoverDocument> second = AutodiscoverXml.read(XmlInput.ofString(written), ReadOptions.lenient());
    assertWithMessage("%s read back from what was written:\n%s", file.getFileName(), written)
        .that(second.value()).isEqualTo(first.value());
    boolean namespaceDeviations = first.findings().stream().anyMatch(f -> f.code() == Code.NAMESPACE);
    DifferenceEvaluator evaluator = DifferenceEvaluators.chain(DifferenceEvaluators.Default, (comparison, outcome) -> {
      if (outcome == ComparisonResult.DIFFERENT) {
        ComparisonType t = comparison.getType();
        if (t == ComparisonType.XML_STANDALONE || t == ComparisonType.XML_VERSION
            || t == ComparisonType.NAMESPACE_URI && namespaceDeviations) {
          return ComparisonResult.SIMILAR;
        }
      }
      return outcome;
    });
    Diff diff = DiffBuilder.compare(Input.fromString(original))
        .withTest(Input.fromString(written))
        .ignoreWhitespace()
        .ignoreComments()
        .withNodeMatcher(new DefaultNodeMatcher(namespaceDeviations ? BY_LOCAL_NAME : ElementSelectors.byName))
        .withDifferenceEvaluator(evaluator)
        .checkForSimilar()
        .build();
    assertWithMessage("%s written:\n%s\ndiffers: %s", file.getFileName(), written, diff).that(diff.hasDifferences()).isFalse();
    if (!first.hasErrors() && first.findings().isEmpty()) {
      assertThat(AutodiscoverXml.read(XmlInput.ofString(written), ReadOptions.strict()).findings()).isEmpty();
    }
  }

}
