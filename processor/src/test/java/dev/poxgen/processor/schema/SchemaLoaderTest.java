package dev.poxgen.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;
import dev.poxgen.processor.model.BuiltinType;
import dev.poxgen.processor.model.AttributeModel;
import dev.poxgen.processor.model.ComplexTypeModel;
import dev.poxgen.processor.model.Compositor;
import dev.poxgen.processor.model.Derivation;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.IdentityConstraintModel;
import dev.poxgen.processor.model.IdentityPath;
import dev.poxgen.processor.model.GroupModel;
import dev.poxgen.processor.model.EnumerationValue;
import dev.poxgen.processor.model.Occurrence;
import dev.poxgen.processor.model.SchemaModel;
import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.TypeRef;
import dev.poxgen.processor.model.WhiteSpace;
import dev.poxgen.processor.model.WildcardModel;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.model.TypeFamily;
import dev.poxgen.processor.testing.InlineXsd;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The schema stage, from small inline XSD strings: what each construct becomes in the model. */
class SchemaLoaderTest {
  private static final SchemaLoader LOADER = new SchemaLoader();

  private static XmlName t(String local) {
    return new XmlName("urn:t", local);
  }

  private static SchemaModel load(String body) {
    return LOADER.load(InlineXsd.of(body));
  }

  private static Problem problem(String body) {
    return assertThrows(Problem.class, () -> load(body));
  }

  @Nested
  class SimpleTypes {
    @Test
    void enumerationKeepsValuesInOrderWithTheirDocumentation() {
      SchemaModel m = load("""
          <xs:element name='S' type='t:OnOff'/>
          <xs:simpleType name='OnOff'>
            <xs:annotation><xs:documentation>A  switch.</xs:documentation></xs:annotation>
            <xs:restriction base='xs:token'>
              <xs:enumeration value='on'><xs:annotation><xs:documentation>Yes.</xs:documentation></xs:annotation></xs:enumeration>
              <xs:enumeration value='off'/>
            </xs:restriction>
          </xs:simpleType>""");
      SimpleTypeModel onOff = m.simpleType(t("OnOff")).orElseThrow();
      assertThat(onOff.builtin()).isEqualTo(BuiltinType.TOKEN);
      assertThat(onOff.facets().whiteSpace()).isEqualTo(WhiteSpace.COLLAPSE);
      assertThat(onOff.documentation().text()).isEqualTo("A switch.");
      assertThat(onOff.facets().enumerations())
          .containsExactly(
              new EnumerationValue("on", dev.poxgen.processor.model.Documentation.of("Yes.")),
              new EnumerationValue("off", dev.poxgen.processor.model.Documentation.NONE))
          .inOrder();
    }

    @Test
    void rangesAndLengthsAreMergedDownTheRestrictionChain() {
      SchemaModel m = load("""
          <xs:element name='P' type='t:Port'/>
          <xs:simpleType name='Number'><xs:restriction base='xs:int'><xs:minInclusive value='0'/><xs:maxInclusive value='99999'/></xs:restriction></xs:simpleType>
          <xs:simpleType name='Port'><xs:restriction base='t:Number'><xs:minInclusive value='1'/><xs:maxInclusive value='65535'/><xs:totalDigits value='5'/></xs:restriction></xs:simpleType>""");
      SimpleTypeModel port = m.simpleType(t("Port")).orElseThrow();
      assertThat(port.builtin()).isEqualTo(BuiltinType.INT);
      assertThat(port.facets().minInclusive()).hasValue(new BigDecimal("1"));
      assertThat(port.facets().maxInclusive()).hasValue(new BigDecimal("65535"));
      assertThat(port.facets().totalDigits().getAsInt()).isEqualTo(5);
    }

    @Test
    void patternsOfOneStepAreAlternativesAndOfTwoStepsBothApply() {
      SchemaModel m = load("""
          <xs:element name='C' type='t:Code'/>
          <xs:simpleType name='Base'><xs:restriction base='xs:string'><xs:pattern value='[a-z]+'/><xs:pattern value='[0-9]+'/><xs:maxLength value='8'/></xs:restriction></xs:simpleType>
          <xs:simpleType name='Code'><xs:restriction base='t:Base'><xs:pattern value='.{2,}'/><xs:whiteSpace value='collapse'/></xs:restriction></xs:simpleType>""");
      SimpleTypeModel code = m.simpleType(t("Code")).orElseThrow();
      assertThat(code.facets().patterns()).containsExactly("([a-z]+)|([0-9]+)", ".{2,}").inOrder();
      assertThat(code.facets().maxLength().getAsInt()).isEqualTo(8);
      assertThat(code.facets().whiteSpace()).isEqualTo(WhiteSpace.COLLAPSE);
    }

    @Test
    void anAnonymousTypeIsNamedAfterItsElement() {
      SchemaModel m = load("""
          <xs:element name='Root'><xs:complexType><xs:sequence>
            <xs:element name='Mode'><xs:simpleType><xs:restriction base='xs:string'><xs:enumeration value='a'/></xs:restriction></xs:simpleType></xs:element>
          </xs:sequence></xs:complexType></xs:element>""");
      assertThat(m.complexType(t("Root"))).isPresent();
      assertThat(m.complexType(t("Root")).orElseThrow().anonymous()).isTrue();
      assertThat(m.simpleType(t("Root.Mode")).orElseThrow().anonymous()).isTrue();
    }
  }

  @Nested
  class ComplexTypes {
    private final SchemaModel m = load("""
        <xs:element name='Protocol' type='t:Protocol'/>
        <xs:complexType name='Protocol'>
          <xs:annotation><xs:documentation>How to connect.</xs:documentation></xs:annotation>
          <xs:all>
            <xs:element name='Type' type='xs:string'/>
            <xs:element name='SSL' type='xs:token' minOccurs='0' default='on'>
              <xs:annotation><xs:documentation>Secure logon.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:all>
          <xs:attribute name='Type' type='xs:token'/>
          <xs:attribute name='Version' type='xs:int' use='required'/>
          <xs:attribute name='Level' type='xs:int' default='1'/>
        </xs:complexType>
        <xs:complexType name='Account'>
          <xs:choice>
            <xs:element name='Error' type='xs:string'/>
            <xs:sequence>
              <xs:element name='Protocol' type='t:Protocol' minOccurs='0' maxOccurs='unbounded'/>
            </xs:sequence>
          </xs:choice>
        </xs:complexType>
        <xs:complexType name='Url'>
          <xs:simpleContent><xs:extension base='xs:string'><xs:attribute name='Method' type='xs:string'/></xs:extension></xs:simpleContent>
        </xs:complexType>""");

    @Test
    void occurrenceDefaultsAndDocumentation() {
      ComplexTypeModel protocol = m.complexType(t("Protocol")).orElseThrow();
      assertThat(protocol.documentation().text()).isEqualTo("How to connect.");
      assertThat(protocol.content().orElseThrow().compositor()).isEqualTo(Compositor.ALL);
      ElementModel type = protocol.elements().get(0);
      ElementModel ssl = protocol.elements().get(1);
      assertThat(type.name()).isEqualTo(t("Type"));
      assertThat(type.occurrence()).isEqualTo(Occurrence.ONE);
      assertThat(ssl.occurrence()).isEqualTo(Occurrence.OPTIONAL);
      assertThat(ssl.defaultValue()).hasValue("on");
      assertThat(ssl.documentation().text()).isEqualTo("Secure logon.");
      assertThat(ssl.type()).isEqualTo(new TypeRef.Simple(BuiltinType.TOKEN.xmlName()));
      assertThat(ssl.path()).isEqualTo("test.xsd: complexType Protocol > all > element SSL");
    }

