package dev.poxgen.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;
import dev.poxgen.processor.model.AttributeModel;
import dev.poxgen.processor.model.SchemaModel;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.testing.InlineXsd;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The schema stage's files and judgement: how documents are found (relative, the W3C's bundled
 * documents, catalogs), the JDK's verdict on validity with file, line and column, every problem of
 * a set in one report, and no input that overflows the stack.
 */
class SchemaFilesTest {
  private static final SchemaLoader LOADER = new SchemaLoader();
  private static final String XS = "xmlns:xs='http://www.w3.org/2001/XMLSchema'";

  private static Problem problem(SchemaSet set) {
    return assertThrows(Problem.class, () -> LOADER.load(set));
  }

  /** The fixture {@code fixtures/catalog}: an order schema importing a common one by absolute URL. */
  private static SchemaSet orders(boolean withCatalog) throws URISyntaxException {
    URI catalog = SchemaFilesTest.class.getClassLoader().getResource("catalog/catalog.xml").toURI();
    XsdResolver classPath = new XsdResolver() {
      @Override
      public java.util.Optional<java.io.InputStream> open(String path) {
        return java.util.Optional.ofNullable(SchemaFilesTest.class.getClassLoader().getResourceAsStream(path));
      }

      @Override
      public String describe() {
        return "the test class path";
      }
    };
    SchemaSet set = new SchemaSet("catalog/orders.xsd", List.of("catalog/orders.xsd"), classPath);
    return withCatalog ? set.withCatalogs(List.of(catalog)) : set;
  }

  @Nested
  class Locations {
    @Test
    void theW3cXmlSchemaDocumentIsBundledNotFetched() throws Exception {
      SchemaModel m = LOADER.load(orders(true));
      List<XmlName> attributes = m.complexTypes().values().stream()
          .flatMap(t -> t.attributes().stream()).map(AttributeModel::name).toList();
      assertThat(attributes).containsExactly(XmlName.of("http://www.w3.org/XML/1998/namespace", "base"));
      assertThat(m.files()).contains("http://www.w3.org/2001/xml.xsd");
    }

    @Test
    void aCatalogMapsAnAbsoluteLocationToALocalFile() throws Exception {
      SchemaModel m = LOADER.load(orders(true));
      assertThat(m.simpleType(XmlName.of("urn:common", "Amount"))).isPresent();
      assertThat(m.files().stream().anyMatch(f -> f.startsWith("file:") && f.endsWith("catalog/local/common.xsd")))
          .isTrue();
    }

    @Test
    void withoutACatalogTheComponentIsMissingAndTheMessageNamesTheOption() throws Exception {
      Problem p = problem(orders(false));
      assertThat(p.kind()).isEqualTo(Message.XSD_INVALID);
      assertThat(p.getMessage()).contains("catalog/orders.xsd:8:");
      assertThat(p.getMessage()).contains("src-resolve");
      assertThat(p.getMessage()).contains("\"https://schemas.example.com/common/1.0/common.xsd\"");
      assertThat(p.getMessage()).contains("-Apoxgen.catalog=path/to/catalog.xml");
    }

    @Test
    void anAbsoluteLocationNothingNeedsIsLeftAsXmlSchemaAllows() {
      SchemaModel m = LOADER.load(InlineXsd.of("""
          <xs:import namespace='urn:elsewhere' schemaLocation='http://127.0.0.1/must%20not%20resolve.xsd'/>
          <xs:element name='A' type='xs:string'/>"""));
      assertThat(m.roots()).hasSize(1);
    }

    @Test
    void aCatalogThatIsNoFileIsRefused() {
      SchemaSet set = InlineXsd.of("<xs:element name='A' type='xs:string'/>")
          .withCatalogs(List.of(URI.create("file:/nowhere/catalog.xml")));
      Problem p = problem(set);
      assertThat(p.kind()).isEqualTo(Message.XSD_CATALOG);
      assertThat(p.getMessage()).contains("file:/nowhere/catalog.xml");
    }
  }

