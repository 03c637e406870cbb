package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * No generated line is longer than a careful person would write: 100 characters, the column
 * JavaPoet wraps at, for every generated file of the bundled schema and of every fixture schema.
 * There is no allowance, as none is needed: long string literals are split with {@code +} at
 * spaces (a URI stays whole), a namespace constant's value starts a line of its own, calls and
 * conditions wrap between arguments and operands, and Javadoc goes through {@code Javadocs.wrap}.
 */
class GeneratedLineLengthTest {
  private static final int LIMIT = 100;

  @Test
  void noGeneratedLineIsLongerThanTheLimit() throws IOException {
    List<String> found = new ArrayList<>();
    int lines = 0;
    for (Compilation c : GeneratedTextTest.everySchema()) {
      for (JavaFileObject f : c.generatedSourceFiles()) {
        String[] text = f.getCharContent(true).toString().split("\n", -1);
        for (int i = 0; i < text.length; i++) {
          lines++;
          if (text[i].length() > LIMIT) {
            found.add(f.getName() + ":" + (i + 1) + ": " + text[i].length() + " characters: "
                + text[i].strip());
          }
        }
      }
    }
    assertWithMessage("generated lines checked").that(lines).isGreaterThan(10_000);
    assertWithMessage("generated lines over %s characters (file:line)", LIMIT).that(found).isEmpty();
  }

  /** Wrapping after a space JavaPoet wrote itself (a field's {@code =}) must not leave it behind. */
  @Test
  void noGeneratedLineEndsInWhitespace() throws IOException {
    List<String> found = new ArrayList<>();
    for (Compilation c : GeneratedTextTest.everySchema()) {
      for (JavaFileObject f : c.generatedSourceFiles()) {
        String[] text = f.getCharContent(true).toString().split("\n", -1);
        for (int i = 0; i < text.length; i++) {
          if (!text[i].isEmpty() && Character.isWhitespace(text[i].charAt(text[i].length() - 1))) {
            found.add(f.getName() + ":" + (i + 1) + ": " + text[i].strip());
          }
        }
      }
    }
    assertWithMessage("generated lines ending in whitespace (file:line)").that(found).isEmpty();
  }
}
