package dev.poxgen.examples.backends;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.XmlParser;
import dev.poxgen.internal.xml.XmlInput;
import org.junit.jupiter.api.Test;

/**
 * The build runs the reading battery twice: as the JVM reads (the JDK's StAX) and, under
 * {@code -Dpoxgen.xmlParser=xml-pull}, as Android reads (XmlPull, here kXML 2). This says which
 * run this is, so that a run that silently used the other parser fails.
 */
class ParserInUseTest {
  @Test
  void automaticTakesTheParserTheRunIsFor() {
    XmlParser.Kind expected = "xml-pull".equals(System.getProperty("poxgen.xmlParser"))
        ? XmlParser.Kind.XML_PULL : XmlParser.Kind.JDK_STAX;
    assertThat(XmlInput.automatic()).isEqualTo(expected);
  }
}
