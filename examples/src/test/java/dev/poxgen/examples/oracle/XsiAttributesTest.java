package dev.poxgen.examples.oracle;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.poxgen.Code;
import dev.poxgen.Finding;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.Severity;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverValidator;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code xsi:} attributes XML Schema allows on every element are never unknown: strict reading
 * judges each as the JDK's validator does (issue 11), case by case. The oracle's mutations
 * ({@link Mutation.Kind#XSI_TYPE} and the two after it) check the same on every corpus document.
 */
class XsiAttributesTest {
  private static final String XSI = "xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'";
  private static final String PREFIXES = " xmlns:xsd='http://www.w3.org/2001/XMLSchema'"
      + " xmlns:o='http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'";

  @BeforeAll
  static void load() throws Exception {
    OracleTest.load();
  }

  /** A valid response; {@code @ROOT@}, {@code @PROTOCOL@}, {@code @SSL@} and {@code @SERVER@} take attributes. */
  private static String document(String root, String protocol, String ssl, String server) {
    return "<Autodiscover xmlns='http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006' " + XSI
        + PREFIXES + root + ">"
        + "<Response xmlns='http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'>"
        + "<Account><AccountType>email</AccountType><Action>settings</Action>"
        + "<Protocol" + protocol + "><Type>IMAP</Type><Server" + server + ">imap.example.net</Server>"
        + "<Port>993</Port><SSL" + ssl + ">on</SSL></Protocol>"
        + "</Account></Response></Autodiscover>";
  }

  private static List<Finding> strict(String xml) throws Exception {
    return AutodiscoverXml.read(XmlInput.ofString(xml), ReadOptions.strict()).findings();
  }

  /** The JDK says valid, poxgen's strict reading says valid: no finding at all. */
  private static void valid(String what, String xml) throws Exception {
    OracleTest.agree(what, xml);
    assertWithMessage(what).that(strict(xml)).isEmpty();
  }

  /** The JDK says invalid, poxgen's strict reading says so with an error of this code. */
  private static void invalid(String what, String xml, Code code) throws Exception {
    OracleTest.agree(what, xml);
    assertWithMessage(what).that(strict(xml).stream().filter(Finding::isError).map(Finding::code).toList())
        .containsExactly(code);
  }

  @Test
  void schemaLocationHintsAreAllowedOnEveryElement() throws Exception {
    String loc = " xsi:schemaLocation='http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006 ad.xsd'";
    String noNs = " xsi:noNamespaceSchemaLocation='plain.xsd'";
    valid("schemaLocation on the root", document(loc, "", "", ""));
    valid("both on a complex element", document("", loc + noNs, "", ""));
    valid("both on an element that holds only text", document("", "", loc + noNs, noNs));
    valid("an empty one", document(" xsi:schemaLocation=''", "", "", ""));
  }

  @Test
  void schemaLocationHintsAreKeptForTheWriterAndTheValidatorAllowsThem() throws Exception {
    String xml = document(" xsi:schemaLocation='urn:a a.xsd'", "", " xsi:noNamespaceSchemaLocation='ssl.xsd'", "");
    ReadResult<AutodiscoverResponse> r = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml));
    assertThat(r.findings()).isEmpty();
    assertThat(AutodiscoverValidator.validate(r.value())).isEmpty();
    String written = AutodiscoverXml.toXml(r.value());
    assertThat(written).contains("schemaLocation=\"urn:a a.xsd\"");
    assertThat(written).contains("noNamespaceSchemaLocation=\"ssl.xsd\"");
    valid("written back", written);
  }

  @Test
  void xsiTypeNamingTheDeclaredTypeIsAllowed() throws Exception {
    valid("a named complex type", document("", " xsi:type='o:Protocol'", "", ""));
    valid("unprefixed, in the default namespace", document("", " xsi:type='Protocol'", "", ""));
    valid("with whitespace around it", document("", " xsi:type=' o:Protocol '", "", ""));
    valid("a named simple type", document("", "", " xsi:type='o:OnOff'", ""));
    valid("a built-in type", document("", "", "", " xsi:type='xsd:string'"));
    valid("the declared type of the root", document(" xsi:type='AutodiscoverResponse'", "", "", ""));
  }

  @Test
  void xsiTypeNamingAnyOtherTypeIsAnError() throws Exception {
    invalid("the base of the declared type", document("", "", " xsi:type='xsd:string'", ""), Code.XSI);
    invalid("another complex type", document("", " xsi:type='o:Account'", "", ""), Code.XSI);
    invalid("a type that does not exist", document("", " xsi:type='o:NoSuchType'", "", ""), Code.XSI);
    invalid("anyType", document("", "", "", " xsi:type='xsd:anyType'"), Code.XSI);
    invalid("an unbound prefix", document("", " xsi:type='nope:Protocol'", "", ""), Code.XSI);
    invalid("not a QName", document("", " xsi:type=':Protocol'", "", ""), Code.XSI);
    invalid("the element's name in the wrong namespace", document("", " xsi:type='xsd:Protocol'", "", ""), Code.XSI);
  }

  @Test
  void xsiNilIsAnErrorOnAnElementThatIsNotNillable() throws Exception {
    invalid("nil true on text", document("", "", " xsi:nil='true'", ""), Code.XSI);
    invalid("nil false on text", document("", "", " xsi:nil='false'", ""), Code.XSI);
    invalid("nil on a complex element", document("", " xsi:nil='true'", "", ""), Code.XSI);
    invalid("nil that is not a boolean", document(" xsi:nil='maybe'", "", "", ""), Code.XSI);
  }

  @Test
  void anotherXsiAttributeIsUnknown() throws Exception {
    invalid("xsi:foo", document("", " xsi:foo='1'", "", ""), Code.UNKNOWN_ATTRIBUTE);
  }

  @Test
  void leniently_aWrongXsiAttributeIsAWarningAndKept() throws Exception {
    String xml = document("", " xsi:type='o:Account'", " xsi:nil='true'", "");
    ReadResult<AutodiscoverResponse> r = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml));
    assertThat(r.findings().stream().map(Finding::severity).toList()).containsExactly(Severity.WARNING, Severity.WARNING);
    assertThat(r.findings().get(0).message()).contains("xsi:type=\"o:Account\" names {"
        + "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a}Account, but this element's"
        + " type is {http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a}Protocol");
    List<Code> validator = new ArrayList<>();
    AutodiscoverValidator.validate(r.value()).forEach(f -> validator.add(f.code()));
    assertThat(validator).containsExactly(Code.XSI, Code.XSI);
    assertThat(AutodiscoverXml.toXml(r.value())).contains("type=\"o:Account\"");
  }

  /**
   * An xsi:type naming a type derived from the declared one (here o:OnOff, a restriction of
   * xs:token, on an xs:string element) is valid, and the value is checked against it, as the JDK
   * checks it: "on" is an OnOff, "maybe" is not.
   */
  @Test
  void xsiTypeNamingADerivedSimpleTypeChecksTheValueAsThatType() throws Exception {
    String on = document("", "", "", " xsi:type='o:OnOff'").replace(">imap.example.net<", ">on<");
    assertThat(new JdkOracle().problems(on)).isEmpty();
    assertThat(strict(on)).isEmpty();
    String maybe = document("", "", "", " xsi:type='o:OnOff'").replace(">imap.example.net<", ">maybe<");
    assertThat(new JdkOracle().problems(maybe)).isNotEmpty();
    assertThat(strict(maybe).stream().map(Finding::code).toList()).containsExactly(Code.ENUMERATION);
  }

  /**
   * The one known disagreement: a document element in a namespace the schema does not have, with an xsi:type, is
   * validated by the JDK as that type: anything under {@code xs:anyType}, an empty element under
   * {@code o:Protocol}, whose children are all optional. poxgen reads it as the schema's document
   * element and reports the namespace.
   */
  @Test
  void anUndeclaredDocumentElementWithAnXsiTypeIsAnErrorThoughTheJdkAcceptsIt() throws Exception {
    String xml = document(" xsi:type='xsd:anyType'", "", "", "")
        .replace("xmlns='http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006'", "xmlns='urn:other'");
    assertThat(new JdkOracle().problems(xml)).isEmpty();
    assertThat(strict(xml).stream().map(Finding::code).toList()).containsAtLeast(Code.NAMESPACE, Code.XSI);
    String empty = "<Autodiscover xmlns='urn:other' " + XSI + PREFIXES + " xsi:type='o:Protocol'/>";
    assertThat(new JdkOracle().problems(empty)).isEmpty();
    assertThat(strict(empty).stream().map(Finding::code).toList()).contains(Code.NAMESPACE);
  }
}
