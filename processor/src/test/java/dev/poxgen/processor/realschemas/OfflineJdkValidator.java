package dev.poxgen.processor.realschemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.poxgen.processor.testing.JdkXsdValidator;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The JDK's XSD validator over a real schema, offline: an import the schema spells as an absolute
 * {@code http} address (or, for the XML namespace, without any location) is answered from the
 * local copies in {@code realschemas/_w3c/} and beside the schema; any other address outside the
 * schema's folder fails the schema instead of reaching the network; so does the W3C's
 * {@code XMLSchema.dtd} that a schema document's DOCTYPE names. The schema files themselves
 * stay as published.
 */
final class OfflineJdkValidator {
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private OfflineJdkValidator() {}

  /**
   * Loads {@code entry}; {@code w3c} is the folder of local W3C copies and {@code absolute} maps
   * the absolute addresses the schema uses to files.
   */
  static JdkXsdValidator load(Path entry, Path w3c, Map<String, Path> absolute) throws SAXException {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    // A schema document's DOCTYPE (the W3C's xenc-schema.xsd has one) reads its DTD from the local copy.
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "file");
    List<String> refused = new ArrayList<>();
    f.setResourceResolver(new LSResourceResolver() {
      @Override
      public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
        Path local = null;
        if (systemId == null && XML_NS.equals(namespace)) {
          local = w3c.resolve("xml.xsd");
        } else if ("http://www.w3.org/2001/XMLSchema.dtd".equals(systemId)) {
          local = w3c.resolve("XMLSchema.dtd");
        } else if (systemId != null && absolute.containsKey(systemId)) {
          local = absolute.get(systemId);
        } else if (systemId != null && (systemId.startsWith("http:") || systemId.startsWith("https:"))) {
          refused.add(systemId);
        }
        return local == null ? null : new FileInput(local, publicId);
      }
    });
    f.setErrorHandler(JdkXsdValidator.FAIL_ON_ERROR);
    Schema s = f.newSchema(new StreamSource(entry.toUri().toString()));
    if (!refused.isEmpty()) {
      throw new SAXException("the schema refers to " + refused + ", which has no local copy mapped");
    }
    return JdkXsdValidator.of(s);
  }

  /** A local file handed to the JDK in place of an address. */
  private static final class FileInput implements LSInput {
    private final Path file;
    private final String publicId;

    FileInput(Path file, String publicId) {
      this.file = file;
      this.publicId = publicId;
    }

    @Override
    public InputStream getByteStream() {
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String getSystemId() {
      return file.toUri().toString();
    }

    @Override
    public String getPublicId() {
      return publicId;
    }

    @Override
    public Reader getCharacterStream() {
      return null;
    }

    @Override
    public String getStringData() {
      return null;
    }

    @Override
    public String getBaseURI() {
      return null;
    }

    @Override
    public String getEncoding() {
      return null;
    }

    @Override
    public boolean getCertifiedText() {
      return false;
    }

    @Override
    public void setCharacterStream(Reader r) {}

    @Override
    public void setByteStream(InputStream b) {}

    @Override
    public void setStringData(String s) {}

    @Override
    public void setSystemId(String s) {}

    @Override
    public void setPublicId(String p) {}

    @Override
    public void setBaseURI(String b) {}

    @Override
    public void setEncoding(String e) {}

    @Override
    public void setCertifiedText(boolean c) {}
  }
}
