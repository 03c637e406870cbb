package dev.poxgen.examples.fuzz;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.PoxReadException;
import dev.poxgen.PoxWriteException;
import dev.poxgen.WriteOptions;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.cli.Main;
import dev.poxgen.examples.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs and outputs that fail half way: our exception, the cause kept, never a half value. */
class FaultTest {
  private static byte[] sample() throws IOException {
    return Files.readAllBytes(Corpus.samples().resolve("exchange-settings.xml"));
  }

  @Test
  void anInputThatThrowsMidDocument() throws IOException {
    byte[] doc = sample();
    IOException broken = new IOException("connection reset");
    InputStream failing = new FilterInputStream(new ByteArrayInputStream(doc)) {
      private int read;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (read > doc.length / 2) {
          throw broken;
        }
        int n = super.read(b, off, Math.min(len, 512));
        read += Math.max(n, 0);
        return n;
      }
    };
    PoxReadException e = assertThrows(PoxReadException.class, () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(failing)));
    assertThat(e.kind()).isEqualTo(PoxReadException.Kind.IO);
    assertThat(e).hasMessageThat().contains("connection reset");
    Throwable cause = e;
    while (cause.getCause() != null && cause != broken) {
      cause = cause.getCause();
    }
    assertThat(cause).isSameInstanceAs(broken);
  }

  @Test
  void anInputThatEndsEarly() throws IOException {
    byte[] doc = sample();
    PoxReadException e = assertThrows(PoxReadException.class,
        () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new ByteArrayInputStream(doc, 0, doc.length / 2))));
    assertThat(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
    assertThat(e.line()).isGreaterThan(1);
  }

  @Test
  void anOutputThatFailsHalfWay() throws IOException {
    AutodiscoverResponse value = AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new ByteArrayInputStream(sample()))).value();
    IOException full = new IOException("disk full");
    OutputStream failing = new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > 600) {
          throw full;
        }
      }
    };
    PoxWriteException e = assertThrows(PoxWriteException.class,
        () -> AutodiscoverXml.write(value, failing, WriteOptions.indented()));
    assertThat(e).hasMessageThat().contains("writing failed");
    assertThat(e).hasCauseThat().isSameInstanceAs(full);
  }

  @Test
  void theCommandLineNamesTheIoFailure(@TempDir Path temp) throws IOException {
    Path directory = Files.createDirectories(temp.resolve("not-a-file.xml"));
    StringWriter out = new StringWriter();
    int status = Main.run(new String[] {"validate", directory.toString()}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true), new ByteArrayInputStream(new byte[0]));
    assertThat(status).isEqualTo(2);
    assertThat(out.toString()).startsWith(directory + ":1:1: fatal: ");
    assertThat(out.toString()).containsMatch("(?i)directory|reading the input failed");
  }
}
