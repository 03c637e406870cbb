package dev.poxgen.processor.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.poxgen.processor.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated API, exercised: each fixture's {@code Check.java} uses what poxgen generates for
 * one construct, compiles with {@code -Xlint:all -Werror} and its assertions pass.
 */
class GeneratedApiTest {
  @Test
  void theBundledSchemaGeneratesAnApiAClientCanUse() throws Throwable {
    Compilation c = Fixtures.compileBundled("bundled");
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("fixture/bundled/Protocol").contentsAsUtf8String()
        .contains("@Generated(\"dev.poxgen.processor.PoxProcessor\")");
    assertThat(c).generatedSourceFile("fixture/bundled/OnOff").contentsAsUtf8String()
        .contains("ON(\"on\", \"On\")");
    Fixtures.runCheck(c, "bundled");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "enumeration", "defaults", "repeated", "attribute", "anonymous", "collision", "hyphenated", "keyword", "codes", "recursive",
      "small", "wide", "forms", "shareddocuments", "sharednames", "simpleroot", "anytype", "builtins", "wildcards", "derivation", "anyelements", "anydocuments", "laxdocuments", "noroots", "unions", "dates", "binary", "identity", "namespaces", "ids", "datefacets", "globalattributes", "mixed", "lists", "patterns", "qnames", "nillable", "fixed", "substitution", "choices", "xsitype", "numberenums", "xsisimple", "qnamedefaults", "wildcardkinds"})
  void eachConstructGeneratesWhatItsCheckExpects(String construct) throws Throwable {
    Compilation c = Fixtures.compileWithXsd(construct);
    assertThat(c).succeededWithoutWarnings();
    Fixtures.runCheck(c, construct);
  }

  @Test
  void everyGeneratedTypeIsDocumentedMarkedGeneratedAndNullMarked() {
    Compilation c = Fixtures.compileBundled("bundled");
    assertThat(c).succeeded();
    c.generatedSourceFiles().forEach(f -> {
      String name = f.getName();
      if (name.endsWith("Check.java")) {
        return;
      }
      assertThat(c).generatedSourceFile(name.substring(name.indexOf("fixture/"), name.length() - ".java".length()))
          .contentsAsUtf8String()
          .containsMatch("(?s)/\\*\\*.*\\*/\\s*@Generated\\(\"dev.poxgen.processor.PoxProcessor\"\\)\\s*@NullMarked\\s*(public )?(final |sealed )?(class|enum|interface)");
    });
  }
}
