package dev.poxgen.benchmarks;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.poxgen.ReadOptions;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each benchmark document loads and every contender agrees on it, as a benchmark's set-up checks
 * before it measures: in the build, so that a benchmark that cannot start fails here first (the
 * large document once named its source resource wrongly and only a benchmark run found it).
 */
class DocumentsTest {
  @ParameterizedTest
  @ValueSource(strings = {"isp", "exchange", "large"})
  void everyContenderAcceptsTheDocumentAndRejectsItBroken(String document) throws Exception {
    Sanity.check(Documents.get(document));
  }

  /**
   * The scan through poxgen's event layer touches what the bare scan touches, every text and start
   * tag alike, on both parsers: so the difference in their times is the layer's alone.
   */
  @ParameterizedTest
  @ValueSource(strings = {"isp", "exchange", "large"})
  void theEventLayerScanSeesWhatTheBareScanSees(String document) throws Exception {
    byte[] doc = Documents.get(document);
    assertWithMessage("JDK").that(Contenders.events(doc, ReadOptions.lenient()))
        .isEqualTo(Contenders.scan(doc, false));
    assertWithMessage("Woodstox").that(Contenders.events(doc, Contenders.Woodstox.OPTIONS))
        .isEqualTo(Contenders.scan(doc, true));
  }

  /** The floors, which neither type nor validate: nothing to check. */
  private static final Set<String> FLOORS = Set.of("staxScan", "woodstoxScan", "eventsScan", "eventsScanWoodstox");

  @Test
  void everyReadBenchmarkButTheFloorsChecksItsContenderFirst() {
    for (Method m : ReadBenchmark.class.getMethods()) {
      if (m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class)) {
        assertWithMessage(m.getName()).that(Sanity.checks(m.getName())).isEqualTo(!FLOORS.contains(m.getName()));
      }
    }
  }
}
