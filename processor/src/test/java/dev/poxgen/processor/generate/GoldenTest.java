package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.poxgen.processor.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Exact text of generated files, so formatting and Javadoc are checked too, and a change to what
 * users see in their IDE shows in review: an enum and value classes, and for the small fixture
 * every kind of file (value classes, enum, rules, reader, writer, validator, facade), and for the
 * controls fixture how schema text with control characters shows in Javadoc. After a
 * deliberate change, regenerate with {@code mvn -pl processor test -Dtest=GoldenTest
 * -Dpoxgen.updateGoldens=true} and review the diff.
 */
class GoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("poxgen.updateGoldens");

  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({"enumeration, Color", "defaults, Settings", "bundled, OnOff",
      "small, Order", "small, Item", "small, Wrap", "small, SchemaRules", "small, SchemaXmlReader",
      "small, SchemaXmlWriter", "small, SchemaValidator", "small, SchemaXml", "controls, Mark", "controls, Note",
      "simpleroot, Note", "simpleroot, CountElement", "simpleroot, SchemaDocument", "anytype, Envelope", "anytype, Anything",
      "wildcards, Open", "wildcards, SchemaXmlReader", "wildcards, SchemaValidator", "derivation, ShortAddress",
      "derivation, Discount", "anyelements, Other",
      "anyelements, SchemaXmlReader", "anydocuments, SchemaXmlWriter",
      "laxdocuments, SchemaXmlReader", "laxdocuments, SchemaValidator", "mixed, Para", "mixed, SchemaXmlWriter",
      "xsitype, Shape", "xsitype, ContactFamily", "xsitype, SchemaXmlReader",
      "nillable, Detail", "nillable, SchemaXmlReader", "nillable, SchemaValidator", "nillable, SchemaRules",
      "shareddocuments, ReplyTo", "shareddocuments, SchemaDocumentKind", "shareddocuments, SchemaXml"})
  void generatedSourceIsExactlyTheGolden(String fixture, String type) throws IOException {
    Compilation c = fixture.equals("bundled") ? Fixtures.compileBundled(fixture) : Fixtures.compileWithXsd(fixture);
    assertThat(c).succeeded();
    JavaFileObject file = c.generatedSourceFile("fixture/" + fixture + "/" + type).orElseThrow();
    String actual = file.getCharContent(true).toString();
    String resource = "golden/" + fixture + "/" + type + ".java.txt";
    if (UPDATE) {
      Path target = Path.of("src/test/resources").resolve(resource);
      Files.createDirectories(target.getParent());
      Files.writeString(target, actual);
      return;
    }
    try (InputStream in = GoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertWithMessage("no golden %s; run with -Dpoxgen.updateGoldens=true", resource).that(in).isNotNull();
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertWithMessage("%s differs from its golden; if the change is intended, regenerate (see GoldenTest)", resource)
          .that(actual).isEqualTo(expected);
    }
  }
}
