package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.poxgen.processor.GeneratedClaim;
import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.ProcessorAccess;
import dev.poxgen.processor.testing.DiskCompiler;
import dev.poxgen.processor.testing.Fixtures;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message of the catalogue, produced through javac: its text, the file and the line it is
 * reported on, and that nothing is generated for the failing annotation.
 */
class DiagnosticsTest {
  private static final Set<Message> COVERED = EnumSet.noneOf(Message.class);

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(ProcessorAccess.processor(), new GeneratedClaim()).withOptions(Fixtures.STRICT).compile(sources);
  }

  private static JavaFileObject annotated(String annotationLine) {
    return JavaFileObjects.forSourceLines("com.example.ad.package-info",
        "// the consumer's package",
        annotationLine,
        "package com.example.ad;");
  }

  private static void expectOnlyError(Compilation c, Message kind, String text, String line) {
    COVERED.add(kind);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[" + kind.tag() + "]");
    assertThat(c).hadErrorContaining(text).inFile(c.sourceFiles().get(0)).onLineContaining(line);
  }

  @Test
  void unknownBundledSchemaSuggestsTheNearestName() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(schema = \"autodiscovr\")"));
    expectOnlyError(c, Message.UNKNOWN_BUNDLED_SCHEMA,
        "No bundled schema is named \"autodiscovr\". Did you mean \"autodiscover\"? Bundled schemas: \"autodiscover\".",
        "schema = ");
  }

  @Test
  void schemaAndXsdTogether() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(schema = \"autodiscover\", xsd = \"my.xsd\")"));
    expectOnlyError(c, Message.SCHEMA_AND_XSD,
        "@GeneratePox names both schema = \"autodiscover\" and xsd = \"my.xsd\". Name one", "xsd = ");
  }

  @Test
  void missingXsdSaysWhereItLooked() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/absent.xsd\")"));
    expectOnlyError(c, Message.XSD_NOT_FOUND,
        "XSD \"fixtures/problems/absent.xsd\" was not found. Looked in: the annotation processor path,"
            + " the compile class path, the source path (no -Apoxgen.schemaPath directories given).",
        "xsd = ");
  }

  @Test
  void malformedXsdGivesTheLineInsideTheXsd() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/malformed.xsd\")"));
    expectOnlyError(c, Message.XSD_MALFORMED,
        "fixtures/problems/malformed.xsd cannot be read as XML Schema: line 4, column 3:", "@dev.poxgen.GeneratePox");
  }

  @Test
  void aPatternXsdDoesNotAllowIsMalformedWithItsOffset() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/bad-pattern.xsd\")"));
    expectOnlyError(c, Message.XSD_MALFORMED,
        "[poxgen:xsd-malformed] fixtures/problems/bad-pattern.xsd cannot be read as XML Schema: simpleType Price: the"
            + " pattern \"\\$[0-9]+\" is not a valid regular expression at offset 0: an escape XSD knows after \"\\\"",
        "@dev.poxgen.GeneratePox");
    assertThat(c).hadErrorContaining("not \"\\$\"");
  }

  @Test
  void badDefaultIsInvalidAtItsLine() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/bad-default.xsd\")"));
    expectOnlyError(c, Message.XSD_INVALID,
        "[poxgen:xsd-invalid] fixtures/problems/bad-default.xsd:4:", "@dev.poxgen.GeneratePox");
    assertThat(c).hadErrorContaining("'maybe'");
  }

  @Test
  void theJdkJudgesValidityAndEveryErrorIsListed() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/local-final.xsd\")"));
    assertThat(c).failed();
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[poxgen:xsd-invalid] fixtures/problems/local-final.xsd:4:");
    assertThat(c).hadErrorContaining("[poxgen:xsd-invalid] fixtures/problems/local-final.xsd:6:");
    assertThat(c).hadErrorContaining("(?-i:a)b");
  }

  @Test
  void everyProblemOfTheSchemaIsListedInOneCompile() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/several.xsd\")"));
    assertThat(c).failed();
    assertThat(c).hadErrorCount(3);
    assertThat(c).hadErrorContaining("complexType A > sequence > element Sizes:"
        + " the enumeration value \"--05--\" of xs:gMonth is in the form --MM--");
    assertThat(c).hadErrorContaining("complexType A > sequence > element Either:"
        + " the enumeration value \"--05--\" of xs:gMonth is in the form --MM--");
    assertThat(c).hadErrorContaining("the appinfo element <check> of urn:poxgen:rules is not supported");
  }

  @Test
  void theNillableElementWithoutAJavaShapeIsRefusedByName() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/nillable-list.xsd\")"));
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("fixtures/problems/nillable-list.xsd, element Row > complexType (anonymous) Row"
        + " > <Cell>: a repeated nillable element of a simple type (a list of its values has no place for a nil one)"
        + " is not supported by poxgen. Give it a complex type with simple content");
  }

  @Test
  void aCatalogThatIsNotThereIsNamed() {
    Compilation c = javac().withProcessors(ProcessorAccess.processor(), new GeneratedClaim())
        .withOptions("-Apoxgen.catalog=no/such/catalog.xml")
        .compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/dangling.xsd\")"));
    expectOnlyError(c, Message.XSD_CATALOG, "catalog.xml", "@dev.poxgen.GeneratePox");
    assertThat(c).hadErrorContaining("no/such/catalog.xml");
  }

  @Test
  void ruleOnAnEnumerationValueTheTypeLacksIsMalformed() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/bad-rule.xsd\")"));
    expectOnlyError(c, Message.XSD_MALFORMED,
        "[poxgen:xsd-malformed] fixtures/problems/bad-rule.xsd cannot be read as XML Schema: complexType S: the rule"
            + " needs-note compares <Mode> with \"maybe\", which is not one of its type's values [on, off]",
        "@dev.poxgen.GeneratePox");
  }

  @Test
  void aQNameDefaultWhosePrefixIsDeclaredWherePoxgenDoesNotLookIsRefusedNotResolvedToAnother() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/qname-default.xsd\")"));
    expectOnlyError(c, Message.XSD_UNSUPPORTED,
        "fixtures/problems/qname-default.xsd, element Fault > complexType (anonymous) Fault > <Code>: a default or"
            + " fixed value \"l:Server\" whose prefix l is declared neither on the xs:schema element nor on the"
            + " declaration (poxgen reads the prefixes of those two) is not supported by poxgen. Declare xmlns:l on"
            + " the xs:schema element.",
        "@dev.poxgen.GeneratePox");
  }

  @Test
  void aFixedValueOnAnElementOfSimpleContentIsRefusedByNameNotDropped() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/simple-content-default.xsd\")"));
    expectOnlyError(c, Message.XSD_UNSUPPORTED,
        "fixtures/problems/simple-content-default.xsd, element Item > complexType (anonymous) Item > <Price>: a default"
            + " or fixed value on an element of a complex type with simple content (the type Price), the text it"
            + " stands for when the element is empty is not supported by poxgen. Give the element a simple type",
        "@dev.poxgen.GeneratePox");
  }

  @Test
  void anIdentityConstraintOnOneOfTwoDeclarationsOfANameIsRefusedByNameNotSkipped() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/identity.xsd\")"));
    expectOnlyError(c, Message.XSD_UNSUPPORTED,
        "fixtures/problems/identity.xsd, element Catalog > complexType (anonymous) Catalog > choice > element Book:"
            + " an identity constraint (xs:key \"byPart\") on element \"Book\", which another declaration of that"
            + " name in complexType Catalog declares differently is not supported by poxgen.",
        "@dev.poxgen.GeneratePox");
  }

  @Test
  void aDefaultOnAnElementOfMixedContentIsRefusedNotDropped() {
    // Valid XML Schema (the particle is emptiable), so the JDK lets it through; poxgen says so.
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/mixed-default.xsd\")"));
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[poxgen:xsd-unsupported] fixtures/problems/mixed-default.xsd, complexType S");
    assertThat(c).hadErrorContaining("<Note>: a default or fixed value on an element of mixed content (the type"
        + " Note), the text it stands for when the element is empty is not supported by poxgen.");
  }

  @Test
  void danglingTypeReferenceIsInvalidAtItsLine() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/dangling.xsd\")"));
    expectOnlyError(c, Message.XSD_INVALID,
        "[poxgen:xsd-invalid] fixtures/problems/dangling.xsd:4:", "@dev.poxgen.GeneratePox");
    assertThat(c).hadErrorContaining("src-resolve");
    assertThat(c).hadErrorContaining("Missing");
  }

  @Test
  void twoTypesWithOneJavaName() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/clash.xsd\")"));
    expectOnlyError(c, Message.GENERATED_NAME_CLASH,
        "fixtures/problems/clash.xsd: complexType Foo-Bar; fixtures/problems/clash.xsd: complexType FooBar: the XML"
            + " names [\"{urn:fixture}Foo-Bar\", \"{urn:fixture}FooBar\"] all become the Java name \"FooBar\". Rename"
            + " one in the schema.",
        "@dev.poxgen.GeneratePox");
  }

  @Test
  void twoTypesWithOneJavaNameInTwoDocumentsNameBothFiles() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/clash-across.xsd\")"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("clash-across.xsd: complexType Foo-Bar");
    assertThat(c).hadErrorContaining("clash-part.xsd: complexType FooBar: the XML names");
  }

  @Test
  void twoPropertiesWithOneMemberName() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(xsd = \"fixtures/problems/member-clash.xsd\")"));
    expectOnlyError(c, Message.GENERATED_NAME_CLASH,
        "fixtures/problems/member-clash.xsd: complexType A: the XML names [\"{urn:fixture}Port\", \"{urn:fixture}PortLexical\"] all"
            + " become the Java name \"A.portLexical()\". Rename one in the schema.",
        "@dev.poxgen.GeneratePox");
  }

  @Test
  void annotationOnAClass() {
    Compilation c = compile(JavaFileObjects.forSourceLines("com.example.ad.Settings",
        "package com.example.ad;",
        "@dev.poxgen.GeneratePox",
        "public class Settings {}"));
    expectOnlyError(c, Message.NOT_A_PACKAGE,
        "@GeneratePox belongs on a package, in package-info.java, not on the class \"com.example.ad.Settings\".",
        "@dev.poxgen.GeneratePox");
  }

  @Test
  void badPackageName() {
    Compilation c = compile(annotated("@dev.poxgen.GeneratePox(packageName = \"com.example.2fa\")"));
    expectOnlyError(c, Message.BAD_PACKAGE_NAME,
        "packageName = \"com.example.2fa\" is not a valid Java package name.", "packageName = ");
  }

  @Test
  void twoAnnotationsClaimingOnePackage() {
    Compilation c = compile(
        JavaFileObjects.forSourceLines("com.example.a.package-info",
            "@dev.poxgen.GeneratePox(packageName = \"com.example.ad\")", "package com.example.a;"),
        JavaFileObjects.forSourceLines("com.example.b.package-info",
            "@dev.poxgen.GeneratePox(packageName = \"com.example.ad\")", "package com.example.b;"));
    COVERED.add(Message.PACKAGE_CLAIMED_TWICE);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(
            "[poxgen:package-claimed-twice] Package \"com.example.ad\" is already generated into by"
                + " @GeneratePox on package com.example.a. Give one of them another packageName.")
        .inFile(c.sourceFiles().get(1))
        .onLineContaining("packageName = ");
  }

  @Test
  void aTypeTheConsumerWroteIsNotReplaced() {
    Compilation c = compile(
        annotated("@dev.poxgen.GeneratePox"),
        JavaFileObjects.forSourceLines("com.example.ad.OnOff", "package com.example.ad;", "public enum OnOff { YES, NO }"));
    expectOnlyError(c, Message.NAME_COLLISION,
        "poxgen would generate com.example.ad.OnOff for \"{http://schemas.microsoft.com/exchange/autodiscover/"
            + "outlook/responseschema/2006a}OnOff\", but you already wrote a type with that name.",
        "@dev.poxgen.GeneratePox");
  }

  @Test
  void aTypeTheConsumerWroteInAnotherTargetPackageIsNotReplaced() {
    // The types are looked for in the package generated into, not the annotated one.
    Compilation c = compile(
        annotated("@dev.poxgen.GeneratePox(packageName = \"com.example.gen\")"),
        JavaFileObjects.forSourceLines("com.example.gen.Protocol", "package com.example.gen;",
            "public final class Protocol {}"));
    expectOnlyError(c, Message.NAME_COLLISION,
        "poxgen would generate com.example.gen.Protocol for \"{http://schemas.microsoft.com/exchange/autodiscover/"
            + "outlook/responseschema/2006a}Protocol\", but you already wrote a type with that name.",
        "packageName = ");
  }

  @Test
  void anUnexpectedFailureIsAnErrorNotACrash() {
    Compilation c = javac()
        .withProcessors(ProcessorAccess.failingWith(new IllegalStateException("boom")))
        .compile(annotated("@dev.poxgen.GeneratePox"));
    COVERED.add(Message.INTERNAL_ERROR);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[poxgen:internal] poxgen failed unexpectedly while generating for"
            + " com.example.ad: java.lang.IllegalStateException: boom. This is a bug in poxgen")
        .inFile(c.sourceFiles().get(0))
        .onLineContaining("@dev.poxgen.GeneratePox");
  }

  @Test
  void problemsInOnePackageDoNotStopAnotherAndNothingIsWrittenForIt(@TempDir Path work) {
    DiskCompiler.Result r = DiskCompiler.compile(work, ProcessorAccess.processor(), List.of(
        JavaFileObjects.forSourceLines("com.example.bad.package-info",
            "@dev.poxgen.GeneratePox(schema = \"nope\")", "package com.example.bad;"),
        JavaFileObjects.forSourceLines("com.example.good.package-info",
            "@dev.poxgen.GeneratePox", "package com.example.good;")));
    assertThat(r.success()).isFalse();
    assertThat(r.diagnostics().getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList())
        .containsExactly("[poxgen:unknown-schema] No bundled schema is named \"nope\". Bundled schemas:"
            + " \"autodiscover\". To use your own XSD, set xsd = \"path/to/schema.xsd\" instead.");
    assertThat(r.generatedSources()).contains("com/example/good/Protocol.java");
    assertThat(r.generatedSources().stream().filter(f -> f.startsWith("com/example/bad/")).toList()).isEmpty();
  }

  /**
   * Messages a user's schema cannot reach through the processor, since the JDK refuses such a
   * schema first (an undeclared component, definitions without end); they remain for the bundled
   * schemas, which are trusted, and SchemaLoaderTest and SchemaFilesTest test them there.
   */
  private static final Set<Message> BEHIND_THE_JDK = EnumSet.of(Message.XSD_UNRESOLVED, Message.XSD_CYCLE);

  @AfterAll
  static void everyMessageHasATest() {
    Set<Message> covered = EnumSet.copyOf(COVERED);
    covered.addAll(BEHIND_THE_JDK);
    assertThat(covered).containsExactlyElementsIn(EnumSet.allOf(Message.class));
  }
}