    @Test
    void anAttributeAndAChildElementMayShareAName() {
      ComplexTypeModel protocol = m.complexType(t("Protocol")).orElseThrow();
      assertThat(protocol.attributes()).hasSize(3);
      assertThat(protocol.attributes().get(0).name()).isEqualTo(new XmlName("", "Type"));
      assertThat(protocol.attributes().get(0).required()).isFalse();
      assertThat(protocol.attributes().get(1).required()).isTrue();
      assertThat(protocol.attributes().get(2).required()).isFalse();
      assertThat(protocol.attributes().get(2).defaultValue()).hasValue("1");
      assertThat(protocol.elements().get(0).name()).isEqualTo(t("Type"));
    }

    @Test
    void choicesNestGroupsAndRepetitionIsKept() {
      ComplexTypeModel account = m.complexType(t("Account")).orElseThrow();
      assertThat(account.content().orElseThrow().compositor()).isEqualTo(Compositor.CHOICE);
      ElementModel protocols = account.elements().get(1);
      assertThat(protocols.occurrence()).isEqualTo(Occurrence.MANY);
      assertThat(protocols.type()).isEqualTo(new TypeRef.Complex(t("Protocol")));
    }

    @Test
    void simpleContentKeepsItsTextTypeAndAttributes() {
      ComplexTypeModel url = m.complexType(t("Url")).orElseThrow();
      assertThat(url.simpleContent()).hasValue(BuiltinType.STRING.xmlName());
      assertThat(url.content()).isEmpty();
      assertThat(url.attributes().get(0).name().localName()).isEqualTo("Method");
    }

    @Test
    void everyTypeAnElementUsesIsInTheModelBuiltInsIncluded() {
      SchemaModel only = load("<xs:element name='N' type='xs:int'/>");
      ComplexTypeModel n = only.complexType((TypeRef.Complex) only.roots().get(0).type());
      assertThat(only.simpleType(n.simpleContent().orElseThrow())).isPresent();
      for (ComplexTypeModel type : m.complexTypes().values()) {
        for (ElementModel e : type.elements()) {
          if (e.type() instanceof TypeRef.Simple s) {
            assertThat(m.simpleType(s.name())).isPresent();
          } else {
            assertThat(m.complexType(e.type().name())).isPresent();
          }
        }
      }
    }

    @Test
    void aRecursiveTypeLoads() {
      SchemaModel r = load("""
          <xs:element name='Node' type='t:Node'/>
          <xs:complexType name='Node'><xs:sequence><xs:element name='Node' type='t:Node' minOccurs='0'/></xs:sequence></xs:complexType>""");
      assertThat(r.complexType(t("Node")).orElseThrow().elements().get(0).type())
          .isEqualTo(new TypeRef.Complex(t("Node")));
    }
  }

  @Nested
  class Namespaces {
    private SchemaModel loadWith(String schemaAttributes, String body) {
      return LOADER.load(new InlineXsd().file("n.xsd", "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'"
          + " xmlns:t='urn:t' targetNamespace='urn:t'" + schemaAttributes + ">" + body + "</xs:schema>").set("n.xsd"));
    }

    private static final String BODY = """
        <xs:element name='R' type='t:R'/>
        <xs:element name='G' type='xs:string'/>
        <xs:attribute name='ga' type='xs:string'/>
        <xs:complexType name='R'>
          <xs:sequence>
            <xs:element name='L' type='xs:string'/>
            <xs:element name='Q' type='xs:string' form='qualified'/>
            <xs:element name='U' type='xs:string' form='unqualified'/>
            <xs:element ref='t:G'/>
          </xs:sequence>
          <xs:attribute name='la' type='xs:string'/>
          <xs:attribute name='qa' type='xs:string' form='qualified'/>
          <xs:attribute name='ua' type='xs:string' form='unqualified'/>
          <xs:attribute ref='t:ga'/>
        </xs:complexType>""";

    private List<XmlName> children(SchemaModel m) {
      return m.complexType(t("R")).orElseThrow().elements().stream().map(ElementModel::name).toList();
    }

    private List<XmlName> attributes(SchemaModel m) {
      return m.complexType(t("R")).orElseThrow().attributes().stream()
          .map(dev.poxgen.processor.model.AttributeModel::name).toList();
    }

    @Test
    void globalsAreInTheTargetNamespaceWithoutElementFormDefault() {
      SchemaModel m = loadWith("", BODY);
      assertThat(m.roots().get(0).name()).isEqualTo(t("R"));
      assertThat(children(m)).containsExactly(XmlName.of("", "L"), t("Q"), XmlName.of("", "U"), t("G")).inOrder();
      assertThat(attributes(m)).containsExactly(XmlName.of("", "la"), t("qa"), XmlName.of("", "ua"), t("ga"))
          .inOrder();
    }

    @Test
    void theFormDefaultsQualifyLocalsAndFormOverridesThem() {
      SchemaModel m = loadWith(" elementFormDefault='qualified' attributeFormDefault='qualified'", BODY);
      assertThat(m.roots().get(0).name()).isEqualTo(t("R"));
      assertThat(children(m)).containsExactly(t("L"), t("Q"), XmlName.of("", "U"), t("G")).inOrder();
      assertThat(attributes(m)).containsExactly(t("la"), t("qa"), XmlName.of("", "ua"), t("ga")).inOrder();
    }

    @Test
    void aSchemaWithoutTargetNamespaceHasEverythingInNoNamespace() {
      SchemaModel m = LOADER.load(new InlineXsd().file("n.xsd", "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'"
          + " elementFormDefault='qualified'><xs:element name='R'><xs:complexType><xs:sequence>"
          + "<xs:element name='L' type='xs:string'/></xs:sequence></xs:complexType></xs:element></xs:schema>")
          .set("n.xsd"));
      assertThat(m.roots().get(0).name()).isEqualTo(XmlName.of("", "R"));
      assertThat(m.complexType(XmlName.of("", "R")).orElseThrow().elements().get(0).name())
          .isEqualTo(XmlName.of("", "L"));
    }
  }

  @Nested
  class SimpleTypedRoots {
    @Test
    void aNotationIsAQNameHeldToItsEnumerationResolvedAgainstTheSchemasPrefixes() {
      SchemaModel m = load("<xs:notation name='png' public='image/png'/><xs:element name='N'><xs:simpleType>"
          + "<xs:restriction base='xs:NOTATION'><xs:enumeration value='t:png'/></xs:restriction></xs:simpleType>"
          + "</xs:element>");
      SimpleTypeModel n = m.simpleTypes().values().stream().filter(t -> t.builtin() == BuiltinType.NOTATION && !t.isBuiltin())
          .findFirst().orElseThrow();
      assertThat(n.bindsEnum()).isFalse();
      assertThat(n.facets().enumerations().stream().map(EnumerationValue::value).toList())
          .containsExactly("{urn:t}png");
    }

