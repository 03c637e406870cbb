package dev.poxgen.benchmarks;

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
}
