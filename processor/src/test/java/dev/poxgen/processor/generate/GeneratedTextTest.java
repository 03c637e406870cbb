package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.poxgen.processor.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated sources are plain text a user can read, grep and diff: for every fixture schema and the
 * bundled one, no file holds a control character but the line feed.
 */
class GeneratedTextTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  /**
   * The compilation of the bundled schema and of every fixture schema that generates code: all but
   * those under {@code problems/}, which exist to be rejected and must generate nothing.
   */
  static List<Compilation> everySchema() throws IOException {
    List<Compilation> out = new ArrayList<>();
    out.add(Fixtures.compileBundled("bundled"));
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      for (Path xsd : files.filter(p -> p.toString().endsWith(".xsd")).sorted().toList()) {
        String relative = FIXTURES.relativize(xsd).toString().replace('\\', '/');
        Compilation c = Fixtures.compileSchema(relative.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT),
            "fixtures/" + relative);
        boolean rejected = relative.startsWith("problems/");
        assertWithMessage("%s compiles", relative).that(c.status())
            .isEqualTo(rejected ? Compilation.Status.FAILURE : Compilation.Status.SUCCESS);
        if (!rejected) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static String text(JavaFileObject f) {
    try {
      return f.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noGeneratedFileHoldsAControlCharacterButTheLineFeed() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Compilation c : everySchema()) {
      for (JavaFileObject f : c.generatedSourceFiles()) {
        files++;
        String text = text(f);
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
          char ch = text.charAt(i);
          if (ch == '\n') {
            line++;
            column = 1;
            continue;
          }
          if (Character.isISOControl(ch)) {
            found.add(String.format(Locale.ROOT, "%s:%d:%d: U+%04X", f.getName(), line, column, (int) ch));
          }
          column++;
        }
      }
    }
    assertWithMessage("generated files checked").that(files).isGreaterThan(60);
    assertWithMessage("control characters in generated sources (file:line:column)").that(found).isEmpty();
  }
}