    @Test
    void aUnionOfQNameTypesIsAQNameHeldToTheirEnumerationsJoinedOrToNoneWhereAMemberIsOpen() {
      String types = "<xs:simpleType name='Codes'><xs:restriction base='xs:QName'><xs:enumeration value='t:a'/>"
          + "<xs:enumeration value='t:b'/></xs:restriction></xs:simpleType>"
          + "<xs:simpleType name='More'><xs:restriction base='xs:QName'><xs:enumeration value='t:b'/>"
          + "<xs:enumeration value='c'/></xs:restriction></xs:simpleType>";
      SchemaModel m = load(types + "<xs:simpleType name='Open'><xs:union memberTypes='t:Codes xs:QName'/></xs:simpleType>"
          + "<xs:simpleType name='Closed'><xs:union memberTypes='t:Codes t:More'/></xs:simpleType>"
          + "<xs:element name='O' type='t:Open'/><xs:element name='C' type='t:Closed'/>");
      SimpleTypeModel open = m.simpleTypes().get(XmlName.of("urn:t", "Open"));
      assertThat(open.builtin()).isEqualTo(BuiltinType.QNAME);
      assertThat(open.isUnion()).isFalse();
      assertThat(open.facets().enumerations()).isEmpty();
      SimpleTypeModel closed = m.simpleTypes().get(XmlName.of("urn:t", "Closed"));
      assertThat(closed.facets().enumerations().stream().map(EnumerationValue::value).toList())
          .containsExactly("{urn:t}a", "{urn:t}b", "{}c").inOrder();
      // QName and NOTATION members, or a member with a pattern: a union, each member a QName of its own.
      SchemaModel mixed = load("<xs:notation name='png' public='image/png'/><xs:simpleType name='N'><xs:union"
          + " memberTypes='xs:QName'><xs:simpleType><xs:restriction base='xs:NOTATION'><xs:enumeration value='t:png'/>"
          + "</xs:restriction></xs:simpleType></xs:union></xs:simpleType><xs:element name='E' type='t:N'/>"
          + "<xs:simpleType name='P'><xs:union memberTypes='t:Codes'><xs:simpleType><xs:restriction base='xs:QName'>"
          + "<xs:pattern value='t:.*'/></xs:restriction></xs:simpleType></xs:union></xs:simpleType>"
          + "<xs:element name='F' type='t:P'/>" + types);
      assertThat(mixed.simpleTypes().get(XmlName.of("urn:t", "N")).members()).hasSize(2);
      assertThat(mixed.simpleTypes().get(XmlName.of("urn:t", "P")).members()).hasSize(2);
      assertThat(mixed.holdsQName(XmlName.of("urn:t", "P"))).isTrue();
    }

    @Test
    void aLaxWildcardTakesNoAbstractElementSoOneDoesNotStopItBinding() {
      SchemaModel m = load("""
          <xs:element name='Bag'><xs:complexType><xs:sequence>
            <xs:any namespace='##targetNamespace' processContents='lax' minOccurs='0'/>
          </xs:sequence></xs:complexType></xs:element>
          <xs:element name='Shape' type='xs:string' abstract='true'/>
          <xs:element name='Also' type='xs:string' abstract='true'/>""");
      assertThat(m.roots().stream().map(ElementModel::name).toList()).containsExactly(t("Bag"));
    }

    @Test
    void aReferenceToTheHeadOfASubstitutionGroupIsAChoiceOfTheMembersItDoesNotBlock() {
      SchemaModel m = load("""
          <xs:element name='Shape' type='t:S' abstract='true' block='restriction'/>
          <xs:element name='Circle' type='t:C' substitutionGroup='t:Shape'/>
          <xs:element name='Dot' substitutionGroup='t:Circle'/>
          <xs:element name='Blocked' type='t:R' substitutionGroup='t:Shape'/>
          <xs:complexType name='S'><xs:sequence><xs:element name='x' type='xs:int' minOccurs='0'/></xs:sequence></xs:complexType>
          <xs:complexType name='C'><xs:complexContent><xs:extension base='t:S'/></xs:complexContent></xs:complexType>
          <xs:complexType name='R'><xs:complexContent><xs:restriction base='t:S'/></xs:complexContent></xs:complexType>
          <xs:complexType name='Drawing'><xs:sequence><xs:element ref='t:Shape' maxOccurs='3'/></xs:sequence>
          </xs:complexType>""");
      GroupModel content = m.complexType(t("Drawing")).orElseThrow().content().orElseThrow();
      GroupModel choice = (GroupModel) content.particles().get(0);
      assertThat(choice.compositor()).isEqualTo(Compositor.CHOICE);
      assertThat(choice.occurrence()).isEqualTo(new Occurrence(1, 3));
      assertThat(choice.particles().stream().map(p -> ((ElementModel) p).name()).toList())
          .containsExactly(t("Circle"), t("Dot")).inOrder();
      // Dot declares no type: it has its head's. An abstract element is no document.
      assertThat(((ElementModel) choice.particles().get(1)).type()).isEqualTo(new TypeRef.Complex(t("C")));
      assertThat(m.roots().stream().map(ElementModel::name).toList()).doesNotContain(t("Shape"));
    }

    @Test
    void nillableIsModelledOnTheDeclarationAndAReferenceHasTheGlobals() {
      SchemaModel m = load("""
          <xs:element name='Stamp' type='xs:int' nillable='1'/>
          <xs:complexType name='Box'><xs:sequence><xs:element ref='t:Stamp'/>
            <xs:element name='Local' type='xs:string' nillable='true'/><xs:element name='Plain' type='xs:string'/>
          </xs:sequence></xs:complexType>""");
      assertThat(m.roots().get(0).nillable()).isTrue();
      List<ElementModel> box = m.complexType(t("Box")).orElseThrow().elements();
      assertThat(box.stream().map(ElementModel::nillable).toList()).containsExactly(true, true, false).inOrder();
    }

    @Test
    void aSimpleTypedGlobalElementIsADocumentThroughATypeOfItsOwn() {
      SchemaModel m = load("""
          <xs:element name='Note' type='xs:string'><xs:annotation><xs:documentation>A note.</xs:documentation>
            </xs:annotation></xs:element>
          <xs:element name='Count' type='t:Count' default='1'/>
          <xs:simpleType name='Count'><xs:restriction base='xs:int'/></xs:simpleType>
          <xs:complexType name='Box'><xs:sequence><xs:element ref='t:Note'/></xs:sequence></xs:complexType>""");
      ComplexTypeModel note = m.complexType((TypeRef.Complex) m.roots().get(0).type());
      assertThat(note.name()).isEqualTo(t("Note"));
      assertThat(note.anonymous()).isTrue();
      assertThat(note.documentOf()).hasValue(t("Note"));
      assertThat(note.simpleContent()).hasValue(BuiltinType.STRING.xmlName());
      assertThat(note.attributes()).isEmpty();
      assertThat(note.documentation().text()).isEqualTo("A note.");
      ComplexTypeModel count = m.complexType((TypeRef.Complex) m.roots().get(1).type());
      assertThat(count.name()).isEqualTo(t("CountElement"));
      assertThat(count.textDefault()).hasValue("1");
      assertThat(count.simpleContent()).hasValue(t("Count"));
      // A reference to the element inside a type stays a simple element.
      assertThat(m.complexType(t("Box")).orElseThrow().elements().get(0).type())
          .isEqualTo(new TypeRef.Simple(BuiltinType.STRING.xmlName()));
    }
  }

  @Nested
  class AnyType {
    @Test
    void anyTypeAndAnElementWithoutATypeAreKeptAsXml() {
      SchemaModel m = load("""
          <xs:element name='R'><xs:complexType><xs:sequence>
            <xs:element name='A' type='xs:anyType'/>
            <xs:element name='N' minOccurs='0'/>
          </xs:sequence></xs:complexType></xs:element>""");
      ComplexTypeModel r = m.complexType(t("R")).orElseThrow();
      assertThat(r.elements().get(0).type()).isEqualTo(new TypeRef.Any());
      assertThat(r.elements().get(1).type()).isEqualTo(new TypeRef.Any());
      assertThat(r.elements().get(1).type().name()).isEqualTo(XmlName.of(BuiltinType.XSD_NAMESPACE, "anyType"));
    }
  }

  @Nested
  class AttributeWildcards {
    private WildcardModel wildcardOf(String anyAttribute) {
      SchemaModel m = load("<xs:complexType name='W'>" + anyAttribute + "</xs:complexType>"
          + "<xs:element name='E' type='t:W'/>");
      return m.complexType(t("W")).orElseThrow().anyAttribute().orElseThrow();
    }

