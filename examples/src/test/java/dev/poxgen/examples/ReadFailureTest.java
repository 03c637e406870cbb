package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.XmlInput;
import dev.poxgen.XmlParser;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/**
 * What a {@link PoxReadException} tells a program beyond its message: the reason without the
 * location, and for a limit, which one and its value; and that the JDK parser's unchecked
 * failures and an empty document come out as this exception, in words.
 */
class ReadFailureTest {
  private static final String R = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

  private static PoxReadException fails(String xml, Limits limits) {
    ReadOptions options = ReadOptions.lenient().withLimits(limits);
    return assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.ofString(xml), options));
  }

  private static String protocol(String children) {
    return "<Autodiscover xmlns='" + R + "'><Response xmlns='" + O + "'><Account><Protocol>" + children
        + "</Protocol></Account></Response></Autodiscover>";
  }

  private static final String INVALID_IN_DTD =
      "not well-formed XML: a character that XML does not allow, inside the document type declaration (<!DOCTYPE ...>)";

  @Test
  void aDtdHoldingUffffIsNotWellFormedWithItsPlaceNotAMissingResource() throws Exception {
    try (InputStream in = ReadFailureTest.class.getResourceAsStream("cli/not-wf-dtd-ffff.xml")) {
      PoxReadException e = assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.of(in)));
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
      assertThat(e.line()).isEqualTo(7);
      assertThat(e.column()).isEqualTo(6);
      assertThat(e.reason()).isEqualTo(INVALID_IN_DTD);
    }
  }

  /**
   * The JDK's parser throws MissingResourceException for it, on 17 and 25 alike; that is the
   * cause of the error poxgen makes of it, which on 25 must not fail setting it.
   */
  @Test
  void onTheJdkParserTheMissingResourceIsTheCauseKept() throws Exception {
    byte[] ffff;
    try (InputStream in = ReadFailureTest.class.getResourceAsStream("cli/not-wf-dtd-ffff.xml")) {
      ffff = in.readAllBytes();
    }
    PoxReadException e = assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.of(new ByteArrayInputStream(ffff)),
        ReadOptions.lenient().withParser(XmlParser.jdkStax())));
    assertThat(e.reason()).isEqualTo(INVALID_IN_DTD);
    assertThat(e.getCause()).hasCauseThat().isInstanceOf(MissingResourceException.class);
  }

  /** Where the JDK's parser places the character, each parser does: its own line and column. */
  @Test
  void aCharacterXmlDoesNotAllowInADtdIsPlacedAlikeOnEveryParser() {
    String[][] cases = {
        {"<!DOCTYPE doc [<!-- \uffff -->]><doc/>", "1:21"},
        {"<?xml version=\"1.0\"?><!DOCTYPE doc [<!-- \uffff -->]><doc/>", "1:42"},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE doc [\n<!ENTITY e \"\uffff\">\n]>\n<doc/>", "3:13"},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE doc [\n  \u0001\n]>\n<doc/>", "3:3"},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE doc [<?pi \uffff?>\n]>\n<doc/>", "2:21"},
    };
    for (XmlParser parser : new XmlParser[] {XmlParser.jdkStax(), XmlParser.xmlPull()}) {
      for (String[] c : cases) {
        PoxReadException e = assertThrows(PoxReadException.class,
            () -> AutodiscoverXml.read(XmlInput.ofString(c[0]), ReadOptions.lenient().withParser(parser)));
        assertWithMessage("%s on %s", c[0], parser).that(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
        assertWithMessage("%s on %s", c[0], parser).that(e.line() + ":" + e.column()).isEqualTo(c[1]);
        assertWithMessage("%s on %s", c[0], parser).that(e.reason()).isEqualTo(INVALID_IN_DTD);
      }
      PoxReadException clean = assertThrows(PoxReadException.class,
          () -> AutodiscoverXml.read(XmlInput.ofString("<!DOCTYPE doc [<!-- fine -->]><doc/>"), ReadOptions.lenient().withParser(parser)));
      assertWithMessage("a DTD of XML characters on %s", parser).that(clean.kind()).isEqualTo(PoxReadException.Kind.DOCTYPE);
    }
  }

  /** A DOCTYPE is refused where the JDK's parser reports it, on every parser: with or without an internal subset. */
  @Test
  void aDoctypeIsRefusedAtTheSamePlaceOnEveryParser() {
    String[][] cases = {
        {"<!DOCTYPE doc><doc/>", "1:15"},
        {"<!DOCTYPE doc SYSTEM \"x.dtd\"><doc/>", "1:30"},
        {"<!DOCTYPE doc [<!ENTITY a \"b\">]><doc/>", "1:34"},
        {"<!DOCTYPE doc [<!ENTITY a \"b\">] ><doc/>", "1:35"},
        {"<!DOCTYPE doc SYSTEM \"x[.dtd\"><doc/>", "1:31"},
        {"<!DOCTYPE doc PUBLIC \"p\" \"x.dtd\" [<!ENTITY a \"b\">]><doc/>", "1:53"},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE doc [\n<!ENTITY a \"b\">\n]>\n<doc/>", "4:4"},
    };
    for (XmlParser parser : new XmlParser[] {XmlParser.jdkStax(), XmlParser.xmlPull()}) {
      for (String[] c : cases) {
        PoxReadException e = assertThrows(PoxReadException.class,
            () -> AutodiscoverXml.read(XmlInput.ofString(c[0]), ReadOptions.lenient().withParser(parser)));
        assertWithMessage("%s on %s", c[0], parser).that(e.kind()).isEqualTo(PoxReadException.Kind.DOCTYPE);
        assertWithMessage("%s on %s", c[0], parser).that(e.line() + ":" + e.column()).isEqualTo(c[1]);
      }
    }
  }

  @Test
  void theReasonIsTheMessageWithoutTheLocation() {
    PoxReadException e = fails("<Autodiscover xmlns='" + R + "'><Response>", Limits.DEFAULTS);
    assertThat(e.getMessage()).isEqualTo(e.line() + ":" + e.column() + ": " + e.reason());
    assertThat(e.limit()).isEmpty();
    assertThat(e.limitValue()).isEqualTo(0);
  }

  @Test
  void anEmptyDocumentSaysSo() {
    for (PoxReadException e : new PoxReadException[] {
        assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.of(new ByteArrayInputStream(new byte[0])))),
        assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.of(new StringReader("")))),
        assertThrows(PoxReadException.class,
            () -> AutodiscoverXml.read(XmlInput.of(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))))}) {
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
      assertThat(e.reason()).isEqualTo("the document is empty: there is not even a document element");
    }
  }

  @Test
  void aLimitExceptionNamesItsLimitAndValueAndTheLibraryCallThatRaisesIt() {
    assertLimit(fails(protocol("<x><x><x/></x></x>"), Limits.DEFAULTS.withMaxDepth(5)),
        PoxReadException.Limit.MAX_DEPTH, 5, "withMaxDepth");
    assertLimit(fails(protocol("<Server a='1' b='2'>s</Server>"), Limits.DEFAULTS.withMaxAttributes(1)),
        PoxReadException.Limit.MAX_ATTRIBUTES, 1, "withMaxAttributes");
    assertLimit(fails(protocol("<Server>" + "s".repeat(20) + "</Server>"), Limits.DEFAULTS.withMaxTextLength(10)),
        PoxReadException.Limit.MAX_TEXT_LENGTH, 10, "withMaxTextLength");
    assertLimit(fails(protocol("<Server a='" + "s".repeat(20) + "'/>"), Limits.DEFAULTS.withMaxTextLength(10)),
        PoxReadException.Limit.MAX_TEXT_LENGTH, 10, "withMaxTextLength");
    assertLimit(fails(protocol("<ServerName/>"), Limits.DEFAULTS.withMaxNameLength(9)),
        PoxReadException.Limit.MAX_NAME_LENGTH, 9, "withMaxNameLength");
    assertLimit(fails(protocol("<x/><x/><x/>"), Limits.DEFAULTS.withMaxElements(6)),
        PoxReadException.Limit.MAX_ELEMENTS, 6, "withMaxElements");
    assertLimit(fails(protocol("<Server>" + "s".repeat(2000) + "</Server>"), Limits.DEFAULTS.withMaxDocumentSize(1000)),
        PoxReadException.Limit.MAX_DOCUMENT_SIZE, 1000, "withMaxDocumentSize");
    byte[] bytes = protocol("<Server>" + "s".repeat(2000) + "</Server>").getBytes(StandardCharsets.UTF_8);
    PoxReadException big = assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.of(new ByteArrayInputStream(bytes)),
        ReadOptions.lenient().withLimits(Limits.DEFAULTS.withMaxDocumentSize(100))));
    assertLimit(big, PoxReadException.Limit.MAX_DOCUMENT_SIZE, 100, "withMaxDocumentSize");
  }

  @Test
  void aParserLimitMetBeforeOursIsReportedAsOurs() {
    StringBuilder attributes = new StringBuilder("<Server");
    for (int i = 0; i < 200; i++) {
      attributes.append(" a").append(i).append("='1'");
    }
    assertLimit(fails(protocol(attributes + "/>"), Limits.DEFAULTS), PoxReadException.Limit.MAX_ATTRIBUTES, 64,
        "withMaxAttributes");
    assertLimit(fails(protocol("<" + "n".repeat(3000) + "/>"), Limits.DEFAULTS), PoxReadException.Limit.MAX_NAME_LENGTH,
        256, "withMaxNameLength");
  }

  @Test
  void limitsTooLargeForTheParserStillRead() throws Exception {
    Limits huge = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
        Integer.MAX_VALUE, Long.MAX_VALUE);
    assertThat(AutodiscoverXml.read(XmlInput.ofString(protocol("<Server a='1'>s</Server>")), ReadOptions.lenient().withLimits(huge))
        .findings()).hasSize(1); // the unknown attribute a, and nothing about limits
  }

  @Test
  void aShortNameLimitIsNotMetByALongNamespace() {
    assertLimit(fails(protocol("<Server/>"), Limits.DEFAULTS.withMaxNameLength(3)), PoxReadException.Limit.MAX_NAME_LENGTH,
        3, "withMaxNameLength");
  }

  private static void assertLimit(PoxReadException e, PoxReadException.Limit limit, long value, String call) {
    assertThat(e.kind()).isEqualTo(PoxReadException.Kind.LIMIT);
    assertThat(e.limit()).hasValue(limit);
    assertThat(e.limitValue()).isEqualTo(value);
    assertThat(e.reason()).startsWith("limit " + limit.property() + " exceeded: ");
    assertThat(e.reason()).contains("(raise it with Limits." + call + ")");
  }
}
