package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.poxgen.processor.testing.ClassFiles;
import dev.poxgen.processor.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every generated method stays small: HotSpot never compiles a method over 8,000 bytes of
 * bytecode, and C2 gives up on much smaller ones with many branches. The bytecode of every class
 * compiled from the generated sources is read, for the bundled schema and for {@code wide}, one
 * type with 200 child elements and 100 attributes. And {@code equals}, {@code hashCode} and
 * {@code toString} read one property per line, as AutoValue's and Immutables' do.
 */
class GeneratedMethodSizeTest {
  /** The most bytecode a generated method may have: a quarter of HotSpot's limit. */
  static final int MAX_CODE_LENGTH = 2_000;

  private static final int MAX_LINE = 100;

  @ParameterizedTest
  @ValueSource(strings = {"bundled", "wide"})
  void noGeneratedMethodHasMoreThan2000BytesOfBytecode(String fixture) throws IOException {
    Compilation c = compile(fixture);
    List<ClassFiles.Method> methods = new ArrayList<>();
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS && !f.getName().endsWith("/Check.class")) {
        try (InputStream in = f.openInputStream()) {
          methods.addAll(ClassFiles.methods(in.readAllBytes()));
        }
      }
    }
    assertWithMessage("the classes of %s were read", fixture)
        .that(methods.stream().map(ClassFiles.Method::className).distinct().count())
        .isAtLeast(4);
    List<ClassFiles.Method> tooLarge = methods.stream()
        .filter(m -> m.codeLength() > MAX_CODE_LENGTH)
        .sorted(Comparator.comparingInt(ClassFiles.Method::codeLength).reversed())
        .toList();
    assertWithMessage("generated methods of %s over %s bytes of bytecode", fixture, MAX_CODE_LENGTH)
        .that(tooLarge).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bundled", "wide"})
  void equalsHashCodeAndToStringHaveNoLineOver100Characters(String fixture) throws IOException {
    Compilation c = compile(fixture);
    List<String> tooLong = new ArrayList<>();
    int methods = 0;
    for (JavaFileObject f : c.generatedSourceFiles()) {
      String[] lines = f.getCharContent(true).toString().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (!line.equals("  public boolean equals(@Nullable Object other) {")
            && !line.equals("  public int hashCode() {") && !line.equals("  public String toString() {")) {
          continue;
        }
        methods++;
        for (int j = i; j < lines.length && !lines[j].equals("  }"); j++) {
          if (lines[j].length() > MAX_LINE) {
            tooLong.add(f.getName() + ":" + (j + 1) + " (" + lines[j].length() + "): " + lines[j].strip());
          }
        }
      }
    }
    assertWithMessage("equals, hashCode and toString found in %s", fixture).that(methods).isAtLeast(3);
    assertWithMessage("lines over %s characters in equals, hashCode and toString of %s", MAX_LINE, fixture)
        .that(tooLong).isEmpty();
  }

  private static Compilation compile(String fixture) {
    Compilation c = fixture.equals("bundled") ? Fixtures.compileBundled(fixture) : Fixtures.compileWithXsd(fixture);
    assertThat(c).succeededWithoutWarnings();
    return c;
  }
}