    @Test
    void eachNamespaceConstraintAndProcessContents() {
      WildcardModel any = wildcardOf("<xs:anyAttribute/>");
      assertThat(any).isEqualTo(new WildcardModel(WildcardModel.Constraint.ANY, List.of(),
          WildcardModel.ProcessContents.STRICT));
      WildcardModel other = wildcardOf("<xs:anyAttribute namespace='##other' processContents='lax'/>");
      assertThat(other).isEqualTo(new WildcardModel(WildcardModel.Constraint.OTHER, List.of("urn:t"),
          WildcardModel.ProcessContents.LAX));
      assertThat(other.allows("urn:x")).isTrue();
      assertThat(other.allows("urn:t")).isFalse();
      assertThat(other.allows("")).isFalse();
      WildcardModel list = wildcardOf(
          "<xs:anyAttribute namespace='##targetNamespace ##local urn:x' processContents='skip'/>");
      assertThat(list).isEqualTo(new WildcardModel(WildcardModel.Constraint.LIST, List.of("urn:t", "", "urn:x"),
          WildcardModel.ProcessContents.SKIP));
      assertThat(list.allows("urn:y")).isFalse();
      assertThat(wildcardOf("<xs:anyAttribute namespace=''/>").allows("")).isFalse();
    }

    @Test
    void aWildcardOfAnAttributeGroupIsTheType() {
      SchemaModel m = load("<xs:attributeGroup name='G'><xs:anyAttribute namespace='##local'/></xs:attributeGroup>"
          + "<xs:complexType name='W'><xs:attributeGroup ref='t:G'/></xs:complexType>"
          + "<xs:element name='E' type='t:W'/>");
      assertThat(m.complexType(t("W")).orElseThrow().anyAttribute().orElseThrow().namespaces()).containsExactly("");
    }

    @Test
    void aTypesWildcardAndItsGroupsAreIntersectedWithTheTypesProcessContents() {
      SchemaModel m = load("<xs:attributeGroup name='G'><xs:anyAttribute namespace='##local urn:a urn:b'/>"
          + "</xs:attributeGroup><xs:attributeGroup name='H'><xs:anyAttribute namespace='##other'/></xs:attributeGroup>"
          + "<xs:complexType name='W'><xs:attributeGroup ref='t:G'/><xs:anyAttribute processContents='lax'/>"
          + "</xs:complexType>"
          + "<xs:complexType name='V'><xs:attributeGroup ref='t:G'/><xs:attributeGroup ref='t:H'/></xs:complexType>"
          + "<xs:element name='E' type='t:W'/><xs:element name='F' type='t:V'/>");
      WildcardModel w = m.complexType(t("W")).orElseThrow().anyAttribute().orElseThrow();
      assertThat(w.namespaces()).containsExactly("", "urn:a", "urn:b").inOrder();
      assertThat(w.processContents()).isEqualTo(WildcardModel.ProcessContents.LAX);
      // ##other leaves out no namespace and the target namespace (urn:t): two of G's three stay.
      WildcardModel v = m.complexType(t("V")).orElseThrow().anyAttribute().orElseThrow();
      assertThat(v.constraint()).isEqualTo(WildcardModel.Constraint.LIST);
      assertThat(v.namespaces()).containsExactly("urn:a", "urn:b").inOrder();
      assertThat(v.processContents()).isEqualTo(WildcardModel.ProcessContents.STRICT);
    }

    @Test
    void anExtensionsWildcardIsTheUnionOfItsOwnAndItsBases() {
      SchemaModel m = load("<xs:complexType name='B'><xs:anyAttribute namespace='urn:a'/></xs:complexType>"
          + "<xs:complexType name='D'><xs:complexContent><xs:extension base='t:B'>"
          + "<xs:anyAttribute namespace='##local' processContents='skip'/></xs:extension></xs:complexContent>"
          + "</xs:complexType>"
          + "<xs:complexType name='O'><xs:complexContent><xs:extension base='t:B'>"
          + "<xs:anyAttribute namespace='##other'/></xs:extension></xs:complexContent></xs:complexType>"
          + "<xs:element name='E' type='t:D'/><xs:element name='F' type='t:O'/>");
      WildcardModel d = m.complexType(t("D")).orElseThrow().anyAttribute().orElseThrow();
      assertThat(d.namespaces()).containsExactly("", "urn:a").inOrder();
      assertThat(d.processContents()).isEqualTo(WildcardModel.ProcessContents.SKIP);
      WildcardModel o = m.complexType(t("O")).orElseThrow().anyAttribute().orElseThrow();
      assertThat(o.constraint()).isEqualTo(WildcardModel.Constraint.OTHER);
      assertThat(o.allows("urn:a")).isTrue();
      assertThat(o.allows("urn:t")).isFalse();
      assertThat(o.allows("")).isFalse();
    }

    @Test
    void theWildcardAlgebraFollowsXmlSchema() {
      WildcardModel any = new WildcardModel(WildcardModel.Constraint.ANY, List.of(), WildcardModel.ProcessContents.LAX);
      WildcardModel notA = new WildcardModel(WildcardModel.Constraint.OTHER, List.of("urn:a"),
          WildcardModel.ProcessContents.STRICT);
      WildcardModel notB = new WildcardModel(WildcardModel.Constraint.OTHER, List.of("urn:b"),
          WildcardModel.ProcessContents.STRICT);
      WildcardModel localAndA = new WildcardModel(WildcardModel.Constraint.LIST, List.of("", "urn:a"),
          WildcardModel.ProcessContents.SKIP);
      WildcardModel onlyB = new WildcardModel(WildcardModel.Constraint.LIST, List.of("urn:b"),
          WildcardModel.ProcessContents.SKIP);
      for (String ns : List.of("", "urn:a", "urn:b", "urn:c")) {
        for (WildcardModel x : List.of(any, notA, notB, localAndA, onlyB)) {
          for (WildcardModel y : List.of(any, notA, notB, localAndA, onlyB)) {
            assertThat(x.intersect(y).allows(ns)).isEqualTo(x.allows(ns) && y.allows(ns));
            x.union(y).ifPresent(u -> assertThat(u.allows(ns)).isEqualTo(x.allows(ns) || y.allows(ns)));
          }
        }
      }
      // Not expressible in XML Schema 1.0: all but urn:a, no namespace included.
      assertThat(notA.union(onlyB)).isPresent();
      assertThat(notA.union(localAndA)).isPresent(); // every namespace
      assertThat(notB.union(localAndA)).isEmpty();
      assertThat(any.intersect(notA).processContents()).isEqualTo(WildcardModel.ProcessContents.LAX);
    }

    @Test
    void theGlobalAttributesALaxOrStrictWildcardMatchesAreKeptWithTheirTypes() {
      SchemaModel m = load("<xs:attribute name='g' type='xs:int'/>"
          + "<xs:complexType name='W'><xs:anyAttribute processContents='lax'/></xs:complexType>"
          + "<xs:element name='E' type='t:W'/>");
      assertThat(m.globalAttributes()).containsExactly(t("g"), XmlName.of(BuiltinType.XSD_NAMESPACE, "int"));
      // skip does not look at declarations, and ##local cannot take a global attribute of urn:t.
      SchemaModel none = load("<xs:attribute name='g' type='xs:int'/>"
          + "<xs:complexType name='W'><xs:anyAttribute processContents='skip'/></xs:complexType>"
          + "<xs:complexType name='L'><xs:anyAttribute namespace='##local'/></xs:complexType>"
          + "<xs:element name='E' type='t:W'/><xs:element name='F' type='t:L'/>");
      assertThat(none.globalAttributes()).isEmpty();
    }
  }

  @Nested
  class Derivations {
    private static final String BASE = """
        <xs:complexType name='Base' abstract='true'>
          <xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence>
          <xs:attribute name='x' type='xs:string'/>
          <xs:attribute name='y' type='xs:int'/>
          <xs:anyAttribute namespace='##other' processContents='skip'/>
        </xs:complexType>""";

    private static List<String> attributeNames(ComplexTypeModel type) {
      return type.attributes().stream().map(AttributeModel::name).map(XmlName::localName).toList();
    }

