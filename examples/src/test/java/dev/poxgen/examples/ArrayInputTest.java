package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ctc.wstx.stax.WstxInputFactory;
import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.XmlParser;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Source;
import org.codehaus.stax2.io.Stax2ByteArraySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A document in a byte array ({@link XmlInput#of(byte[])}) is read in place: a Stax2 parser
 * (Woodstox) is given the array itself, as its own buffer; every other parser reads it as it reads
 * a stream of the same bytes. Either way the result is what a stream of those bytes gives.
 */
class ArrayInputTest {
  private static final String R = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
  private static final String XML = "<?xml version='1.0' encoding='utf-8'?>\n<Autodiscover xmlns='" + R + "'>"
      + "<Response xmlns='" + O + "'><Account><AccountType>email</AccountType><Action>settings</Action>"
      + "<Protocol><Type>IMAP</Type><Server>imap.example.net</Server><Port>993</Port><SSL>on</SSL></Protocol>"
      + "<Protocol><Type>SMTP</Type><Server>smtp.\u00e9xample.net</Server><Port>x</Port></Protocol>"
      + "</Account></Response></Autodiscover>";

  /** A Woodstox factory that records which of its ways in each read took. */
  static final class Recording extends WstxInputFactory {
    final List<String> calls = new ArrayList<>();

    @Override
    public XMLStreamReader createXMLStreamReader(Source src) throws XMLStreamException {
      calls.add(src.getClass().getSimpleName());
      return super.createXMLStreamReader(src);
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream in, String encoding) throws XMLStreamException {
      calls.add("InputStream");
      return super.createXMLStreamReader(in, encoding);
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Reader r) throws XMLStreamException {
      calls.add("Reader");
      return super.createXMLStreamReader(r);
    }
  }

  private static Recording recording(List<Recording> made) {
    Recording f = new Recording();
    made.add(f);
    return f;
  }

  @Test
  void woodstoxIsGivenTheArrayItselfAndAStreamAsAStream() throws PoxReadException {
    List<Recording> made = new ArrayList<>();
    ReadOptions options = ReadOptions.lenient().withParser(XmlParser.stax(() -> recording(made)));
    byte[] bytes = XML.getBytes(StandardCharsets.UTF_8);
    byte[] copy = bytes.clone();

    ReadResult<AutodiscoverResponse> fromArray = AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(bytes), options);
    ReadResult<AutodiscoverResponse> fromStream =
        AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new ByteArrayInputStream(bytes)), options);

    assertThat(made).hasSize(1);
    assertThat(made.get(0).calls).containsExactly(Stax2ByteArraySource.class.getSimpleName(), "InputStream")
        .inOrder();
    assertThat(fromArray.value()).isEqualTo(fromStream.value());
    assertThat(fromArray.findings()).isEqualTo(fromStream.findings());
    assertThat(fromArray.findings()).isNotEmpty(); // the Port "x"
    assertThat(bytes).isEqualTo(copy);
  }

  @Test
  void anArrayInAnotherEncodingIsDecodedAsAStreamIs() throws PoxReadException {
    List<Recording> made = new ArrayList<>();
    ReadOptions options = ReadOptions.lenient().withParser(XmlParser.stax(() -> recording(made)));
    byte[] utf16 = XML.replace("utf-8", "UTF-16").getBytes(StandardCharsets.UTF_16);

    ReadResult<AutodiscoverResponse> fromArray = AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(utf16), options);

    assertThat(made.get(0).calls).containsExactly("Reader");
    assertThat(fromArray.value()).isEqualTo(
        AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(XML), options).value());
  }

  static Stream<XmlParser> parsers() {
    return Stream.of(XmlParser.jdkStax(), XmlParser.stax(WstxInputFactory::new), XmlParser.xmlPull());
  }

  @ParameterizedTest
  @MethodSource("parsers")
  void aByteOrderMarkIsSkippedAsFromAStream(XmlParser parser) throws PoxReadException {
    byte[] plain = XML.getBytes(StandardCharsets.UTF_8);
    byte[] marked = new byte[plain.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, marked, 3, plain.length);
    ReadOptions options = ReadOptions.strict().withParser(parser);

    ReadResult<AutodiscoverResponse> fromArray = AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(marked), options);
    ReadResult<AutodiscoverResponse> fromStream =
        AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new ByteArrayInputStream(marked)), options);

    assertThat(fromArray.value()).isEqualTo(fromStream.value());
    assertThat(fromArray.findings()).isEqualTo(fromStream.findings());
  }

  @ParameterizedTest
  @MethodSource("parsers")
  void anArrayOverTheSizeLimitIsRefusedAtOnce(XmlParser parser) {
    byte[] bytes = XML.getBytes(StandardCharsets.UTF_8);
    ReadOptions options = ReadOptions.lenient().withParser(parser)
        .withLimits(Limits.DEFAULTS.withMaxDocumentSize(bytes.length - 1));

    PoxReadException e = assertThrows(PoxReadException.class,
        () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(bytes), options));

    assertThat(e.limit()).hasValue(PoxReadException.Limit.MAX_DOCUMENT_SIZE);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    // One byte fewer would do: the limit is the array's length, not more.
    ReadOptions enough = options.withLimits(Limits.DEFAULTS.withMaxDocumentSize(bytes.length));
    assertThat(org.junit.jupiter.api.Assertions.assertDoesNotThrow(
        () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(bytes), enough)).value()).isNotNull();
  }

  @Test
  void emptyAndWhitespaceLedArraysAreRefusedInPlainWords() {
    for (XmlParser parser : parsers().toList()) {
      ReadOptions options = ReadOptions.lenient().withParser(parser);
      PoxReadException empty = assertThrows(PoxReadException.class,
          () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
              options));
      assertThat(empty).hasMessageThat().contains("the document is empty");
      PoxReadException led = assertThrows(PoxReadException.class,
          () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(("\n" + XML).getBytes(StandardCharsets.UTF_8)),
              options));
      assertThat(led).hasMessageThat().contains("whitespace before the XML declaration");
    }
  }
}
