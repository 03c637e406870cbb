package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.ReadOptions;
import dev.poxgen.XmlInput;
import dev.poxgen.XmlParser;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stream or reader the caller hands in stays the caller's: reading, on either backend, whether
 * the document is fine or not, never closes it (the caller may go on using it, as an HTTP client
 * does with a connection).
 */
class CallersInputTest {
  private static final String XML = "<Autodiscover xmlns='http://schemas.microsoft.com/exchange/autodiscover/"
      + "responseschema/2006'><Response xmlns='http://schemas.microsoft.com/exchange/autodiscover/outlook/"
      + "responseschema/2006a'><Account><AccountType>email</AccountType><Action>settings</Action>"
      + "</Account></Response></Autodiscover>";

  static Stream<XmlParser> parsers() {
    return Stream.of(XmlParser.jdkStax(), XmlParser.xmlPull());
  }

  @ParameterizedTest
  @MethodSource("parsers")
  void aStreamIsLeftOpen(XmlParser parser) throws Exception {
    for (String xml : new String[] {XML, "<Autodiscover"}) {
      Watched in = new Watched(xml);
      try {
        AutodiscoverXml.read(XmlInput.of(in), ReadOptions.lenient().withParser(parser));
      } catch (dev.poxgen.PoxReadException expected) {
        // the broken one
      }
      assertThat(in.closed).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("parsers")
  void aReaderIsLeftOpen(XmlParser parser) throws Exception {
    for (String xml : new String[] {XML, "<Autodiscover"}) {
      WatchedReader in = new WatchedReader(xml);
      try {
        AutodiscoverXml.read(XmlInput.of(in), ReadOptions.lenient().withParser(parser));
      } catch (dev.poxgen.PoxReadException expected) {
        // the broken one
      }
      assertThat(in.closed).isFalse();
    }
  }

  private static final class Watched extends ByteArrayInputStream {
    boolean closed;

    Watched(String xml) {
      super(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static final class WatchedReader extends Reader {
    private final Reader in;
    boolean closed;

    WatchedReader(String xml) {
      this.in = new StringReader(xml);
    }

    @Override
    public int read(char[] buf, int off, int len) throws java.io.IOException {
      return in.read(buf, off, len);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
