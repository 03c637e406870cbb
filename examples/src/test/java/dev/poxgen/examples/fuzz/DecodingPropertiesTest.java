package dev.poxgen.examples.fuzz;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ctc.wstx.stax.WstxInputFactory;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.XmlInput;
import dev.poxgen.XmlParser;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The decoder sizes its buffers from what an in-memory input says it holds; a network stream says
 * nothing and arrives in pieces; a byte array is read in place. All must read the same characters
 * and fail at the same place, on the JDK's parser and on Woodstox, which are handed UTF-8 as bytes,
 * checked as they read them (or all at once, from an array).
 */
class DecodingPropertiesTest {
  private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

  private static String document(String server) {
    return "<?xml version=\"1.0\" encoding=\"%s\"?><Autodiscover xmlns="
        + "'http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006'><Response xmlns='" + O + "'>"
        + "<Account><Protocol><Server>" + server + "</Server></Protocol></Account></Response></Autodiscover>";
  }

  /** Hides how much it holds and hands out at most {@code chunk} bytes a read, as a slow socket does. */
  private static InputStream trickle(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int available() {
        return 0;
      }

      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static String server(InputStream in) throws PoxReadException {
    return server(in, ReadOptions.lenient());
  }

  private static String server(InputStream in, ReadOptions options) throws PoxReadException {
    return AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(in), options).value().outlookResponse()
        .orElseThrow().account().orElseThrow().protocols().get(0).server().orElseThrow();
  }

  /** Woodstox, the other StAX parser UTF-8 bytes go to unchanged. */
  private static final ReadOptions WOODSTOX = ReadOptions.lenient().withParser(XmlParser.stax(WstxInputFactory::new));

  @Provide
  Arbitrary<String> servers() {
    return Arbitraries.strings().withChars("aé€\uD83D\uDCE7xyz.-").ofMinLength(1).ofMaxLength(3000)
        .filter(s -> !Character.isLowSurrogate(s.charAt(0)) && !Character.isHighSurrogate(s.charAt(s.length() - 1)))
        .map(s -> s.replaceAll("\uD83D(?!\uDCE7)", "").replaceAll("(?<!\uD83D)\uDCE7", ""))
        .filter(s -> !s.isEmpty());
  }

  @Property(tries = 200, seed = "20261207")
  void inMemoryAndTrickledInputReadTheSame(@ForAll("servers") String server, @ForAll @IntRange(min = 1, max = 7) int chunk,
      @ForAll("charsets") Charset charset) throws PoxReadException {
    byte[] bytes = String.format(document(server), charset.name()).getBytes(charset);
    assertThat(server(new ByteArrayInputStream(bytes))).isEqualTo(server);
    assertThat(server(trickle(bytes, chunk))).isEqualTo(server);
    assertThat(server(trickle(bytes, chunk), WOODSTOX)).isEqualTo(server);
    assertThat(server(bytes, ReadOptions.lenient())).isEqualTo(server);
    assertThat(server(bytes, WOODSTOX)).isEqualTo(server);
  }