  @Nested
  class Validity {
    @Test
    void theJdkJudgesAndEachErrorHasFileLineAndColumn() {
      Problem p = problem(new InlineXsd().file("v.xsd", "<xs:schema " + XS + ">\n"
          + "  <xs:element name='A'>\n"
          + "    <xs:complexType><xs:sequence><xs:element name='X' type='xs:string' final='#all'/></xs:sequence></xs:complexType>\n"
          + "  </xs:element>\n"
          + "  <xs:simpleType name='C'><xs:restriction base='xs:string'><xs:pattern value='(?-i:a)b'/></xs:restriction></xs:simpleType>\n"
          + "</xs:schema>").set("v.xsd"));
      assertThat(p.kind()).isEqualTo(Message.XSD_INVALID);
      List<String> messages = p.all().stream().map(Problem::getMessage).toList();
      assertThat(messages.stream().anyMatch(s -> s.startsWith("[poxgen:xsd-invalid] v.xsd:3:") && s.contains("final")))
          .isTrue();
      assertThat(messages.stream().anyMatch(s -> s.startsWith("[poxgen:xsd-invalid] v.xsd:5:") && s.contains("(?-i:a)b")))
          .isTrue();
    }

    @Test
    void anErrorInAnImportedDocumentNamesThatDocument() {
      Problem p = problem(new InlineXsd()
          .file("main.xsd", "<xs:schema " + XS + "><xs:include schemaLocation='sub/part.xsd'/>"
              + "<xs:element name='A' type='T'/></xs:schema>")
          .file("sub/part.xsd", "<xs:schema " + XS + ">\n<xs:complexType name='T'>"
              + "<xs:attribute name='a' type='xs:int' use='required' default='1'/></xs:complexType></xs:schema>")
          .set("main.xsd"));
      assertThat(p.getMessage()).startsWith("[poxgen:xsd-invalid] sub/part.xsd:2:");
    }

    @Test
    void theBundledSchemaIsTrustedSoItsCompilesPayNoJdkCheck() {
      assertThat(BundledSchema.AUTODISCOVER.schemaSet().checkValidity()).isFalse();
      // ...and the trust is earned: the JDK compiles it.
      assertThat(SchemaValidity.check(SchemaFiles.read(new SchemaSet(
          "autodiscover", BundledSchema.AUTODISCOVER.schemaSet().entryFiles(),
          BundledSchema.AUTODISCOVER.schemaSet().resolver())))).isEmpty();
    }
  }

  @Nested
  class OneReport {
    @Test
    void everyUnsupportedPartOfTheSetIsReportedInOneLoad() {
      Problem p = problem(InlineXsd.of("""
          <xs:element name='A' type='t:A'/>
          <xs:complexType name='A'><xs:sequence>
            <xs:element name='Sizes'><xs:simpleType><xs:restriction base='xs:gMonth'><xs:enumeration value='--05--'/></xs:restriction></xs:simpleType></xs:element>
            <xs:element name='Fine' type='xs:string'/>
            <xs:element name='Either'><xs:simpleType><xs:restriction base='xs:gMonth'><xs:enumeration value='--05--'/></xs:restriction></xs:simpleType></xs:element>
          </xs:sequence></xs:complexType>
          <xs:element name='B'><xs:complexType><xs:annotation><xs:appinfo><r:check xmlns:r='urn:poxgen:rules'/></xs:appinfo></xs:annotation><xs:sequence><xs:element name='When' type='xs:string'/></xs:sequence></xs:complexType></xs:element>"""));
      List<String> messages = p.all().stream().map(Problem::getMessage).toList();
      assertThat(messages).hasSize(3);
      assertThat(messages.get(0)).contains("complexType A > sequence > element Sizes:"
          + " the enumeration value \"--05--\" of xs:gMonth is in the form --MM--");
      assertThat(messages.get(1)).contains("complexType A > sequence > element Either:"
          + " the enumeration value \"--05--\" of xs:gMonth is in the form --MM--");
      assertThat(messages.get(2)).contains("the appinfo element <check> of urn:poxgen:rules");
    }

    @Test
    void aTypeReachedTwiceIsReportedOnce() {
      Problem p = problem(InlineXsd.of("""
          <xs:element name='A' type='t:L'/>
          <xs:element name='B' type='t:L'/>
          <xs:simpleType name='L'><xs:restriction base='xs:gMonth'><xs:enumeration value='--05--'/></xs:restriction></xs:simpleType>"""));
      assertThat(p.all()).hasSize(1);
    }
  }

  @Nested
  class Cycles {
    @Test
    void aRedefinedAttributeGroupThatRefersToItselfMeansTheOneItRedefines() {
      SchemaModel m = LOADER.load(new InlineXsd()
          .file("main.xsd", "<xs:schema " + XS + ">"
              + "<xs:redefine schemaLocation='old.xsd'><xs:attributeGroup name='car'>"
              + "<xs:attributeGroup ref='car'/><xs:attribute name='extra' type='xs:int'/>"
              + "</xs:attributeGroup></xs:redefine>"
              + "<xs:element name='doc'><xs:complexType><xs:attributeGroup ref='car'/></xs:complexType></xs:element>"
              + "</xs:schema>")
          .file("old.xsd", "<xs:schema " + XS + "><xs:attributeGroup name='car'>"
              + "<xs:attribute name='att' type='xs:int'/></xs:attributeGroup></xs:schema>")
          .set("main.xsd"));
      assertThat(m.complexTypes().values().iterator().next().attributes().stream()
              .map(a -> a.name().localName()).toList())
          .containsExactly("att", "extra").inOrder();
    }