    @Test
    void anExtensionHasTheBaseContentThenItsOwnAndBothAttributeSets() {
      SchemaModel m = load(BASE + """
          <xs:element name='E' type='t:Ext'/>
          <xs:complexType name='Ext'><xs:complexContent><xs:extension base='t:Base'>
            <xs:sequence><xs:element name='b' type='xs:int'/></xs:sequence>
            <xs:attribute name='z' type='xs:string'/>
          </xs:extension></xs:complexContent></xs:complexType>""");
      ComplexTypeModel ext = m.complexType(t("Ext")).orElseThrow();
      assertThat(ext.derivation()).hasValue(new Derivation(t("Base"), Derivation.Method.EXTENSION));
      GroupModel content = ext.content().orElseThrow();
      assertThat(content.compositor()).isEqualTo(Compositor.SEQUENCE);
      assertThat(content.particles()).hasSize(2);
      assertThat(ext.elements().stream().map(e -> e.name().localName()).toList()).containsExactly("a", "b").inOrder();
      assertThat(attributeNames(ext)).containsExactly("x", "y", "z").inOrder();
      assertThat(ext.anyAttribute()).isPresent();
      // An abstract type has no model of its own: what derives from it has its content.
      assertThat(m.complexType(t("Base"))).isEmpty();
    }

    @Test
    void aRestrictionHasItsOwnContentAndKeepsInheritedAttributesItDoesNotProhibit() {
      SchemaModel m = load(BASE + """
          <xs:element name='E' type='t:Res'/>
          <xs:complexType name='Res'><xs:complexContent><xs:restriction base='t:Base'>
            <xs:sequence><xs:element name='a' type='xs:string' fixed='A'/></xs:sequence>
            <xs:attribute name='y' type='xs:int' use='required'/>
            <xs:attribute name='x' use='prohibited'/>
          </xs:restriction></xs:complexContent></xs:complexType>""");
      ComplexTypeModel res = m.complexType(t("Res")).orElseThrow();
      assertThat(res.derivation()).hasValue(new Derivation(t("Base"), Derivation.Method.RESTRICTION));
      assertThat(res.elements().get(0).fixedValue()).hasValue("A");
      assertThat(attributeNames(res)).containsExactly("y");
      assertThat(res.attributes().get(0).required()).isTrue();
      assertThat(res.anyAttribute()).isEmpty();
    }

    @Test
    void aProhibitedAttributeOutsideARestrictionIsNoAttributeAndAnExtensionKeepsTheBases() {
      // msData/attribute/attJ002.xsd and attP031.xsd: use="prohibited" on a type's own attribute.
      SchemaModel m = load(BASE + """
          <xs:element name='P' type='t:Plain'/>
          <xs:complexType name='Plain'>
            <xs:attribute name='gone' type='xs:string' use='prohibited'/>
            <xs:attribute name='kept' type='xs:string'/>
          </xs:complexType>
          <xs:element name='X' type='t:More'/>
          <xs:complexType name='More'><xs:complexContent><xs:extension base='t:Base'>
            <xs:attribute name='x' use='prohibited'/>
          </xs:extension></xs:complexContent></xs:complexType>""");
      assertThat(attributeNames(m.complexType(t("Plain")).orElseThrow())).containsExactly("kept");
      assertThat(attributeNames(m.complexType(t("More")).orElseThrow())).contains("x");
    }

    @Test
    void simpleContentRestrictionAppliesItsFacetsToTheBaseText() {
      SchemaModel m = load("""
          <xs:element name='E' type='t:Small'/>
          <xs:complexType name='Price'><xs:simpleContent><xs:extension base='xs:int'>
            <xs:attribute name='c' type='xs:string'/></xs:extension></xs:simpleContent></xs:complexType>
          <xs:complexType name='Small'><xs:simpleContent><xs:restriction base='t:Price'>
            <xs:maxInclusive value='9'/></xs:restriction></xs:simpleContent></xs:complexType>""");
      ComplexTypeModel small = m.complexType(t("Small")).orElseThrow();
      SimpleTypeModel text = m.simpleType(small.simpleContent().orElseThrow()).orElseThrow();
      assertThat(text.builtin()).isEqualTo(BuiltinType.INT);
      assertThat(text.facets().maxInclusive()).hasValue(new BigDecimal("9"));
      assertThat(attributeNames(small)).containsExactly("c");
    }

    @Test
    void aDerivedTypeWhoseBaseHoldsItIsBuiltOnceTheBaseIs() {
      SchemaModel m = load("""
          <xs:element name='T' type='t:Tree'/>
          <xs:complexType name='Tree'><xs:sequence>
            <xs:element name='n' type='t:Node' minOccurs='0' maxOccurs='unbounded'/></xs:sequence></xs:complexType>
          <xs:complexType name='Node'><xs:complexContent><xs:extension base='t:Tree'>
            <xs:attribute name='l' type='xs:string'/></xs:extension></xs:complexContent></xs:complexType>""");
      ComplexTypeModel node = m.complexType(t("Node")).orElseThrow();
      assertThat(node.elements().stream().map(e -> e.name().localName()).toList()).containsExactly("n");
      assertThat(attributeNames(node)).containsExactly("l");
    }

    @Test
    void aGlobalElementOfAnAbstractTypeWithNoConcreteDerivedTypeIsNoDocument() {
      // No document of it can be valid: the set derives no type an xsi:type could name.
      SchemaModel m = load(BASE + "<xs:element name='E' type='t:Base'/>");
      assertThat(m.roots()).isEmpty();
      assertThat(m.abstractTypes()).containsKey(t("Base"));
      assertThat(m.families()).isEmpty();
    }

    @Test
    void aTypeAndTheConcreteTypesDerivedFromItAreAFamilyWithTheMethodsOnTheWay() {
      SchemaModel m = load(BASE + """
          <xs:element name='E' type='t:Base' block='restriction'/>
          <xs:complexType name='Mid' abstract='true'><xs:complexContent><xs:extension base='t:Base'/></xs:complexContent>
          </xs:complexType>
          <xs:complexType name='Leaf' block='#all'><xs:complexContent><xs:restriction base='t:Mid'>
            <xs:sequence><xs:element name='a' type='xs:string'/></xs:sequence></xs:restriction></xs:complexContent>
          </xs:complexType>
          <xs:complexType name='Other'><xs:complexContent><xs:extension base='t:Base'/></xs:complexContent>
          </xs:complexType>
          <xs:element name='Anonymous'><xs:complexType><xs:complexContent><xs:extension base='t:Other'/>
          </xs:complexContent></xs:complexType></xs:element>""");
      TypeFamily base = m.family(t("Base")).orElseThrow();
      assertThat(base.abstractBase()).isTrue();
      assertThat(base.members()).containsExactly(
          new TypeFamily.Member(t("Leaf"), Set.of(Derivation.Method.EXTENSION, Derivation.Method.RESTRICTION)),
          new TypeFamily.Member(t("Other"), Set.of(Derivation.Method.EXTENSION))).inOrder();
      assertThat(base.abstractMembers()).containsExactly(t("Mid"));
      TypeFamily mid = m.family(t("Mid")).orElseThrow();
      assertThat(mid.parent()).hasValue(t("Base"));
      // A type with nothing derived from it by name has none: no xsi:type can name an anonymous type.
      assertThat(m.family(t("Other"))).isEmpty();
      assertThat(m.family(t("Leaf"))).isEmpty();
      assertThat(m.roots().get(0).blocked()).containsExactly(Derivation.Method.RESTRICTION);
      assertThat(m.abstractTypes().keySet()).containsExactly(t("Base"), t("Mid"));
    }

