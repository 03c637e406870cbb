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
}
