package dev.poxgen.benchmarks;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.poxgen.Mode;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.XmlParser;
import dev.poxgen.benchmarks.pox.AutodiscoverResponse;
import dev.poxgen.benchmarks.pox.AutodiscoverValidator;
import dev.poxgen.benchmarks.pox.AutodiscoverXml;
import dev.poxgen.internal.xml.XmlEvents;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Each way of reading a document, set up once and shared by the benchmarks and the cold starts. */
public final class Contenders {
  /** poxgen on a Woodstox factory handed in by the caller (poxgen hardens it). */
  public static final class Woodstox {
    public static final ReadOptions OPTIONS = ReadOptions.lenient().withParser(XmlParser.stax(WstxInputFactory::new));

    private Woodstox() {}
  }

  /** The bare parsers, with DTDs off: each set up only when its contender runs (cold starts). */
  private static final class Stax {
    static final XMLInputFactory JDK = XMLInputFactory.newDefaultFactory();
    static final XMLInputFactory WOODSTOX = new WstxInputFactory();

    static {
      for (XMLInputFactory f : new XMLInputFactory[] {JDK, WOODSTOX}) {
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      }
    }
  }

  private Contenders() {}

  // ---- poxgen

  public static ReadResult<AutodiscoverResponse> poxgen(byte[] doc, ReadOptions options) throws PoxReadException {
    return AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(doc), options);
  }

  /**
   * Read and validated in one pass: a strict read's findings are what the validator finds in the
   * value it gives (examples' OracleTest checks that on every mutation it makes), so nothing is
   * walked twice. The number of findings.
   */
  public static int poxgenValidate(byte[] doc, ReadOptions options) throws PoxReadException {
    return poxgen(doc, options.withMode(Mode.STRICT)).findings().size();
  }

  /** Read leniently, then the value validated again: two passes, for comparison with the one. */
  public static int poxgenReadThenValidate(byte[] doc, ReadOptions options) throws PoxReadException {
    ReadResult<AutodiscoverResponse> r = poxgen(doc, options);
    return r.findings().size() + AutodiscoverValidator.validate(r.value()).size();
  }

  // ---- the floors: every event, every text touched

  public static long scan(byte[] doc, boolean woodstox) throws XMLStreamException {
    XMLStreamReader r = (woodstox ? Stax.WOODSTOX : Stax.JDK).createXMLStreamReader(new ByteArrayInputStream(doc));
    long sum = 0;
    while (r.hasNext()) {
      int e = r.next();
      if (e == XMLStreamConstants.CHARACTERS) {
        char[] text = r.getTextCharacters();
        int start = r.getTextStart();
        int end = start + r.getTextLength();
        for (int i = start; i < end; i++) {
          sum += text[i];
        }
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        sum += r.getLocalName().length() + r.getAttributeCount();
      }
    }
    r.close();
    return sum;
  }

  /**
   * The floor under poxgen's reader: the same scan through poxgen's event layer, the hardened
   * parser behind it with its input checked and every limit counted, but no cursor, no generated
   * code and no values. Touches what {@link #scan} touches (the build checks that the two sum
   * alike), so its time over the bare scan's is what the layer costs, and poxgen's over its own
   * is what the reading above it costs.
   */
  public static long events(byte[] doc, ReadOptions options) throws PoxReadException {
    try (XmlEvents e = dev.poxgen.internal.xml.XmlInput.open(doc, options)) {
      long sum = 0;
      for (int event = e.next(); event != XmlEvents.END_DOCUMENT; event = e.next()) {
        if (event == XmlEvents.TEXT) {
          char[] text = e.textCharacters();
          int start = e.textStart();
          int end = start + e.textLength();
          for (int i = start; i < end; i++) {
            sum += text[i];
          }
        } else if (event == XmlEvents.START_ELEMENT) {
          sum += e.localName().length() + e.attributeCount();
        }
      }
      return sum;
    }
  }

  // ---- JAXB, with classes xjc generated from the same XSD

  /** The cached JAXB context, built when a JAXB contender first runs. */
  public static final class Jaxb {
    public static final JAXBContext CONTEXT;

    static {
      try {
        CONTEXT = JAXBContext.newInstance("dev.poxgen.benchmarks.jaxb.root:dev.poxgen.benchmarks.jaxb.outlook"
            + ":dev.poxgen.benchmarks.jaxb.mobilesync:dev.poxgen.benchmarks.jaxb.request"
            + ":dev.poxgen.benchmarks.jaxb.mobilesyncrequest");
      } catch (JAXBException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private Jaxb() {}
  }

  /** The cached XSD Schema, compiled when a validating contender other than poxgen first runs. */
  public static final class Xsd {
    public static final Schema SCHEMA;

    static {
      try {
        SCHEMA = schema();
      } catch (SAXException | IOException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private Xsd() {}
  }

  /** The bundled XSD, from the processor's jar on this class path. */
  private static Schema schema() throws SAXException, IOException {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Path dir = Files.createTempDirectory("poxgen-xsd");
    List<Source> sources = new ArrayList<>();
    for (String file : new String[] {"autodiscover-responseschema-2006.xsd", "outlook-responseschema-2006a.xsd",
        "mobilesync-responseschema-2006.xsd", "outlook-requestschema-2006.xsd", "mobilesync-requestschema-2006.xsd"}) {
      try (var in = Contenders.class.getResourceAsStream("/xsd/" + file)) {
        Files.write(dir.resolve(file), in.readAllBytes());
      }
    }
    for (String entry : new String[] {"autodiscover-responseschema-2006.xsd", "outlook-requestschema-2006.xsd",
        "mobilesync-requestschema-2006.xsd"}) {
      sources.add(new StreamSource(dir.resolve(entry).toFile()));
    }
    return f.newSchema(sources.toArray(new Source[0]));
  }

  public static Object jaxb(byte[] doc, boolean validate) throws JAXBException {
    Unmarshaller u = Jaxb.CONTEXT.createUnmarshaller();
    if (validate) {
      u.setSchema(Xsd.SCHEMA);
    }
    return u.unmarshal(new ByteArrayInputStream(doc));
  }

  // ---- DOM and SAX with javax.xml.validation

  private static final class Dom {
    static final DocumentBuilderFactory FACTORY = DocumentBuilderFactory.newInstance();

    static {
      FACTORY.setNamespaceAware(true);
      try {
        FACTORY.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      } catch (Exception e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  public static Document domValidate(byte[] doc) throws Exception {
    DocumentBuilder b = Dom.FACTORY.newDocumentBuilder();
    Document d = b.parse(new ByteArrayInputStream(doc));
    Validator v = Xsd.SCHEMA.newValidator();
    v.validate(new DOMSource(d));
    return d;
  }

  public static void saxValidate(byte[] doc) throws Exception {
    Validator v = Xsd.SCHEMA.newValidator();
    v.validate(new StreamSource(new ByteArrayInputStream(doc)));
  }

  // ---- Jackson XML into plain classes

  /** The Jackson XML mapper, built when a Jackson contender first runs. */
  public static final class Jackson {
    public static final XmlMapper MAPPER = XmlMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();

    private Jackson() {}
  }

  public static JacksonModel.Autodiscover jackson(byte[] doc) throws IOException {
    return Jackson.MAPPER.readValue(doc, JacksonModel.Autodiscover.class);
  }
}