    @Test
    void blockDefaultAppliesWhereATypeOrElementHasNoBlock() {
      SchemaSet set = new InlineXsd().file("test.xsd", InlineXsd.HEADER.replace(">", " blockDefault='extension'>")
          + """
          <xs:element name='E' type='t:A'/>
          <xs:element name='F' type='t:A' block='substitution'/>
          <xs:complexType name='A'><xs:sequence><xs:element name='a' type='xs:string' minOccurs='0'/></xs:sequence>
          </xs:complexType>
          <xs:complexType name='B'><xs:complexContent><xs:extension base='t:A'/></xs:complexContent></xs:complexType>
          <xs:complexType name='C'><xs:complexContent><xs:restriction base='t:A'/></xs:complexContent></xs:complexType>
          </xs:schema>""").set("test.xsd");
      SchemaModel m = LOADER.load(set);
      TypeFamily a = m.family(t("A")).orElseThrow();
      assertThat(a.blocked()).containsExactly(Derivation.Method.EXTENSION);
      // B extends A, which A blocks: a member all the same (its class is a Java subtype), which stands for A in no element.
      assertThat(a.members().stream().map(TypeFamily.Member::type).toList())
          .containsExactly(t("A"), t("B"), t("C")).inOrder();
      assertThat(m.roots().get(0).blocked()).containsExactly(Derivation.Method.EXTENSION);
      assertThat(m.roots().get(1).blocked()).isEmpty();
    }

    @Test
    void aTypeThatIsItsOwnBaseIsACycle() {
      // The JDK refuses such a schema first; trusted, the model's builder names it too, without overflowing.
      SchemaSet set = InlineXsd.of("""
          <xs:element name='E' type='t:A'/>
          <xs:complexType name='A'><xs:complexContent><xs:extension base='t:B'/></xs:complexContent></xs:complexType>
          <xs:complexType name='B'><xs:complexContent><xs:extension base='t:A'/></xs:complexContent></xs:complexType>""");
      Problem p = assertThrows(Problem.class, () -> LOADER.load(set.trusted()));
      assertThat(p.kind()).isEqualTo(Message.XSD_CYCLE);
    }
  }

  @Nested
  class ElementWildcards {
    private ElementModel wildcardOf(String content) {
      SchemaModel m = load("<xs:complexType name='W'>" + content + "</xs:complexType>"
          + "<xs:element name='E' type='t:W'/>");
      return m.complexType(t("W")).orElseThrow().elements().stream().filter(ElementModel::isWildcard)
          .findFirst().orElseThrow();
    }

    @Test
    void aWildcardIsAParticleKeptAsXmlWithItsConstraintAndOccurrence() {
      ElementModel any = wildcardOf("<xs:sequence><xs:element name='a' type='xs:string'/>"
          + "<xs:any namespace='##other' processContents='lax' minOccurs='0' maxOccurs='unbounded'/></xs:sequence>");
      assertThat(any.name()).isEqualTo(ElementModel.WILDCARD_NAME);
      assertThat(any.type()).isEqualTo(new TypeRef.Any());
      assertThat(any.occurrence()).isEqualTo(Occurrence.MANY);
      assertThat(any.wildcard()).hasValue(new WildcardModel(WildcardModel.Constraint.OTHER, List.of("urn:t"),
          WildcardModel.ProcessContents.LAX));
      assertThat(wildcardOf("<xs:choice><xs:any namespace='##targetNamespace ##local' processContents='skip'/>"
          + "</xs:choice>").wildcard().orElseThrow().namespaces()).containsExactly("urn:t", "").inOrder();
    }

    @Test
    void aLaxWildcardBindsWhenEveryGlobalElementItMatchesIsADocument() {
      wildcardOf("<xs:sequence><xs:any namespace='##local' processContents='lax'/></xs:sequence>");
      wildcardOf("<xs:sequence><xs:any processContents='skip'/></xs:sequence>");
      assertThat(wildcardOf("<xs:sequence><xs:any namespace='##targetNamespace' processContents='lax'/>"
          + "</xs:sequence>").wildcard().orElseThrow().processContents()).isEqualTo(WildcardModel.ProcessContents.LAX);
      // Two global elements of one type are two documents (each a holder class), so the wildcard takes both.
      SchemaModel shared = load("<xs:complexType name='W'><xs:sequence><xs:any namespace='##targetNamespace'"
          + " processContents='lax'/></xs:sequence></xs:complexType><xs:element name='E' type='t:W'/>"
          + "<xs:element name='Again' type='t:W'/>");
      assertThat(shared.roots().stream().map(r -> r.name().localName())).containsExactly("E", "Again").inOrder();
    }

    @Test
    void aStrictWildcardBindsWhenEveryGlobalElementItMatchesIsADocument() {
      wildcardOf("<xs:sequence><xs:any/></xs:sequence>");
      // A global element without a type is a document of its own, of xs:anyType.
      SchemaModel untyped = load("<xs:complexType name='W'><xs:sequence><xs:any/></xs:sequence></xs:complexType>"
          + "<xs:element name='E' type='t:W'/><xs:element name='Untyped'/>");
      assertThat(untyped.roots().stream().map(r -> r.name().localName())).containsExactly("E", "Untyped").inOrder();
      assertThat(untyped.roots().get(1).type()).isInstanceOf(TypeRef.Complex.class);
      SchemaModel shared = load("<xs:complexType name='W'><xs:sequence><xs:any/></xs:sequence></xs:complexType>"
          + "<xs:element name='E' type='t:W'/><xs:element name='Again' type='t:W'/>");
      assertThat(shared.roots().stream().map(r -> r.type().name().localName())).containsExactly("W", "W");
    }

    @Test
    void eachElementWildcardOfATypeIsAParticleOfItsOwnNameInContentOrder() {
      SchemaModel m = load("<xs:complexType name='W'><xs:sequence><xs:any namespace='##local' processContents='skip'/>"
          + "<xs:element name='a' type='xs:string'/><xs:any namespace='##other' processContents='skip'/>"
          + "<xs:element name='b' type='xs:string'/><xs:any namespace='##local' processContents='skip'/>"
          + "</xs:sequence></xs:complexType><xs:element name='E' type='t:W'/>");
      List<ElementModel> wildcards = m.complexType(t("W")).orElseThrow().elements().stream()
          .filter(ElementModel::isWildcard).toList();
      assertThat(wildcards.stream().map(ElementModel::name).toList()).containsExactly(ElementModel.WILDCARD_NAME,
          ElementModel.wildcardName(2), ElementModel.wildcardName(3)).inOrder();
      assertThat(wildcards.stream().map(e -> e.wildcard().orElseThrow().constraint()).toList()).containsExactly(
          WildcardModel.Constraint.LIST, WildcardModel.Constraint.OTHER, WildcardModel.Constraint.LIST).inOrder();
      assertThat(wildcards.stream().allMatch(e -> ElementModel.isWildcardName(e.name()))).isTrue();
    }
  }

  @Nested
  class BundledAutodiscover {
    private final SchemaModel m = LOADER.load(BundledSchema.AUTODISCOVER.schemaSet());
    private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

    @Test
    void theTwoProtocolShapesAreTwoTypes() {
      ComplexTypeModel account = m.complexType(new XmlName(O, "Account")).orElseThrow();
      ComplexTypeModel web = m.complexType(new XmlName(O, "WebAccess")).orElseThrow();
      TypeRef underAccount = account.elements().stream()
          .filter(e -> e.name().localName().equals("Protocol")).findFirst().orElseThrow().type();
      TypeRef underInternal = web.elements().stream()
          .filter(e -> e.name().localName().equals("Protocol")).findFirst().orElseThrow().type();
      assertThat(underAccount.name()).isEqualTo(new XmlName(O, "Protocol"));
      assertThat(underInternal.name()).isEqualTo(new XmlName(O, "WebProtocol"));
    }

