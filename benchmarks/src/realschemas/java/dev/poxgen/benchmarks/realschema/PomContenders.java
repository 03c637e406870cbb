package dev.poxgen.benchmarks.realschema;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import dev.poxgen.Mode;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.XmlParser;
import dev.poxgen.benchmarks.Documents;
import dev.poxgen.benchmarks.pom.Model;
import dev.poxgen.benchmarks.pom.Maven400Xml;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * Each way of reading a Maven POM, from the schema as published: poxgen's generated classes,
 * xjc's with JAXB (validating or not), and Jackson XML into xjc's classes through their JAXB
 * annotations, as a Jackson user with a schema would bind it.
 */
final class PomContenders {
  /** This repository's own {@code pom.xml}, 20 KB, a real POM with comments and plugin configuration. */
  static final byte[] DOCUMENT = Documents.resource("/realschemas/pom.xml");

  static final ReadOptions WOODSTOX = ReadOptions.lenient().withParser(XmlParser.stax(WstxInputFactory::new));

  private PomContenders() {}

  // ---- poxgen

  static ReadResult<Model> poxgen(byte[] doc, ReadOptions options) throws PoxReadException {
    return Maven400Xml.readModel(XmlInput.of(doc), options);
  }

  /** Read and validated in one pass: the number of findings of a strict read. */
  static int poxgenValidate(byte[] doc, ReadOptions options) throws PoxReadException {
    return poxgen(doc, options.withMode(Mode.STRICT)).findings().size();
  }

  // ---- JAXB with xjc's classes

  static final class Jaxb {
    static final JAXBContext CONTEXT;
    static final Schema SCHEMA;

    static {
      try {
        CONTEXT = JAXBContext.newInstance("dev.poxgen.benchmarks.pomjaxb");
        SCHEMA = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(
            new ByteArrayInputStream(Documents.resource("/realschemas/maven-4.0.0.xsd"))));
      } catch (JAXBException | SAXException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private Jaxb() {}
  }

  static Object jaxb(byte[] doc, boolean validate) throws JAXBException {
    Unmarshaller u = Jaxb.CONTEXT.createUnmarshaller();
    if (validate) {
      u.setSchema(Jaxb.SCHEMA);
    }
    return u.unmarshal(new ByteArrayInputStream(doc));
  }

  // ---- Jackson XML into xjc's classes

  static final class Jackson {
    static final XmlMapper MAPPER = XmlMapper.builder()
        .addModule(new JakartaXmlBindAnnotationModule())
        .defaultUseWrapper(false)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private Jackson() {}
  }

  static dev.poxgen.benchmarks.pomjaxb.Model jackson(byte[] doc) throws IOException {
    return Jackson.MAPPER.readValue(doc, dev.poxgen.benchmarks.pomjaxb.Model.class);
  }
}
