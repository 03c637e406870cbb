package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.poxgen.processor.testing.Fixtures;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same schema gives the same files, byte for byte, build after build. */
class ReproducibleOutputTest {
  private static Map<String, String> sources(Compilation c) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject f : c.generatedSourceFiles()) {
      out.put(f.getName(), f.getCharContent(true).toString());
    }
    return out;
  }

  @Test
  void twoBuildsWriteTheSameBytes() throws IOException {
    Map<String, String> first = sources(Fixtures.compileBundled("bundled"));
    Map<String, String> second = sources(Fixtures.compileBundled("bundled"));
    assertThat(first.size()).isGreaterThan(30);
    assertThat(second).containsExactlyEntriesIn(first);
    assertThat(String.join("", first.values())).doesNotContainMatch("date\\s*=|20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]T");
  }
}