    @Test
    void defaultsAndRangesFromThePages() {
      ComplexTypeModel protocol = m.complexType(new XmlName(O, "Protocol")).orElseThrow();
      java.util.function.Function<String, ElementModel> child = n -> protocol.elements().stream()
          .filter(e -> e.name().localName().equals(n)).findFirst().orElseThrow();
      assertThat(child.apply("SMTPLast").defaultValue()).hasValue("off");
      assertThat(child.apply("SSL").defaultValue()).hasValue("on");
      assertThat(child.apply("SPA").defaultValue()).hasValue("on");
      assertThat(child.apply("AuthRequired").defaultValue()).hasValue("on");
      assertThat(child.apply("TTL").defaultValue()).hasValue("1");
      assertThat(child.apply("DomainRequired").defaultValue()).isEmpty();
      for (String onOff : new String[] {"SMTPLast", "SSL", "SPA", "AuthRequired", "DomainRequired", "UsePOPAuth", "ServerExclusiveConnect"}) {
        assertThat(child.apply(onOff).type().name()).isEqualTo(new XmlName(O, "OnOff"));
      }
      SimpleTypeModel port = m.simpleType(child.apply("Port").type().name()).orElseThrow();
      assertThat(port.facets().minInclusive()).hasValue(BigDecimal.ONE);
      assertThat(port.facets().maxInclusive()).hasValue(new BigDecimal(65535));
      SimpleTypeModel ttl = m.simpleType(child.apply("TTL").type().name()).orElseThrow();
      assertThat(ttl.facets().minInclusive()).hasValue(BigDecimal.ZERO);
      assertThat(protocol.attributes().stream().map(a -> a.name().localName()).toList())
          .containsExactly("Type", "Version");
    }

    @Test
    void onOffAcceptsExactlyTheFourSpellings() {
      assertThat(m.simpleType(new XmlName(O, "OnOff")).orElseThrow().facets().enumerations().stream()
              .map(EnumerationValue::value).toList())
          .containsExactly("on", "off", "On", "Off");
    }

    @Test
    void theRootsAreTheThreeAutodiscoverElements() {
      assertThat(m.roots().stream().filter(r -> r.name().localName().equals("Autodiscover")).count())
          .isEqualTo(3);
    }
  }

  @Nested
  class Problems {
    private static final String LIST = "<xs:complexType><xs:sequence><xs:element name='I' maxOccurs='unbounded'>"
        + "<xs:complexType><xs:attribute name='id' type='xs:string'/></xs:complexType></xs:element>"
        + "</xs:sequence></xs:complexType>";

    @Test
    void anIdentityConstraintIsModelledOnItsElementWithItsPathsResolved() {
      SchemaModel m = load("<xs:element name='L'>" + LIST
          + "<xs:unique name='once'><xs:selector xpath='t:I'/><xs:field xpath='@id'/></xs:unique></xs:element>");
      ElementModel l = m.roots().get(0);
      assertThat(l.constraints()).hasSize(1);
      IdentityConstraintModel once = l.constraints().get(0);
      assertThat(once.kind()).isEqualTo(IdentityConstraintModel.Kind.UNIQUE);
      assertThat(once.name()).isEqualTo(t("once"));
      assertThat(once.selector().alternatives().get(0).steps()).containsExactly(IdentityPath.NameTest.of("urn:t", "I"));
      assertThat(once.fields().get(0).alternatives().get(0).attribute()).hasValue(IdentityPath.NameTest.of("", "id"));
    }

    @Test
    void aGMonthFacetValueInTheFormTheSecondEditionRemovedIsRefusedWithTheFormToWrite() {
      // msData/datatypes/Facets/gMonth/gMonth_enumeration001.xsd: the JDK takes it, the suite calls it invalid.
      Problem p = problem("<xs:element name='M'><xs:simpleType><xs:restriction base='xs:gMonth'>"
          + "<xs:enumeration value='--10--'/></xs:restriction></xs:simpleType></xs:element>");
      assertThat(p.kind()).isEqualTo(Message.XSD_MALFORMED);
      assertThat(p.getMessage()).contains("the enumeration value \"--10--\" of xs:gMonth is in the form --MM--, which"
          + " XML Schema 1.0 Second Edition removed; write \"--10\"");
    }

    @Test
    void anIdentityXPathOutsideTheSubsetIsAnInvalidSchemaAtItsLine() {
      // The JDK's schema compiler judges the subset first; IdentityPathParser refuses the same as a defence.
      Problem p = problem("<xs:element name='L'>" + LIST
          + "<xs:key name='k'><xs:selector xpath='t:I[1]'/><xs:field xpath='@id'/></xs:key></xs:element>");
      assertThat(p.kind()).isEqualTo(Message.XSD_INVALID);
      assertThat(p.getMessage()).contains("t:I[1]");
    }

    @Test
    void anIdentityPrefixDeclaredBelowTheSchemaElementIsRefusedAsUnbound() {
      Problem p = problem("<xs:element name='L' xmlns:v='urn:t'>" + LIST
          + "<xs:key name='k'><xs:selector xpath='v:I'/><xs:field xpath='@id'/></xs:key></xs:element>");
      assertThat(p.getMessage()).contains("the prefix \"v\" in the XPath \"v:I\" is not bound");
    }

    @Test
    void aMissingImportNamesTheFileAndTheImporter() {
      Problem p = assertThrows(Problem.class, () -> LOADER.load(new InlineXsd()
          .file("main.xsd", InlineXsd.HEADER + "<xs:import namespace='urn:u' schemaLocation='other/u.xsd'/>"
              + "<xs:element name='R' type='xs:string'/></xs:schema>")
          .set("main.xsd")));
      assertThat(p.kind()).isEqualTo(Message.XSD_NOT_FOUND);
      assertThat(p.getMessage()).contains("\"other/u.xsd\" (imported by \"main.xsd\"");
    }

    @Test
    void aRelativeImportIsResolvedBesideTheImporter() {
      SchemaModel m = LOADER.load(new InlineXsd()
          .file("a/main.xsd", "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:u='urn:u'"
              + " targetNamespace='urn:t' elementFormDefault='qualified'>"
              + "<xs:import namespace='urn:u' schemaLocation='../b/u.xsd'/>"
              + "<xs:element name='R' type='u:U'/></xs:schema>")
          .file("b/u.xsd", "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='urn:u'>"
              + "<xs:simpleType name='U'><xs:restriction base='xs:string'/></xs:simpleType></xs:schema>")
          .set("a/main.xsd"));
      assertThat(m.files()).containsExactly("a/main.xsd", "b/u.xsd").inOrder();
      assertThat(m.complexType((TypeRef.Complex) m.roots().get(0).type()).simpleContent())
          .hasValue(new XmlName("urn:u", "U"));
    }

    @Test
    void malformedXmlSaysWhereItBroke() {
      Problem p = assertThrows(Problem.class, () -> LOADER.load(new InlineXsd()
          .file("bad.xsd", "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>\n<xs:element name='R'>\n</xs:schema>")
          .set("bad.xsd")));
      assertThat(p.kind()).isEqualTo(Message.XSD_MALFORMED);
      assertThat(p.getMessage()).contains("bad.xsd cannot be read as XML Schema: line 3");
    }

    @Test
    void aDoctypeIsReadForItsInternalSubsetAndItsExternalDtdIsNeverFetched() {
      // As the W3C's xenc-schema.xsd starts: a DTD named by a URL (here one that nothing answers)
      // and an entity of the internal subset used in the schema.
      SchemaModel m = LOADER.load(new InlineXsd()
          .file("dtd.xsd", "<?xml version='1.0'?>\n<!DOCTYPE xs:schema PUBLIC '-//W3C//DTD XMLSchema 200102//EN'\n"
              + " 'http://127.0.0.1:9/never.dtd' [\n <!ENTITY ns 'urn:from-the-subset'>\n]>\n"
              + "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' targetNamespace='&ns;'>"
              + "<xs:element name='R' type='xs:string'/></xs:schema>")
          .set("dtd.xsd"));
      assertThat(m.roots().get(0).name()).isEqualTo(XmlName.of("urn:from-the-subset", "R"));
    }