  /** Read from the array itself, which Woodstox takes as its own buffer and the JDK's parser through a stream. */
  private static String server(byte[] document, ReadOptions options) throws PoxReadException {
    return AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(document), options).value().outlookResponse()
        .orElseThrow().account().orElseThrow().protocols().get(0).server().orElseThrow();
  }

  @Property(tries = 200, seed = "20261207")
  void aBadByteIsFoundAtTheSamePlaceEitherWay(@ForAll("servers") String server, @ForAll @IntRange(min = 1, max = 7) int chunk)
      throws PoxReadException {
    byte[] good = String.format(document(server), "UTF-8").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 1];
    int at = good.length - "</Server></Protocol></Account></Response></Autodiscover>".length();
    System.arraycopy(good, 0, bytes, 0, at);
    bytes[at] = (byte) 0xFF;
    System.arraycopy(good, at, bytes, at + 1, good.length - at);
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    PoxReadException inMemory;
    PoxReadException trickled;
    PoxReadException woodstox;
    PoxReadException array;
    PoxReadException woodstoxArray;
    try {
      inMemory = assertThrows(PoxReadException.class, () -> server(new ByteArrayInputStream(bytes)));
      trickled = assertThrows(PoxReadException.class, () -> server(trickle(bytes, chunk)));
      woodstox = assertThrows(PoxReadException.class, () -> server(trickle(bytes, chunk), WOODSTOX));
      array = assertThrows(PoxReadException.class, () -> server(bytes, ReadOptions.lenient()));
      woodstoxArray = assertThrows(PoxReadException.class, () -> server(bytes, WOODSTOX));
    } finally {
      System.setErr(err);
    }
    assertThat(woodstox).hasMessageThat().isEqualTo(inMemory.getMessage());
    assertThat(array).hasMessageThat().isEqualTo(inMemory.getMessage());
    assertThat(woodstoxArray).hasMessageThat().isEqualTo(inMemory.getMessage());
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty(); // the JDK's parser says nothing of its own
    assertThat(inMemory.kind()).isEqualTo(PoxReadException.Kind.ENCODING);
    assertThat(trickled).hasMessageThat().isEqualTo(inMemory.getMessage());
    assertThat(inMemory).hasMessageThat().contains("FF");
  }

  /** Bytes around UTF-8's edges: continuation bytes, every kind of lead, ones never allowed, ASCII. */
  @Provide
  Arbitrary<byte[]> awkwardBytes() {
    return Arbitraries.of(0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0,
            0xF4, 0xF5, 0xFF, (int) 'a', (int) '\n')
        .map(Integer::byteValue).array(byte[].class).ofMinSize(1).ofMaxSize(12);
  }

  /**
   * An array is checked by the JDK's decoder first and by poxgen's byte loop only when that
   * refuses it; a stream, by the byte loop as it goes. Whatever the bytes, both must give the same
   * value or the same error, at the same place, on both StAX parsers.
   */
  @Property(tries = 500, seed = "20261207")
  void anArrayAndAStreamOfTheSameBytesReadAlike(@ForAll("awkwardBytes") byte[] inserted,
      @ForAll("servers") String server, @ForAll @IntRange(min = 1, max = 7) int chunk) {
    byte[] good = String.format(document(server), "UTF-8").getBytes(StandardCharsets.UTF_8);
    int at = good.length - "</Server></Protocol></Account></Response></Autodiscover>".length();
    byte[] bytes = new byte[good.length + inserted.length];
    System.arraycopy(good, 0, bytes, 0, at);
    System.arraycopy(inserted, 0, bytes, at, inserted.length);
    System.arraycopy(good, at, bytes, at + inserted.length, good.length - at);
    String fromStream = outcome(() -> server(new ByteArrayInputStream(bytes)));
    assertThat(outcome(() -> server(trickle(bytes, chunk), WOODSTOX))).isEqualTo(fromStream);
    assertThat(outcome(() -> server(bytes, ReadOptions.lenient()))).isEqualTo(fromStream);
    assertThat(outcome(() -> server(bytes, WOODSTOX))).isEqualTo(fromStream);
  }

  private interface Read {
    String server() throws PoxReadException;
  }

  /** The value read, or the error's kind, place and message. */
  private static String outcome(Read read) {
    try {
      return "value " + read.server();
    } catch (PoxReadException e) {
      return e.kind() + " at " + e.line() + ":" + e.column() + ": " + e.getMessage();
    }
  }

  @Provide
  Arbitrary<Charset> charsets() {
    return Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);
  }

  /** Found by the fuzz census: the JDK's parser ignores the name when given characters. */
  @Example
  void anEncodingThatIsNotANameIsRefusedFromBytesAndFromCharacters() {
    String xml = String.format(document("s"), "utf-8\u00e9");
    String expected = "the XML declaration names the encoding \"utf-8\u00e9\", which is not an encoding name"
        + " (a letter, then letters, digits, '.', '_' or '-')";
    PoxReadException fromBytes = assertThrows(PoxReadException.class,
        () -> server(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    PoxReadException fromText = assertThrows(PoxReadException.class,
        () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml), ReadOptions.lenient()));
    for (PoxReadException e : java.util.List.of(fromBytes, fromText)) {
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.ENCODING);
      assertThat(e).hasMessageThat().contains(expected);
    }
  }
}