    @Test
    void aRedefinedModelGroupThatRefersToItselfMeansTheOneItRedefines() {
      // W3C schR2 and xsd003b: it overflowed the stack, which javac reported as running out of memory.
      SchemaModel m = LOADER.load(new InlineXsd()
          .file("main.xsd", "<xs:schema " + XS + ">"
              + "<xs:redefine schemaLocation='old.xsd'><xs:group name='g'><xs:sequence>"
              + "<xs:element name='in' type='xs:int'/><xs:group ref='g'/><xs:element name='out' type='xs:int'/>"
              + "</xs:sequence></xs:group></xs:redefine>"
              + "<xs:element name='doc'><xs:complexType><xs:group ref='g'/></xs:complexType></xs:element>"
              + "</xs:schema>")
          .file("old.xsd", "<xs:schema " + XS + "><xs:group name='g'><xs:sequence>"
              + "<xs:element name='mid' type='xs:string'/></xs:sequence></xs:group></xs:schema>")
          .set("main.xsd"));
      assertThat(m.complexTypes().values().iterator().next().elements().stream()
              .map(e -> e.name().localName()).toList())
          .containsExactly("in", "mid", "out").inOrder();
    }

    @Test
    void aRedefinedSimpleTypeIsTheRedefinitionEverywhereItsNameIsUsed() {
      // W3C xsd003b.n01: an attribute of the redefined document, typed with the redefined type,
      // took a value outside the redefinition's enumeration.
      SchemaModel m = LOADER.load(new InlineXsd()
          .file("main.xsd", "<xs:schema " + XS + ">"
              + "<xs:redefine schemaLocation='old.xsd'><xs:simpleType name='s'><xs:restriction base='s'>"
              + "<xs:enumeration value='yes'/><xs:enumeration value='no'/></xs:restriction></xs:simpleType>"
              + "</xs:redefine></xs:schema>")
          .file("old.xsd", "<xs:schema " + XS + "><xs:simpleType name='s'><xs:restriction base='xs:string'/>"
              + "</xs:simpleType><xs:element name='doc'><xs:complexType><xs:attribute name='a' type='s'/>"
              + "</xs:complexType></xs:element></xs:schema>")
          .set("main.xsd"));
      XmlName type = m.complexTypes().values().iterator().next().attributes().get(0).type();
      assertThat(m.simpleType(type).orElseThrow().facets().enumerations().stream()
              .map(dev.poxgen.processor.model.EnumerationValue::value).toList())
          .containsExactly("yes", "no").inOrder();
    }

    @Test
    void anAnonymousTypeThatHoldsItselfThroughAGroupIsOneType() {
      // As Liquibase's preconditions do: <and> holds the group that declares <and> again.
      SchemaModel m = LOADER.load(InlineXsd.of("""
          <xs:group name='conditions'><xs:choice>
            <xs:element name='and'><xs:complexType><xs:group ref='t:conditions' maxOccurs='unbounded'/></xs:complexType></xs:element>
            <xs:element name='true' type='xs:string'/>
          </xs:choice></xs:group>
          <xs:element name='preconditions'><xs:complexType><xs:group ref='t:conditions'/></xs:complexType></xs:element>"""));
      assertThat(m.complexTypes().keySet().stream().map(XmlName::localName).toList())
          .containsExactly("preconditions", "preconditions.and");
    }

    @Test
    void definitionsWithoutEndAreAProblemNotACrash() {
      // Not valid XML Schema, so the JDK refuses it first; trusted, it reaches the model's builder.
      SchemaSet set = InlineXsd.of("""
          <xs:group name='g'><xs:sequence><xs:group ref='t:g'/></xs:sequence></xs:group>
          <xs:element name='A'><xs:complexType><xs:group ref='t:g'/></xs:complexType></xs:element>""");
      assertThat(problem(set).kind()).isEqualTo(Message.XSD_INVALID);
      Problem p = problem(set.trusted());
      assertThat(p.kind()).isEqualTo(Message.XSD_CYCLE);
      assertThat(p.getMessage()).contains("test.xsd");
    }
  }
}