    @Test
    void aDoctypeKeepsTheLinesAndColumnsTheJdkReports() {
      Problem p = assertThrows(Problem.class, () -> LOADER.load(new InlineXsd()
          .file("dtd.xsd", "<!DOCTYPE xs:schema SYSTEM\n  'http://127.0.0.1:9/never.dtd'>\n"
              + "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'>\n<xs:element name='R' type='xs:nope'/>\n"
              + "</xs:schema>")
          .set("dtd.xsd")));
      assertThat(p.kind()).isEqualTo(Message.XSD_INVALID);
      assertThat(p.getMessage()).contains("dtd.xsd:4:");
    }

    @Test
    void anExternalEntityInTheDoctypeIsRefusedAndNothingIsFetched() {
      for (String entity : List.of("<!ENTITY e SYSTEM 'http://127.0.0.1:9/e.txt'>",
          "<!ENTITY % p PUBLIC '-//X//Y//EN' 'http://127.0.0.1:9/p.dtd'>")) {
        Problem p = assertThrows(Problem.class, () -> LOADER.load(new InlineXsd()
            .file("dtd.xsd", "<!DOCTYPE xs:schema [" + entity + "]>"
                + "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'/>")
            .set("dtd.xsd")));
        assertThat(p.kind()).isEqualTo(Message.XSD_MALFORMED);
        assertThat(p.getMessage()).contains("its DOCTYPE declares the external");
        assertThat(p.getMessage()).contains("which poxgen does not fetch");
      }
    }

    @Test
    void entityExpansionStaysWithinTheJdksSecureProcessingLimits() {
      StringBuilder subset = new StringBuilder("<!ENTITY a0 'lol'>");
      for (int i = 1; i < 12; i++) {
        String prev = "&a" + (i - 1) + ";";
        subset.append("<!ENTITY a").append(i).append(" '").append(prev.repeat(10)).append("'>");
      }
      Problem p = assertThrows(Problem.class, () -> LOADER.load(new InlineXsd()
          .file("laughs.xsd", "<!DOCTYPE xs:schema [" + subset + "]>"
              + "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:annotation><xs:documentation>&a11;"
              + "</xs:documentation></xs:annotation></xs:schema>")
          .set("laughs.xsd")));
      assertThat(p.kind()).isEqualTo(Message.XSD_MALFORMED);
      assertThat(p.getMessage()).contains("laughs.xsd cannot be read as XML Schema: line 1");
    }


    @Test
    void anUndeclaredTypeIsNamed() {
      // The JDK refuses such a schema first (see SchemaFilesTest); trusted, the model's builder names it too.
      SchemaSet set = InlineXsd.of(
          "<xs:complexType name='A'><xs:sequence><xs:element name='X' type='t:Missing'/></xs:sequence></xs:complexType>");
      Problem p = assertThrows(Problem.class, () -> LOADER.load(set.trusted()));
      assertThat(p.kind()).isEqualTo(Message.XSD_UNRESOLVED);
      assertThat(p.getMessage()).contains("complexType A > sequence > element X: type \"{urn:t}Missing\" is not declared");
    }

    @Test
    void unsupportedConstructsEachSayWhatToDoInstead() {
      assertThat(problem("<xs:complexType name='C'><xs:annotation><xs:appinfo><r:check xmlns:r='urn:poxgen:rules'/>"
          + "</xs:appinfo></xs:annotation></xs:complexType><xs:element name='E' type='t:C'/>").getMessage())
          .contains("the appinfo element <check> of urn:poxgen:rules is not supported by poxgen. Use <rule");
      // The JDK refuses this one first (cos-all-limited); trusted, the model's builder says why too.
      SchemaSet all = InlineXsd.of("<xs:element name='E' type='t:D'/><xs:complexType name='B'><xs:all>"
          + "<xs:element name='a' type='xs:int'/></xs:all></xs:complexType><xs:complexType name='D'><xs:complexContent>"
          + "<xs:extension base='t:B'><xs:sequence><xs:element name='b' type='xs:int'/></xs:sequence></xs:extension>"
          + "</xs:complexContent></xs:complexType>");
      assertThat(assertThrows(Problem.class, () -> LOADER.load(all.trusted())).getMessage())
          .contains("xs:extension adding content to xs:all content, or adding an xs:all is not supported by poxgen."
              + " XML Schema 1.0 allows xs:all only as a whole content model");
    }

    @Test
    void anExtensionOfAnyTypeAddsAttributesToItsLaxMixedContent() {
      SchemaModel m = load("<xs:element name='E' type='t:D'/><xs:complexType name='D'><xs:complexContent>"
          + "<xs:extension base='xs:anyType'><xs:attribute name='id' type='xs:int'/></xs:extension>"
          + "</xs:complexContent></xs:complexType>");
      ComplexTypeModel d = m.complexType(t("D")).orElseThrow();
      assertThat(d.mixed()).isTrue();
      assertThat(d.attributes().stream().map(a -> a.name().localName()).toList()).containsExactly("id");
      assertThat(d.anyAttribute().orElseThrow().constraint()).isEqualTo(WildcardModel.Constraint.ANY);
      assertThat(d.anyAttribute().orElseThrow().processContents()).isEqualTo(WildcardModel.ProcessContents.LAX);
      ElementModel any = d.elements().get(0);
      assertThat(d.elements()).hasSize(1);
      assertThat(any.wildcard().orElseThrow().constraint()).isEqualTo(WildcardModel.Constraint.ANY);
      assertThat(any.wildcard().orElseThrow().processContents()).isEqualTo(WildcardModel.ProcessContents.LAX);
      assertThat(any.occurrence()).isEqualTo(Occurrence.MANY);
    }

    @Test
    void mixedContentIsRecordedAsXmlSchemaWorksItOut() {
      SchemaModel m = load("<xs:complexType name='A' mixed='true'><xs:sequence/></xs:complexType>"
          + "<xs:complexType name='B' mixed=' 1 '><xs:sequence><xs:element name='b' type='xs:int'/></xs:sequence>"
          + "</xs:complexType>"
          + "<xs:complexType name='C' mixed='0'><xs:sequence><xs:element name='b' type='xs:int'/></xs:sequence>"
          + "</xs:complexType>"
          // An extension that adds no particle and says nothing of mixed has its base's content type.
          + "<xs:complexType name='D'><xs:complexContent><xs:extension base='t:B'>"
          + "<xs:attribute name='a' type='xs:int'/></xs:extension></xs:complexContent></xs:complexType>"
          + "<xs:complexType name='E'><xs:complexContent><xs:restriction base='t:B'><xs:sequence>"
          + "<xs:element name='b' type='xs:int'/></xs:sequence></xs:restriction></xs:complexContent></xs:complexType>"
          + "<xs:complexType name='F'><xs:complexContent mixed='true'><xs:extension base='t:B'><xs:sequence>"
          + "<xs:element name='c' type='xs:int'/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>"
          // mixed means nothing for simple content.
          + "<xs:complexType name='G' mixed='true'><xs:simpleContent><xs:extension base='xs:int'/></xs:simpleContent>"
          + "</xs:complexType>");
      assertThat(m.complexType(t("A")).orElseThrow().mixed()).isTrue();
      assertThat(m.complexType(t("B")).orElseThrow().mixed()).isTrue();
      assertThat(m.complexType(t("C")).orElseThrow().mixed()).isFalse();
      assertThat(m.complexType(t("D")).orElseThrow().mixed()).isTrue();
      assertThat(m.complexType(t("E")).orElseThrow().mixed()).isFalse();
      assertThat(m.complexType(t("F")).orElseThrow().mixed()).isTrue();
      assertThat(m.complexType(t("G")).orElseThrow().mixed()).isFalse();
    }

    @Test
    void aSchemaWithoutGlobalElementsBindsItsTypesAndHasNoDocument() {
      SchemaModel m = load("<xs:simpleType name='S'><xs:restriction base='xs:string'/></xs:simpleType>"
          + "<xs:complexType name='C'><xs:sequence><xs:element name='s' type='t:S'/></xs:sequence></xs:complexType>");
      assertThat(m.roots()).isEmpty();
      assertThat(m.complexType(t("C"))).isPresent();
    }
  }
}
