package dev.poxgen.processor.schema;

import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XSD files into DOM with nothing fetched: a document type declaration is read for its
 * internal subset only (its entities expanded within the JDK's secure-processing limits, its
 * attribute defaults applied), its external subset never (see {@link Doctypes}), and an external
 * entity, which would have to be fetched, is refused, whatever the file says.
 *
 * <p>One instance reads the files of one schema set, one after another, with one parser: the
 * JDK's own ({@code newDefaultInstance}, not whichever a class path names), made and hardened
 * once. Making and hardening one for each file took about 10 ms a file in javac's cold JVM.
 */
final class HardenedXml {
  /** Every error an exception, which {@link #parse} reports as the file's problem; warnings dropped. */
  private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
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
  };

  private final DocumentBuilder builder;

  HardenedXml() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      builder = f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's DOM parser cannot be hardened", e);
    }
  }

  Document parse(String file, byte[] bytes) {
    builder.reset(); // as newDocumentBuilder made it, whatever the previous file left
    builder.setErrorHandler(FAIL_ON_ERROR);
    try {
      InputSource in = new InputSource(new ByteArrayInputStream(bytes));
      in.setSystemId(file);
      Document document = builder.parse(in);
      noExternalEntities(file, document);
      return document;
    } catch (SAXParseException e) {
      throw new Problem(
          e,
          Message.XSD_MALFORMED,
          file,
          "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
    } catch (SAXException | IOException e) {
      throw new Problem(e, Message.XSD_MALFORMED, file, String.valueOf(e.getMessage()));
    }
  }

  /** An entity of the internal subset whose text is in another file: poxgen fetches nothing. */
  private static final Pattern EXTERNAL_ENTITY =
      Pattern.compile("<!ENTITY\\s+(%\\s+)?([^\\s]+)\\s+(SYSTEM|PUBLIC)\\b");

  private static void noExternalEntities(String file, Document document) {
    DocumentType type = document.getDoctype();
    String subset = type == null ? null : type.getInternalSubset();
    if (subset == null) {
      return;
    }
    Matcher m = EXTERNAL_ENTITY.matcher(subset);
    if (m.find()) {
      throw new Problem(Message.XSD_MALFORMED, file, "its DOCTYPE declares the external "
          + (m.group(1) == null ? "" : "parameter ") + "entity \"" + m.group(2) + "\", which poxgen does not"
          + " fetch: poxgen reads a DOCTYPE's internal subset only. Write the entity's text in the"
          + " declaration, or the document without it.");
    }
  }
}
