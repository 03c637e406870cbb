package dev.poxgen.processor.schema;

import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK's own judge of a schema set's validity: {@code javax.xml.validation}'s XML Schema 1.0
 * compiler, run over the documents {@link SchemaFiles} found, with every reference resolved to
 * those same documents (nothing is fetched). Each error it reports becomes a problem with the
 * file, line and column it gives; xmlschema-core, which builds poxgen's model, accepts much that
 * XML Schema forbids (bad regular expressions, {@code final} on a local element, misplaced
 * annotations), so this check comes first.
 */
final class SchemaValidity {
  /**
   * The scheme the JDK sees a relative key under: it resolves relative system ids against the
   * working directory, and this keeps them in the set's own space.
   */
  private static final String SCHEME = "poxgen:/";

  private SchemaValidity() {}

  private static String toJdk(String key) {
    return key.contains(":") ? key : SCHEME + key;
  }

  private static String fromJdk(String systemId) {
    return systemId != null && systemId.startsWith(SCHEME) ? systemId.substring(SCHEME.length()) : systemId;
  }

  /** Every error the JDK finds in the set; empty when it compiles the set. */
  static List<Problem> check(SchemaFiles files) {
    List<Problem> problems = new ArrayList<>();
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("the JDK's schema factory cannot be hardened", e);
    }
    factory.setResourceResolver(resolver(files));
    factory.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        problems.add(problem(files, e));
      }

      @Override
      public void fatalError(SAXParseException e) {
        problems.add(problem(files, e));
      }
    });
    List<Source> entries = new ArrayList<>();
    for (String entry : files.entryFiles()) {
      entries.add(new StreamSource(new ByteArrayInputStream(files.bytes(entry)), toJdk(entry)));
    }
    try {
      factory.newSchema(entries.toArray(Source[]::new));
    } catch (SAXParseException e) {
      if (problems.isEmpty()) {
        problems.add(problem(files, e));
      }
    } catch (SAXException e) {
      if (problems.isEmpty()) {
        problems.add(new Problem(e, Message.XSD_INVALID, files.entryFiles().get(0), 0, 0, e.getMessage()));
      }
    }
    return List.copyOf(problems);
  }

  private static Problem problem(SchemaFiles files, SAXParseException e) {
    String file = e.getSystemId() == null ? files.entryFiles().get(0) : fromJdk(e.getSystemId());
    String message = e.getMessage() == null ? "" : e.getMessage().replace(SCHEME, "");
    String hint = files.unfollowedHint();
    if (message.startsWith("src-resolve") && !hint.isEmpty()) {
      message += (message.endsWith(".") ? "" : ".") + hint;
    }
    return new Problem(e, Message.XSD_INVALID, file, e.getLineNumber(), e.getColumnNumber(), message);
  }

  /** Hands the JDK the documents of the set, by the same rules as the model's reader. */
  private static LSResourceResolver resolver(SchemaFiles files) {
    return (type, namespace, publicId, systemId, baseUri) -> {
      Optional<String> key;
      try {
        key = files.locate(namespace, systemId, fromJdk(baseUri));
      } catch (Problem p) {
        return null; // SchemaFiles reported it when it read the set
      }
      if (key.isEmpty()) {
        // A location poxgen does not follow (absolute, no catalog entry): for the JDK as for XML
        // Schema, a document that contributes no components, rather than one it would fetch.
        return new Document(systemId == null ? "poxgen:unfollowed" : systemId, emptySchema(namespace));
      }
      if (files.bytes(key.get()) == null) {
        return null;
      }
      return new Document(toJdk(key.get()), files.bytes(key.get()));
    };
  }

  private static byte[] emptySchema(String namespace) {
    String target = namespace == null || namespace.isEmpty()
        ? ""
        : " targetNamespace=\"" + namespace.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"";
    return ("<xs:schema xmlns:xs=\"" + XMLConstants.W3C_XML_SCHEMA_NS_URI + "\"" + target + "/>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A schema document's bytes as an {@link LSInput}. */
  private static final class Document implements LSInput {
    private final String systemId;
    private final byte[] bytes;

    Document(String systemId, byte[] bytes) {
      this.systemId = systemId;
      this.bytes = bytes;
    }

    @Override
    public InputStream getByteStream() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public String getSystemId() {
      return systemId;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public void setCharacterStream(Reader characterStream) {}

    @Override
    public void setByteStream(InputStream byteStream) {}

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public void setStringData(String stringData) {}

    @Override
    public void setSystemId(String systemId) {}

    @Override
    public String getPublicId() {
      return null;
    }

    @Override
    public void setPublicId(String publicId) {}

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public void setBaseURI(String baseUri) {}

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public void setEncoding(String encoding) {}

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCertifiedText(boolean certifiedText) {}
  }
}
