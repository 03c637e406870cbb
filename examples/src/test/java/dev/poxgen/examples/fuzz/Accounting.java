package dev.poxgen.examples.fuzz;

import dev.poxgen.ReadResult;
import dev.poxgen.WriteOptions;
import dev.poxgen.examples.autodiscover.AutodiscoverDocument;
import dev.poxgen.examples.autodiscover.AutodiscoverRequest;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.MobileSyncAutodiscoverRequest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Nothing lost: every element, attribute and text of a document that read is in the typed value
 * or its kept content, so writing the value back holds each of them again (counted by local name
 * and value; namespaces, order and spelling of defaults aside).
 */
final class Accounting {
  private Accounting() {}

  static List<String> lost(byte[] input, ReadResult<AutodiscoverDocument> read) {
    Map<String, Integer> in;
    try {
      in = census(parse(new InputSource(new ByteArrayInputStream(input))));
    } catch (Exception notForDom) {
      return List.of(); // poxgen read what the JDK's DOM parser would not: nothing to compare against
    }
    String written;
    try {
      Object v = read.value();
      written = v instanceof AutodiscoverResponse r ? AutodiscoverXml.toXml(r, WriteOptions.compact())
          : v instanceof AutodiscoverRequest q ? AutodiscoverXml.toXml(q, WriteOptions.compact())
          : AutodiscoverXml.toXml((MobileSyncAutodiscoverRequest) v, WriteOptions.compact());
    } catch (Exception e) {
      return List.of("the value could not be written: " + e);
    }
    Map<String, Integer> out;
    try {
      out = census(parse(new InputSource(new StringReader(written))));
    } catch (Exception e) {
      return List.of("what was written does not parse: " + e);
    }
    List<String> lost = new ArrayList<>();
    in.forEach((key, count) -> {
      if (out.getOrDefault(key, 0) < count) {
        lost.add(key + " x" + (count - out.getOrDefault(key, 0)));
      }
    });
    return lost;
  }

  private static Document parse(InputSource source) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = f.newDocumentBuilder();
    builder.setErrorHandler(new DefaultHandler() {
      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        throw e; // and print nothing: the default handler writes "[Fatal Error]" to standard error
      }
    });
    return builder.parse(source);
  }

  private static Map<String, Integer> census(Document doc) {
    Map<String, Integer> counts = new HashMap<>();
    count(doc.getDocumentElement(), counts);
    return counts;
  }

  private static void count(Element e, Map<String, Integer> counts) {
    counts.merge("<" + e.getLocalName() + ">", 1, Integer::sum);
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
        counts.merge("@" + a.getLocalName() + "=" + a.getValue(), 1, Integer::sum);
      }
    }
    boolean hasElements = false;
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        hasElements = true;
        count(c, counts);
      }
    }
    if (!hasElements) {
      String text = e.getTextContent().strip();
      if (!text.isEmpty()) {
        counts.merge("text " + text, 1, Integer::sum);
      }
    }
  }
}
