package dev.poxgen.examples.hostile;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.ctc.wstx.stax.WstxInputFactory;
import dev.poxgen.Code;
import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.XmlParser;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.OnOff;
import dev.poxgen.examples.autodiscover.Protocol;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of HOSTILE-INPUT.md, each against the generated reader on the JDK's own StAX, on a
 * Woodstox factory handed in by the caller and on kXML 2 (the XmlPull parser of Android's lineage): one exception type, a message naming the construct,
 * the limit and line:column, nothing read from disk, no connection made, bounded time.
 */
class HostileInputTest {
  private static final String R = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
  private static final Duration BOUND = Duration.ofSeconds(10);

  private LoopbackServer server;
  @TempDir Path temp;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void noConnectionWasMade() throws IOException {
    try {
      assertThat(server.connections()).isEqualTo(0);
    } finally {
      server.close();
    }
  }

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of("jdk", ReadOptions.lenient().withParser(XmlParser.jdkStax())),
        Arguments.of("woodstox", ReadOptions.lenient().withParser(XmlParser.stax(WstxInputFactory::new))),
        Arguments.of("kxml2", ReadOptions.lenient().withParser(XmlParser.xmlPull())));
  }

  private static String protocol(String inside) {
    return "<Autodiscover xmlns='" + R + "'><Response xmlns='" + O + "'><Account><Protocol>" + inside
        + "</Protocol></Account></Response></Autodiscover>";
  }

  private static PoxReadException fails(String xml, ReadOptions options) {
    return fails(xml.getBytes(StandardCharsets.UTF_8), options);
  }

  /**
   * The failure reading these bytes from a stream, which reading them from an array (which
   * Woodstox takes as its own buffer) must give too: the same kind, place and message. Except
   * where, inside a token too long for a limit, the parser was when it handed poxgen the part
   * that passed the limit: that follows how its buffer was filled, so the same limit is met, at
   * the same line, but the column may differ.
   */
  private static PoxReadException fails(byte[] bytes, ReadOptions options) {
    PoxReadException fromStream = assertTimeoutPreemptively(BOUND, () -> assertThrows(PoxReadException.class,
        () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new ByteArrayInputStream(bytes)), options)));
    PoxReadException fromArray = assertTimeoutPreemptively(BOUND, () -> assertThrows(PoxReadException.class,
        () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(bytes), options)));
    assertThat(fromArray.kind()).isEqualTo(fromStream.kind());
    assertThat(fromArray.limit()).isEqualTo(fromStream.limit());
    assertThat(fromArray.line()).isEqualTo(fromStream.line());
    if (fromStream.kind() != PoxReadException.Kind.LIMIT) {
      assertThat(fromArray.column()).isEqualTo(fromStream.column());
      assertThat(fromArray).hasMessageThat().isEqualTo(fromStream.getMessage());
    }
    return fromStream;
  }

  /** The result of reading these bytes from a stream, which reading them from an array must give too. */
  private static ReadResult<AutodiscoverResponse> reads(byte[] bytes, ReadOptions options) throws PoxReadException {
    ReadResult<AutodiscoverResponse> fromStream =
        AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new ByteArrayInputStream(bytes)), options);
    ReadResult<AutodiscoverResponse> fromArray = AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(bytes), options);
    assertThat(fromArray.value()).isEqualTo(fromStream.value());
    assertThat(fromArray.findings()).isEqualTo(fromStream.findings());
    return fromStream;
  }

  private static Protocol firstProtocol(ReadResult<AutodiscoverResponse> r) {
    return r.value().outlookResponse().orElseThrow().account().orElseThrow().protocols().get(0);
  }

  // 1, 3, 4: DOCTYPE of any kind, external entities to a file or a URL, parameter entities, external DTDs.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void doctypeIsRejectedAndNothingIsFetchedOrRead(String name, ReadOptions options) throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    String[] documents = {
        "<!DOCTYPE Autodiscover><Autodiscover xmlns='" + R + "'/>",
        "<!DOCTYPE Autodiscover SYSTEM '" + server.url("external.dtd") + "'><Autodiscover xmlns='" + R + "'/>",
        "<!DOCTYPE a [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>" + protocol("<Server>&xxe;</Server>"),
        "<!DOCTYPE a [<!ENTITY xxe SYSTEM '" + server.url("entity") + "'>]>" + protocol("<Server>&xxe;</Server>"),
        "<!DOCTYPE a [<!ENTITY % p SYSTEM '" + server.url("param") + "'> %p;]>" + protocol(""),
    };
    for (String xml : documents) {
      PoxReadException e = fails(xml, options);
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.DOCTYPE);
      assertThat(e).hasMessageThat().startsWith("1:");
      assertThat(e).hasMessageThat().contains("document type declaration (<!DOCTYPE ...>) is not allowed");
      assertThat(e).hasMessageThat().doesNotContain("TOP-SECRET");
    }
  }

  // 2: billion laughs and quadratic blowup are DOCTYPEs too, rejected before any expansion.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void entityExpansionIsRejectedEarly(String name, ReadOptions options) {
    StringBuilder laughs = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]>").append(protocol("<Server>&lol9;</Server>"));
    String big = "x".repeat(10_000);
    String quadratic = "<!DOCTYPE a [<!ENTITY big \"" + big + "\">]>" + protocol("<Server>" + "&big;".repeat(20_000) + "</Server>");
    for (String xml : new String[] {laughs.toString(), quadratic}) {
      assertThat(fails(xml, options).kind()).isEqualTo(PoxReadException.Kind.DOCTYPE);
    }
  }

  // Text between elements that only XML 1.1 lets a document hold (control characters, as
  // references) is text, not whitespace: kept where it was, with a finding, never dropped with the
  // indentation around it (Woodstox counts every character up to U+0020 as whitespace). kXML reads
  // XML 1.0 only, and refuses the reference, saying where.
  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void controlCharactersBetweenElementsAreKeptAsText(String name, ReadOptions options) throws PoxReadException {
    String xml = "<?xml version='1.1'?>" + protocol("\n  &#x1;\n  <SSL>on</SSL>\n  &#x1F; <Port>993</Port>\n");
    if (name.equals("kxml2")) {
      PoxReadException e = fails(xml, options);
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
      assertThat(e).hasMessageThat().contains("&#x1");
      return;
    }
    ReadResult<AutodiscoverResponse> r = reads(xml.getBytes(StandardCharsets.UTF_8), options);
    assertThat(r.findings().stream().map(f -> f.code()).toList())
        .containsExactly(Code.UNEXPECTED_TEXT, Code.UNEXPECTED_TEXT);
    assertThat(firstProtocol(r).ssl()).hasValue(OnOff.ON);
    assertThat(firstProtocol(r).port().getAsInt()).isEqualTo(993);
  }

  // 5: an undeclared entity is named; predefined and numeric references decode.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void undeclaredEntityIsNamedAndPredefinedOnesDecode(String name, ReadOptions options) throws PoxReadException {
    PoxReadException e = fails(protocol("<Server>&foo;</Server>"), options);
    assertThat(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
    assertThat(e).hasMessageThat().contains("foo");
    ReadResult<AutodiscoverResponse> r = reads(protocol("<Server>a&amp;b&lt;&#65;&#x42;</Server>").getBytes(StandardCharsets.UTF_8), options);
    assertThat(firstProtocol(r).server()).hasValue("a&b<AB");
  }

  // 6: illegal character references.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void illegalCharacterReferencesAreRejected(String name, ReadOptions options) {
    for (String ref : new String[] {"&#0;", "&#xFFFE;", "&#xD800;", "&#x110000;"}) {
      PoxReadException e = fails(protocol("<Server>" + ref + "</Server>"), options);
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
      assertThat(e.line()).isEqualTo(1);
    }
  }

  // 7, 8: limits, each named with how to raise it.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void nestingBeyondTheLimit(String name, ReadOptions options) {
    String deep = "<x>".repeat(40) + "</x>".repeat(40);
    PoxReadException e = fails(protocol(deep), options);
    assertThat(e.kind()).isEqualTo(PoxReadException.Kind.LIMIT);
    assertThat(e).hasMessageThat().contains("maxDepth");
    assertThat(e).hasMessageThat().contains("32");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void tooManyAttributesAHugeAttributeAHugeTextAndALongName(String name, ReadOptions options) {
    StringBuilder attrs = new StringBuilder("<Server");
    for (int i = 0; i < 65; i++) {
      attrs.append(" a").append(i).append("='1'");
    }
    attrs.append(">s</Server>");
    assertLimit(fails(protocol(attrs.toString()), options), "maxAttributes");
    assertLimit(fails(protocol("<Server a='" + "x".repeat(70_000) + "'>s</Server>"), options), "maxTextLength");
    assertLimit(fails(protocol("<Server>" + "x".repeat(70_000) + "</Server>"), options), "maxTextLength");
    assertLimit(fails(protocol("<" + "n".repeat(2000) + "/>"), options), "maxNameLength");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void aFloodOfElementsAndABodyOverTheSizeLimit(String name, ReadOptions options) {
    ReadOptions tight = options.withLimits(Limits.DEFAULTS.withMaxElements(1000));
    assertLimit(fails(protocol("<x/>".repeat(2000)), tight), "maxElements");
    ReadOptions small = options.withLimits(Limits.DEFAULTS.withMaxDocumentSize(10_000));
    assertLimit(fails(protocol("<Server>" + "y".repeat(20_000) + "</Server>"), small), "maxDocumentSize");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void anEndlessStreamStopsAtALimitSoMemoryStaysBounded(String name, ReadOptions options) {
    byte[] head = ("<Autodiscover xmlns='" + R + "'><Response xmlns='" + O + "'><Account><Protocol><Server>")
        .getBytes(StandardCharsets.UTF_8);
    java.io.InputStream endless = new java.io.InputStream() {
      private long position;

      @Override
      public int read() {
        return position < head.length ? head[(int) position++] : (position++ >= 0 ? 'x' : -1);
      }
    };
    PoxReadException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(PoxReadException.class,
        () -> AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(endless), options)));
    assertThat(e.kind()).isEqualTo(PoxReadException.Kind.LIMIT);
  }

  private static void assertLimit(PoxReadException e, String limit) {
    assertThat(e.kind()).isEqualTo(PoxReadException.Kind.LIMIT);
    assertThat(e).hasMessageThat().contains("limit " + limit + " exceeded");
    assertThat(e).hasMessageThat().contains("Limits.with");
    assertThat(e.line()).isAtLeast(1);
  }

  // 9: bytes that are not UTF-8.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void invalidAndOverlongUtf8AreEncodingErrors(String name, ReadOptions options) {
    byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xBC}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
    for (byte[] b : bad) {
      byte[] doc = concat(protocol("<Server>a").getBytes(StandardCharsets.UTF_8), b,
          "</Server>".getBytes(StandardCharsets.UTF_8));
      PoxReadException e = fails(replaceTail(doc), options);
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.ENCODING);
      assertThat(e).hasMessageThat().contains("bytes that are not UTF-8 text");
      assertThat(e.line()).isEqualTo(1);
      String before = protocol("<Server>a");
      int badByteAt = before.length() - "</Protocol></Account></Response></Autodiscover>".length() + 1;
      assertThat(e.column()).isEqualTo(badByteAt);
    }
  }

  private static byte[] replaceTail(byte[] doc) {
    // protocol() closed the document already: cut its tail and close it after the bad bytes.
    String full = new String(doc, StandardCharsets.ISO_8859_1);
    String tail = "</Protocol></Account></Response></Autodiscover>";
    int at = full.indexOf(tail);
    String fixed = full.substring(0, at) + full.substring(at + tail.length()) + tail;
    return fixed.getBytes(StandardCharsets.ISO_8859_1);
  }

  // 10: BOMs and UTF-16 read the same; a declaration that contradicts the bytes does not.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void bomsAndUtf16ReadTheSameAsUtf8(String name, ReadOptions options) throws IOException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + protocol("<Server>smtp.example.com</Server>");
    ReadResult<AutodiscoverResponse> plain = reads(protocol("<Server>smtp.example.com</Server>").getBytes(StandardCharsets.UTF_8), options);
    ReadResult<AutodiscoverResponse> bom = reads(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        protocol("<Server>smtp.example.com</Server>").getBytes(StandardCharsets.UTF_8), new byte[0]), options);
    ReadResult<AutodiscoverResponse> utf16 = reads(xml.getBytes(StandardCharsets.UTF_16), options);
    assertThat(bom.value()).isEqualTo(plain.value());
    assertThat(utf16.value()).isEqualTo(plain.value());
    byte[] lying = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + protocol("<Server>s</Server>")).getBytes(StandardCharsets.UTF_8);
    PoxReadException e = fails(lying, options);
    assertThat(e.kind()).isEqualTo(PoxReadException.Kind.ENCODING);
    assertThat(e).hasMessageThat().contains("says encoding=\"UTF-16\", but the bytes are UTF-8");
  }

  // 11: a value split by a comment, CDATA or a processing instruction is read whole.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void valuesAreJoinedAcrossCommentsCdataAndInstructions(String name, ReadOptions options) throws PoxReadException {
    ReadResult<AutodiscoverResponse> r = reads(protocol(
        "<Server>mail<!-- the host -->.exam<?pi x?>ple<![CDATA[.com]]></Server><SMTPLast>o<!-- -->n</SMTPLast>")
        .getBytes(StandardCharsets.UTF_8), options);
    assertThat(firstProtocol(r).server()).hasValue("mail.example.com");
    assertThat(firstProtocol(r).smtpLast()).hasValue(OnOff.ON);
    assertThat(r.isClean()).isTrue();
  }

  // 12: broken documents, each with a clear message.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void brokenDocuments(String name, ReadOptions options) {
    String doc = protocol("<Server>s</Server>");
    PoxReadException twoRoots = fails(doc + "<Autodiscover/>", options);
    assertThat(twoRoots.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
    assertThat(twoRoots).hasMessageThat().containsMatch("root|document element");
    assertThat(twoRoots.column()).isAtLeast(doc.length() + 1);
    assertThat(twoRoots.column()).isAtMost(doc.length() + 2);
    assertThat(fails(doc + "garbage", options).kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
    assertThat(fails(doc.substring(0, doc.length() - 20), options).kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
    assertThat(fails("", options).kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
    PoxReadException ws = fails("\n<?xml version=\"1.0\" encoding=\"utf-8\"?>" + doc, options);
    assertThat(ws.line()).isEqualTo(1);
    assertThat(ws).hasMessageThat().contains("whitespace before the XML declaration");
  }

  // 13: our local names in a foreign namespace are reported, never silently read.

  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void foreignNamespacesAreReported(String name, ReadOptions options) throws PoxReadException {
    String xml = "<Autodiscover xmlns='urn:evil'><Response xmlns='urn:evil'><Account><Protocol><Server>s</Server>"
        + "</Protocol></Account></Response></Autodiscover>";
    ReadResult<AutodiscoverResponse> lenient = reads(xml.getBytes(StandardCharsets.UTF_8), options);
    assertThat(lenient.findings().stream().filter(f -> f.code() == Code.NAMESPACE).count()).isAtLeast(1);
    ReadResult<AutodiscoverResponse> strict = reads(xml.getBytes(StandardCharsets.UTF_8), options.withMode(dev.poxgen.Mode.STRICT));
    assertThat(strict.hasErrors()).isTrue();
  }

  /** The same cases through the command line: one fatal line each, exit status 2, nothing leaked. */
  @org.junit.jupiter.api.Test
  void theCommandLineReportsEachCaseAsFatal() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    StringBuilder laughs = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]>").append(protocol("<Server>&lol9;</Server>"));
    java.util.Map<String, byte[]> cases = new java.util.LinkedHashMap<>();
    cases.put("doctype", ("<!DOCTYPE a SYSTEM '" + server.url("x.dtd") + "'><Autodiscover xmlns='" + R + "'/>").getBytes(StandardCharsets.UTF_8));
    cases.put("xxe", ("<!DOCTYPE a [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>" + protocol("<Server>&x;</Server>")).getBytes(StandardCharsets.UTF_8));
    cases.put("laughs", laughs.toString().getBytes(StandardCharsets.UTF_8));
    cases.put("undeclared", protocol("<Server>&foo;</Server>").getBytes(StandardCharsets.UTF_8));
    cases.put("deep", protocol("<x>".repeat(40) + "</x>".repeat(40)).getBytes(StandardCharsets.UTF_8));
    cases.put("utf8", concat(protocol("").substring(0, 60).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xBC}, new byte[0]));
    cases.put("leading-newline", ("\n<?xml version='1.0'?>" + protocol("")).getBytes(StandardCharsets.UTF_8));
    for (java.util.Map.Entry<String, byte[]> c : cases.entrySet()) {
      Path file = Files.write(temp.resolve(c.getKey() + ".xml"), c.getValue());
      java.io.StringWriter out = new java.io.StringWriter();
      int status = dev.poxgen.examples.cli.Main.run(new String[] {"validate", file.toString()},
          new java.io.PrintWriter(out, true), new java.io.PrintWriter(new java.io.StringWriter(), true),
          new ByteArrayInputStream(new byte[0]));
      assertThat(status).isEqualTo(2);
      assertThat(out.toString()).containsMatch("^" + java.util.regex.Pattern.quote(file.toString()) + ":[0-9]+:[0-9]+: fatal: ");
      assertThat(out.toString().lines().count()).isEqualTo(1);
      assertThat(out.toString()).doesNotContain("TOP-SECRET");
    }
  }

  /**
   * The JDK's parser says its namespace errors as {@code http://www.w3.org/TR/1999/REC-xml-names-19990114#KEY?ARGS};
   * every parser's message is in words, with where (issue 11, "The command line").
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("factories")
  void namespaceErrorsAreInWordsNotParserKeys(String name, ReadOptions options) {
    String[][] cases = {
        {"<Autodiscover xmlns='" + R + "' x='1' x='2'/>", "x"},
        {"<Autodiscover xmlns='" + R + "' p:b='1'/>", "p"},
        {"<Autodiscover xmlns='" + R + "' xmlns:xml='urn:x'/>", "xml"},
        {"<Autodiscover xmlns='" + R + "'><p:Response/></Autodiscover>", "p"},
    };
    for (String[] c : cases) {
      PoxReadException e = fails(c[0], options);
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isGreaterThan(1);
      assertThat(e.reason()).doesNotContain("REC-xml-names");
      assertThat(e.reason()).doesNotContainMatch("[a-z][A-Z][a-z]+[A-Z]");
      assertThat(e.reason()).contains(c[1]);
    }
  }

  @org.junit.jupiter.api.Test
  void aFactoryThatCannotBeHardenedIsRefused() {
    XMLInputFactory stubborn = new WstxInputFactory() {
      @Override
      public void setProperty(String name, Object value) {
        if (XMLInputFactory.SUPPORT_DTD.equals(name)) {
          throw new IllegalArgumentException("no");
        }
        super.setProperty(name, value);
      }
    };
    ReadOptions options = ReadOptions.lenient().withParser(XmlParser.stax(() -> stubborn));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AutodiscoverXml.read(XmlInput.ofString("<Autodiscover/>"), options));
    assertThat(e).hasMessageThat().contains("cannot harden");
    assertThat(e).hasMessageThat().contains(XMLInputFactory.SUPPORT_DTD);
  }

  private static byte[] concat(byte[] a, byte[] b, byte[] c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    out.writeBytes(c);
    return out.toByteArray();
  }
}
