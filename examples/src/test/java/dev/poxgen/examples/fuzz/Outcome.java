package dev.poxgen.examples.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverDocument;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.io.ByteArrayInputStream;
import java.time.Duration;

/**
 * The one property every input has: reading ends, in bounded time, in a typed value or in our
 * one exception, never in any other exception or error.
 */
final class Outcome {
  static final Duration BOUND = Duration.ofSeconds(5);

  private Outcome() {}

  /** Reads the bytes both ways; returns the lenient result, or null when it was our exception. */
  static ReadResult<AutodiscoverDocument> read(byte[] input) {
    ReadResult<AutodiscoverDocument> lenient = null;
    for (ReadOptions options : new ReadOptions[] {ReadOptions.lenient(), ReadOptions.strict()}) {
      long start = System.nanoTime();
      try {
        ReadResult<AutodiscoverDocument> r = AutodiscoverXml.read(XmlInput.of(new ByteArrayInputStream(input)), options);
        assertWithMessage("a result always has a value").that(r.value()).isNotNull();
        if (options == ReadOptions.lenient()) {
          lenient = r;
        }
      } catch (PoxReadException expected) {
        assertWithMessage("our exception always says where").that(expected.getMessage()).isNotEmpty();
      } catch (RuntimeException | Error e) {
        throw new AssertionError("an input ended in " + e + ", not in a value or a PoxReadException", e);
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertWithMessage("reading took %s", took).that(took.compareTo(BOUND) < 0).isTrue();
    }
    return lenient;
  }
}
