package dev.poxgen.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.PoxWriteException;
import dev.poxgen.WriteOptions;
import dev.poxgen.XmlAttribute;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class XmlOutTest {
  private final StringWriter text = new StringWriter();

  private XmlOut out() throws PoxWriteException {
    return new XmlOut(text, new WriteOptions(false, false));
  }

  @Test
  void keptAttributesAreWrittenUnderTheirPrefix() throws Exception {
    XmlOut out = out();
    out.start("urn:a", "E");
    out.attribute(new XmlAttribute("urn:x", "id", "x", "1"));
    out.attribute(new XmlAttribute(XMLConstants.XML_NS_URI, "lang", "xml", "en"));
    out.end();
    out.finish();
    assertThat(text.toString()).isEqualTo("<E xmlns=\"urn:a\" xmlns:x=\"urn:x\" x:id=\"1\" xml:lang=\"en\"/>");
  }

  @Test
  void aQNameInNoNamespacePutsItsElementUnderAPrefixAndUndeclaresTheDefault() throws Exception {
    XmlOut out = out();
    out.start("urn:a", "Fault");
    out.start("urn:a", "Code");
    out.text(out.qname(new QName("", "Plain")));
    out.end();
    out.start("urn:a", "Next");
    out.text(out.qname(new QName("urn:a", "Mine")));
    out.end();
    out.end();
    out.finish();
    assertThat(text.toString()).isEqualTo("<Fault xmlns=\"urn:a\"><p1:Code xmlns:p1=\"urn:a\" xmlns=\"\">Plain"
        + "</p1:Code><Next>Mine</Next></Fault>");
  }

  @Test
  void theChildrenOfAnElementWhoseDefaultIsUndeclaredDeclareTheirsAgain() throws Exception {
    XmlOut out = out();
    out.start("urn:a", "Fault");
    out.attribute("actor", out.qname(new QName("", "Plain")));
    out.attribute("role", out.qname(new QName("urn:a", "Next")));
    out.start("urn:a", "Code");
    out.end();
    out.end();
    out.finish();
    assertThat(text.toString()).isEqualTo("<p1:Fault xmlns:p1=\"urn:a\" actor=\"Plain\" role=\"p1:Next\">"
        + "<Code xmlns=\"urn:a\"/></p1:Fault>");
  }

  @Test
  void aQNameInNoNamespaceAfterAnUnprefixedOneOfTheElementsNamespaceIsRefused() throws Exception {
    XmlOut out = out();
    out.start("urn:a", "Fault");
    out.attribute("role", out.qname(new QName("urn:a", "Next")));
    PoxWriteException e = assertThrows(PoxWriteException.class, () -> out.qname(new QName("", "Plain")));
    assertThat(e).hasMessageThat().contains("at /Fault: the QName Plain is in no namespace, but the element holds a"
        + " QName in urn:a written without a prefix already");
  }

  @Test
  void reservedPrefixesAreReplaced() throws Exception {
    XmlOut out = out();
    out.start("urn:a", "E");
    out.attribute(new XmlAttribute("urn:x", "id", "xml", "1"));
    out.attribute(new XmlAttribute("urn:y", "id", "xmlns", "2"));
    out.end();
    out.finish();
    assertThat(text.toString())
        .isEqualTo("<E xmlns=\"urn:a\" xmlns:p1=\"urn:x\" p1:id=\"1\" xmlns:p2=\"urn:y\" p2:id=\"2\"/>");
  }

  @Test
  void refusesANamespaceDeclarationAsAnAttribute() throws Exception {
    XmlOut out = out();
    out.start("urn:a", "E");
    PoxWriteException e = assertThrows(PoxWriteException.class,
        () -> out.attribute(new XmlAttribute(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xsd", "xmlns", "urn:x")));
    assertThat(e).hasMessageThat().contains("/E: the attribute xsd of http://www.w3.org/2000/xmlns/"
        + " is a namespace declaration");
  }

  @Test
  void elementsNestedDeeperThanTheStartingStackAreWrittenIndentedAndNamedInMessages() throws Exception {
    XmlOut out = XmlOut.toText(new WriteOptions(true, false));
    StringBuilder expected = new StringBuilder();
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String ns = "urn:n" + (i / 10); // the default namespace changes every tenth level
      out.start(ns, "E" + i);
      expected.append(i == 0 ? "" : "\n").append("  ".repeat(i)).append("<E").append(i)
          .append(i % 10 == 0 ? " xmlns=\"" + ns + "\"" : "").append(">");
      path.append("/E").append(i);
    }
    String inside = path.toString();
    PoxWriteException e = assertThrows(PoxWriteException.class,
        () -> out.attribute(new XmlAttribute(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "x", "xmlns", "urn:x")));
    assertThat(e).hasMessageThat().contains("at " + inside + ": the attribute x of");
    out.start("urn:n3", "Mixed");
    out.mixed();
    out.text("t");
    out.start("urn:n3", "In");
    out.end();
    out.end();
    expected.append("\n").append("  ".repeat(40)).append("<Mixed>t<In/></Mixed>");
    for (int i = 39; i >= 0; i--) {
      out.end();
      expected.append("\n").append("  ".repeat(i)).append("</E").append(i).append(">");
    }
    out.finish();
    assertThat(out.text()).isEqualTo(expected.append("\n").toString());
  }

  /** A document of {@code n} elements, each with an escaped text and attribute, through {@code out}. */
  private static void many(XmlOut out, int n, String longText) throws PoxWriteException {
    out.start("urn:a", "Root");
    for (int i = 0; i < n; i++) {
      out.start("urn:a", "Item");
      out.attribute("n", i + "<&\"");
      out.text("a&b<c>" + i);
      out.end();
    }
    out.start("urn:b", "Long");
    out.text(longText);
    out.end();
    out.end();
    out.finish();
  }

  private static String expectedMany(int n, String escapedLong) {
    StringBuilder b = new StringBuilder("<Root xmlns=\"urn:a\">");
    for (int i = 0; i < n; i++) {
      b.append("<Item n=\"").append(i).append("&lt;&amp;&quot;\">a&amp;b&lt;c&gt;").append(i).append("</Item>");
    }
    return b.append("<Long xmlns=\"urn:b\">").append(escapedLong).append("</Long></Root>").toString();
  }

  @Test
  void aDocumentLongerThanAChunkReachesTheWriterWholeAndInOrder() throws Exception {
    String longText = "x".repeat(9000) + "&" + "y".repeat(5000);
    String expected = expectedMany(2000, "x".repeat(9000) + "&amp;" + "y".repeat(5000));
    int[] writes = {0};
    StringWriter sink = new StringWriter() {
      @Override
      public void write(char[] chars, int offset, int length) {
        writes[0]++;
        super.write(chars, offset, length);
      }

      @Override
      public void write(String s, int offset, int length) {
        writes[0]++;
        super.write(s, offset, length);
      }
    };
    XmlOut out = new XmlOut(sink, new WriteOptions(false, false));
    many(out, 2000, longText);
    assertThat(sink.toString()).isEqualTo(expected);
    assertThat(writes[0]).isAtMost(expected.length() / 1000);
    XmlOut toText = XmlOut.toText(new WriteOptions(false, false));
    many(toText, 2000, longText);
    assertThat(toText.text()).isEqualTo(expected);
  }

  @Test
  void writesToTextOnOneThreadNestedAndInTurnAreEachWhole() throws Exception {
    WriteOptions compact = new WriteOptions(false, false);
    XmlOut outer = XmlOut.toText(compact);
    outer.start("urn:a", "Outer");
    XmlOut inner = XmlOut.toText(compact);
    many(inner, 3, "in");
    outer.text("between");
    XmlOut toWriter = out();
    many(toWriter, 2, "w");
    outer.end();
    outer.finish();
    assertThat(inner.text()).isEqualTo(expectedMany(3, "in"));
    assertThat(text.toString()).isEqualTo(expectedMany(2, "w"));
    assertThat(outer.text()).isEqualTo("<Outer xmlns=\"urn:a\">between</Outer>");
    XmlOut next = XmlOut.toText(compact);
    many(next, 1, "again");
    assertThat(next.text()).isEqualTo(expectedMany(1, "again"));
    assertThat(outer.text()).isEqualTo("<Outer xmlns=\"urn:a\">between</Outer>");
  }

  @Test
  void aTextIsOnlyThereOnceFinishedAndOnlyForAWriterToText() throws Exception {
    XmlOut toText = XmlOut.toText(new WriteOptions(false, false));
    toText.start("", "E");
    toText.end();
    assertThrows(IllegalStateException.class, toText::text);
    assertThrows(IllegalStateException.class, () -> out().text());
    assertThrows(IllegalStateException.class, () -> XmlOut.discarding(new WriteOptions(false, false)).text());
  }

  @Test
  void aWriterThatFailsIsAWriteExceptionWhenTheTextReachesIt() throws Exception {
    java.io.Writer broken = new java.io.Writer() {
      @Override
      public void write(char[] chars, int offset, int length) throws java.io.IOException {
        throw new java.io.IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    XmlOut out = new XmlOut(broken, new WriteOptions(false, false));
    out.start("urn:a", "E");
    out.end();
    PoxWriteException e = assertThrows(PoxWriteException.class, out::finish);
    assertThat(e).hasMessageThat().contains("disk full");
  }

  @Test
  void aDiscardingWriterStillRefusesWhatXmlCannotCarry() throws Exception {
    XmlOut out = XmlOut.discarding(new WriteOptions(false, false));
    out.start("urn:a", "E");
    PoxWriteException e = assertThrows(PoxWriteException.class, () -> out.text("bad \u0001"));
    assertThat(e).hasMessageThat().contains("U+0001");
  }

  /**
   * Every character below U+0080, and some above, in text and in an attribute: the JDK's parser
   * reads back exactly what was written, and the characters XML 1.0 cannot carry are refused.
   */
  @Test
  void everyAsciiCharacterIsWrittenSoThatTheJdkParserReadsItBack() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      boolean carried = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
      if (carried) {
        all.append(c).append("x");
      } else {
        XmlOut out = XmlOut.toText(new WriteOptions(false, false));
        out.start("", "E");
        String bad = "a" + c;
        assertThrows(PoxWriteException.class, () -> out.text(bad), "U+" + (int) c + " in text");
        XmlOut attributes = XmlOut.toText(new WriteOptions(false, false));
        attributes.start("", "E");
        assertThrows(PoxWriteException.class, () -> attributes.attribute("a", bad), "U+" + (int) c);
      }
    }
    all.append("\u00e9\ud83d\ude00\ufffd]]>");
    XmlOut out = XmlOut.toText(new WriteOptions(false, false));
    out.start("", "E");
    out.attribute("a", all.toString());
    out.text(all.toString());
    out.end();
    out.finish();
    javax.xml.stream.XMLStreamReader r = javax.xml.stream.XMLInputFactory.newFactory()
        .createXMLStreamReader(new java.io.StringReader(out.text()));
    r.nextTag();
    assertThat(r.getAttributeValue(null, "a")).isEqualTo(all.toString());
    assertThat(r.getElementText()).isEqualTo(all.toString());
  }
}
