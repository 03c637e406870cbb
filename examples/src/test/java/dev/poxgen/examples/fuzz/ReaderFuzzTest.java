package dev.poxgen.examples.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the generated reader with Jazzer. A normal test run replays the
 * seeds in {@code src/test/resources/dev/poxgen/examples/fuzz/ReaderFuzzTestInputs/read/} (and
 * every crash found, kept there as a seed); {@code JAZZER_FUZZ=1 mvn -pl examples test
 * -Dtest=ReaderFuzzTest} fuzzes for real.
 */
class ReaderFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void read(byte[] input) {
    Outcome.read(input);
  }
}
