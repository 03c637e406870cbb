package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.poxgen.internal.RuntimeVersion;
import dev.poxgen.processor.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Generated code checks at class initialisation that the runtime runs code of the version that
 * generated it: the facade and the validator, which every use goes through, open with the check,
 * naming this processor's version, which is the runtime's of the same build.
 */
class RuntimeCheckTest {
  @Test
  void theFacadeAndTheValidatorCheckTheRuntimeFirst() throws Throwable {
    Compilation c = Fixtures.compileBundled("bundled");
    CompilationSubject.assertThat(c).succeededWithoutWarnings();
    for (String entry : new String[] {"AutodiscoverXml", "AutodiscoverValidator"}) {
      String source = c.generatedSourceFile("fixture/bundled/" + entry).orElseThrow().getCharContent(true).toString();
      String check = "RuntimeVersion.require(\"" + RuntimeVersion.CURRENT + "\", " + entry + ".class);";
      assertThat(source).contains("import dev.poxgen.internal.RuntimeVersion;");
      assertThat(source).contains("  static {\n    // Fails at once, naming both versions, when the runtime cannot run"
          + " code of this version.\n    " + check + "\n  }\n");
      // Before anything else the class runs: no static field is initialised ahead of the check
      // (a String constant with a literal value is a compile-time constant: nothing runs for it).
      String ahead = source.substring(0, source.indexOf(check)).replaceAll("static final String \\w+ =\\s*\"[^\"]*\";", "");
      assertThat(ahead).doesNotContainMatch("static final [^(]*=");
    }
    // On the runtime of the same build, initialising them passes.
    assertThat(Fixtures.initialise(c, "fixture.bundled.AutodiscoverXml").getSimpleName()).isEqualTo("AutodiscoverXml");
    assertThat(Fixtures.initialise(c, "fixture.bundled.AutodiscoverValidator").getSimpleName())
        .isEqualTo("AutodiscoverValidator");
  }
}
