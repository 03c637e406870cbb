package dev.poxgen.processor.schema;

import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XSD files into DOM with nothing fetched: DOCTYPE is refused, so no DTD and no external
 * entity is ever read, whatever the file says.
 */
final class HardenedXml {
  private HardenedXml() {}

  static Document parse(String file, byte[] bytes) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      InputSource in = new InputSource(new ByteArrayInputStream(bytes));
      in.setSystemId(file);
      return b.parse(in);
    } catch (SAXParseException e) {
      throw new Problem(
          e,
          Message.XSD_MALFORMED,
          file,
          "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
    } catch (SAXException | IOException e) {
      throw new Problem(e, Message.XSD_MALFORMED, file, String.valueOf(e.getMessage()));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's DOM parser cannot be hardened", e);
    }
  }
}
