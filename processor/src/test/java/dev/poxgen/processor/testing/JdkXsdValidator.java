package dev.poxgen.processor.testing;

import dev.poxgen.processor.schema.BundledSchema;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's own XSD validator ({@code javax.xml.validation}) over the bundled schema: the oracle
 * poxgen's schema, and later its generated validators, are checked against.
 */
public final class JdkXsdValidator {
  /** One problem the JDK reported; {@code fatal} when the document is not well-formed XML. */
  public record Finding(int line, int column, String message, boolean fatal) {}

  private final Schema schema;

  /** An error handler that turns every error into an exception: a schema the JDK refuses fails to load. */
  public static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
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

  /** Validates with a schema the caller compiled. */
  public static JdkXsdValidator of(Schema schema) {
    return new JdkXsdValidator(schema);
  }

  private JdkXsdValidator(Schema schema) {
    this.schema = schema;
  }

  public static JdkXsdValidator forBundled(BundledSchema bundled, List<String> entryFiles) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      List<Source> sources = new ArrayList<>();
      for (String file : entryFiles) {
        URL url = Objects.requireNonNull(
            JdkXsdValidator.class.getClassLoader().getResource(bundled.resourceFolder() + file), file);
        sources.add(new StreamSource(url.toExternalForm()));
      }
      return new JdkXsdValidator(f.newSchema(sources.toArray(new Source[0])));
    } catch (SAXException e) {
      throw new IllegalStateException("the bundled XSD does not load in the JDK", e);
    }
  }

  /** Validates with one XSD on the test class path, such as a fixture's {@code schema.xsd}. */
  public static JdkXsdValidator forResource(String xsdResource) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setResourceResolver(JdkXsdValidator::bundledXmlNamespace);
      URL url = Objects.requireNonNull(JdkXsdValidator.class.getClassLoader().getResource(xsdResource), xsdResource);
      return new JdkXsdValidator(f.newSchema(new StreamSource(url.toExternalForm())));
    } catch (SAXException e) {
      throw new IllegalStateException(xsdResource + " does not load in the JDK", e);
    }
  }

  /**
   * The W3C's {@code xml.xsd} from the copy poxgen bundles, for a schema that imports it from its
   * absolute URL, as poxgen reads it: never from the network. Anything else as the JDK resolves it.
   */
  private static org.w3c.dom.ls.LSInput bundledXmlNamespace(String type, String namespace, String publicId,
      String systemId, String baseUri) {
    if (!"http://www.w3.org/2001/xml.xsd".equals(systemId)) {
      return null;
    }
    try {
      org.w3c.dom.ls.DOMImplementationLS ls = (org.w3c.dom.ls.DOMImplementationLS) javax.xml.parsers
          .DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
      org.w3c.dom.ls.LSInput in = ls.createLSInput();
      URL copy = Objects.requireNonNull(JdkXsdValidator.class.getClassLoader()
          .getResource("dev/poxgen/processor/schema/w3c/xml.xsd"));
      in.setSystemId(copy.toExternalForm());
      in.setByteStream(copy.openStream());
      return in;
    } catch (javax.xml.parsers.ParserConfigurationException | IOException e) {
      throw new IllegalStateException("the bundled xml.xsd", e);
    }
  }

  /** Validates a document held in a string. */
  public List<Finding> validate(String document) throws IOException {
    return validate(new StreamSource(new java.io.StringReader(document)));
  }

  /**
   * Validates with schema documents on disk, read with secure processing; their imports and
   * includes may name local files only.
   *
   * @throws SAXException when the JDK does not accept the documents as a schema
   */
  public static JdkXsdValidator forFiles(List<Path> documents) throws SAXException {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setErrorHandler(FAIL_ON_ERROR);
    List<Source> sources = new ArrayList<>();
    for (Path p : documents) {
      sources.add(new StreamSource(p.toUri().toString()));
    }
    return new JdkXsdValidator(f.newSchema(sources.toArray(new Source[0])));
  }

  /** Validates with the bundled Autodiscover schema's entry files. */
  public static JdkXsdValidator autodiscover() {
    return forBundled(
        BundledSchema.AUTODISCOVER,
        List.of(
            "autodiscover-responseschema-2006.xsd",
            "outlook-requestschema-2006.xsd",
            "mobilesync-requestschema-2006.xsd"));
  }

  public List<Finding> validate(Path document) throws IOException {
    return validate(new StreamSource(document.toFile()));
  }

  private List<Finding> validate(Source document) throws IOException {
    Validator v = schema.newValidator();
    try {
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
    List<Finding> findings = new ArrayList<>();
    v.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            findings.add(new Finding(e.getLineNumber(), e.getColumnNumber(), e.getMessage(), false));
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }
        });
    try {
      v.validate(document);
    } catch (SAXParseException e) {
      findings.add(new Finding(e.getLineNumber(), e.getColumnNumber(), e.getMessage(), true));
    } catch (SAXException e) {
      findings.add(new Finding(-1, -1, e.getMessage(), true));
    }
    return findings;
  }
}
