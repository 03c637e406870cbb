package dev.poxgen.examples.oracle;

import dev.poxgen.examples.testing.Corpus;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The JDK's XSD validator on the bundled schema, as read from the processor's sources. */
final class JdkOracle {
  private final Schema schema;

  JdkOracle() throws SAXException {
    Path dir = Corpus.root().resolve("processor/src/main/resources/dev/poxgen/processor/schema/autodiscover");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    List<Source> sources = new ArrayList<>();
    for (String file : List.of("autodiscover-responseschema-2006.xsd", "outlook-requestschema-2006.xsd",
        "mobilesync-requestschema-2006.xsd")) {
      sources.add(new StreamSource(dir.resolve(file).toFile()));
    }
    schema = f.newSchema(sources.toArray(new Source[0]));
  }

  /** The JDK's problems with a document; empty when it is valid. */
  List<String> problems(String xml) throws IOException {
    Validator v = schema.newValidator();
    List<String> problems = new ArrayList<>();
    v.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXException {
        throw e;
      }
    });
    try {
      v.validate(new StreamSource(new StringReader(xml)));
    } catch (SAXException e) {
      problems.add("fatal: " + e.getMessage());
    }
    return problems;
  }
}
