package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.Code;
import dev.poxgen.Finding;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.Severity;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverDocument;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Each finding code from a document, with its line, column, path and message. The codes the
 * Autodiscover schema cannot produce (it has no required attribute, no length or digits facet) are
 * produced by the processor's "codes" fixture.
 */
class FindingCodesTest {
  private static final Set<Code> SEEN = EnumSet.noneOf(Code.class);
  private static final String R = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

  /** A response; {@code account} goes inside Account, on line 3 from column 1. */
  private static String response(String account) {
    return "<Autodiscover xmlns='" + R + "'>\n<Response xmlns='" + O + "'>\n<Account>" + account
        + "</Account>\n</Response>\n</Autodiscover>";
  }

  private static Finding only(String xml, ReadOptions options) throws Exception {
    ReadResult<AutodiscoverDocument> r = AutodiscoverXml.read(XmlInput.ofString(xml), options);
    assertThat(r.findings()).hasSize(1);
    Finding f = r.findings().get(0);
    SEEN.add(f.code());
    return f;
  }

  private static void expect(Finding f, Severity severity, Code code, int line, int column, String path, String message) {
    assertThat(f).isEqualTo(new Finding(severity, code, line, column, path, message));
  }

  @Test
  void enumeration() throws Exception {
    expect(only(response("<Protocol><SMTPLast>yes</SMTPLast></Protocol>"), ReadOptions.lenient()),
        Severity.ERROR, Code.ENUMERATION, 3, 44, "/Autodiscover/Response/Account/Protocol[1]/SMTPLast",
        "\"yes\" is not one of on, On, off, Off");
  }

  @Test
  void invalidValueAndRange() throws Exception {
    expect(only(response("<Protocol><Port>25a</Port></Protocol>"), ReadOptions.lenient()),
        Severity.ERROR, Code.INVALID_VALUE, 3, 36, "/Autodiscover/Response/Account/Protocol[1]/Port",
        "\"25a\" is not an integer of type xs:int");
    expect(only(response("<Protocol><Port>70000</Port></Protocol>"), ReadOptions.lenient()),
        Severity.ERROR, Code.RANGE, 3, 38, "/Autodiscover/Response/Account/Protocol[1]/Port",
        "70000 is more than the maximum 65535");
  }

  @Test
  void pattern() throws Exception {
    expect(only(response("<Protocol><Type>WEB</Type><Internal><OWAUrl AuthenticationMethod='Kerberos'>u</OWAUrl>"
            + "</Internal></Protocol>"), ReadOptions.lenient()),
        Severity.ERROR, Code.PATTERN, 3, 86, "/Autodiscover/Response/Account/Protocol[1]/Internal/OWAUrl[1]",
        "@AuthenticationMethod: \"Kerberos\" does not match the pattern (WindowsIntegrated|FBA|Fba|NTLM|Ntlm|Digest"
            + "|Basic|LiveIdFba|OAuth)(, ?(WindowsIntegrated|FBA|Fba|NTLM|Ntlm|Digest|Basic|LiveIdFba|OAuth))*");
  }

  @Test
  void unknownElementAndAttribute() throws Exception {
    expect(only(response("<Protocol><TLS>on</TLS></Protocol>"), ReadOptions.lenient()),
        Severity.WARNING, Code.UNKNOWN_ELEMENT, 3, 25, "/Autodiscover/Response/Account/Protocol[1]/TLS",
        "<TLS> of " + O + " is not declared in <Protocol>; kept");
    expect(only(response("<Protocol><SSL flavour='x'>on</SSL></Protocol>"), ReadOptions.strict()),
        Severity.ERROR, Code.UNKNOWN_ATTRIBUTE, 3, 37, "/Autodiscover/Response/Account/Protocol[1]/SSL",
        "the attribute flavour is not declared here");
  }

  /** The root is read by peeking at its first child (request or response); its findings stay on its own tag. */
  @Test
  void anUnknownAttributeOfTheRootIsFoundOnTheRootsTag() throws Exception {
    expect(only("<Autodiscover flavour='x' xmlns='" + R + "'>\n<Response xmlns='" + O + "'>\n<Account/>\n</Response>"
            + "\n</Autodiscover>", ReadOptions.strict()),
        Severity.ERROR, Code.UNKNOWN_ATTRIBUTE, 1, 106, "/Autodiscover", "the attribute flavour is not declared here");
  }

  @Test
  void namespace() throws Exception {
    expect(only(response("<Protocol><SSL xmlns='urn:x'>on</SSL></Protocol>"), ReadOptions.lenient()),
        Severity.WARNING, Code.NAMESPACE, 3, 39, "/Autodiscover/Response/Account/Protocol[1]/SSL",
        "<SSL> is in the namespace urn:x, not " + O + "; read as the schema's");
  }

  /**
   * A subtree in another namespace is one finding, on its top element; an element within it in a
   * namespace of its own is one more; the elements after it, back in the subtree's, none.
   */
  @Test
  void aSubtreeInAnotherNamespaceIsOneFindingAndEachDeviationWithinItAnother() throws Exception {
    String elsewhere = "urn:elsewhere";
    String xml = "<Autodiscover xmlns='" + R + "'>\n<Response xmlns='" + elsewhere + "'>\n<Account><Protocol>"
        + "<Type>IMAP</Type><SSL xmlns='urn:x'>on</SSL><SPA>off</SPA></Protocol></Account>\n</Response>\n</Autodiscover>";
    ReadResult<AutodiscoverDocument> r = AutodiscoverXml.read(XmlInput.ofString(xml), ReadOptions.lenient());
    assertThat(r.findings().stream().map(f -> f.code() + " " + f.path()).toList()).containsExactly(
        "NAMESPACE /Autodiscover/Response",
        "NAMESPACE /Autodiscover/Response/Account/Protocol[1]/SSL").inOrder();
    // And read after one in the schema's namespace: the same subtree again, found again.
    String twice = "<Autodiscover xmlns='" + R + "'>\n<Response xmlns='" + O + "'>\n<Account><Protocol>"
        + "<SSL xmlns='urn:x'>on</SSL><SPA>off</SPA><AuthRequired xmlns='urn:x'>on</AuthRequired></Protocol>"
        + "</Account>\n</Response>\n</Autodiscover>";
    ReadResult<AutodiscoverDocument> t = AutodiscoverXml.read(XmlInput.ofString(twice), ReadOptions.lenient());
    assertThat(t.findings().stream().map(f -> f.code() + " " + f.path()).toList()).containsExactly(
        "NAMESPACE /Autodiscover/Response/Account/Protocol[1]/SSL",
        "NAMESPACE /Autodiscover/Response/Account/Protocol[1]/AuthRequired").inOrder();
  }

  @Test
  void tooMany() throws Exception {
    expect(only(response("<Protocol><SSL>on</SSL><SSL>off</SSL></Protocol>"), ReadOptions.lenient()),
        Severity.ERROR, Code.TOO_MANY, 3, 38, "/Autodiscover/Response/Account/Protocol[1]/SSL",
        "<SSL> appears more often than allowed here (once); the extra one is kept");
  }

  @Test
  void outOfOrder() throws Exception {
    expect(only(response("<Action>settings</Action><AccountType>email</AccountType>"), ReadOptions.strict()),
        Severity.ERROR, Code.OUT_OF_ORDER, 3, 48, "/Autodiscover/Response/Account/AccountType",
        "<AccountType> comes after an element the schema puts after it");
  }

  @Test
  void missingElement() throws Exception {
    expect(only("<Autodiscover xmlns='" + R + "'>\n<Response>\n<Error><Message>m</Message></Error>\n</Response>\n"
            + "</Autodiscover>", ReadOptions.lenient()),
        Severity.ERROR, Code.MISSING_ELEMENT, 3, 36, "/Autodiscover/Response/Error/ErrorCode",
        "<ErrorCode> is required but missing");
  }

  /** The three <Response>s the root may hold differ only in namespace, so the finding names those. */
  @Test
  void aMissingResponseNamesTheNamespacesItMayBeIn() throws Exception {
    expect(only("<Autodiscover xmlns='" + R + "'>\n</Autodiscover>", ReadOptions.lenient()),
        Severity.ERROR, Code.MISSING_ELEMENT, 2, 16, "/Autodiscover",
        "one of <Response> in " + O + ", "
            + "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006, "
            + "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006 is required but none is there");
  }

  @Test
  void choice() throws Exception {
    expect(only(response("<Error><ErrorCode>600</ErrorCode><Message>m</Message></Error><Action>settings</Action>"),
            ReadOptions.lenient()),
        Severity.ERROR, Code.CHOICE, 3, 106, "/Autodiscover/Response/Account",
        "holds more than one of <Error>, (<AccountType> <Action> <MicrosoftOnline> <ConsumerMailbox> <RedirectUrl>"
            + " <RedirectURL> <RedirectAddr> <Image> <ServiceHome> <Protocol> <AlternativeMailbox>"
            + " <PublicFolderInformation>), which are alternatives");
  }

  @Test
  void unexpectedTextAndContent() throws Exception {
    expect(only(response("<Protocol>stray<SSL>on</SSL></Protocol>"), ReadOptions.lenient()),
        Severity.WARNING, Code.UNEXPECTED_TEXT, 3, 26, "/Autodiscover/Response/Account/Protocol[1]",
        "text \"stray\" where only elements are allowed; kept");
    expect(only(response("<Protocol><Server>a<b/>c</Server></Protocol>"), ReadOptions.lenient()),
        Severity.ERROR, Code.UNEXPECTED_CONTENT, 3, 33, "/Autodiscover/Response/Account/Protocol[1]/Server/b",
        "<b> inside <Server>, which holds only text; kept");
  }

  @Test
  void xsi() throws Exception {
    expect(only(response("<Protocol xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:nil='true'/>"),
            ReadOptions.strict()),
        Severity.ERROR, Code.XSI, 3, 90, "/Autodiscover/Response/Account/Protocol[1]",
        "xsi:nil=\"true\" is not allowed here: the element is not nillable");
  }

  @Test
  void ruleBeyondXmlSchema() throws Exception {
    Finding f = only(response("<Action>redirectAddr</Action>"), ReadOptions.lenient());
    assertThat(f.code()).isEqualTo(Code.RULE);
    assertThat(f.path()).isEqualTo("/Autodiscover/Response/Account");
    assertThat(f.line()).isEqualTo(3);
    assertThat(f.message()).startsWith("<Action> is redirectAddr but <RedirectAddr> is missing (rule redirect-addr,");
  }

  @AfterAll
  static void everyCodeTheSchemaCanProduce() {
    // The bundled schema has no required attribute, length or digits facet, nor identity constraint.
    assertThat(SEEN).containsExactlyElementsIn(
        EnumSet.complementOf(EnumSet.of(Code.MISSING_ATTRIBUTE, Code.LENGTH, Code.DIGITS, Code.IDENTITY)));
  }

  @Test
  void aBuiltProtocolValidates() {
    dev.poxgen.examples.autodiscover.Protocol clean = dev.poxgen.examples.autodiscover.Protocol.builder()
        .type(dev.poxgen.examples.autodiscover.ProtocolType.SMTP)
        .smtpLast(dev.poxgen.examples.autodiscover.OnOff.ON)
        .build();
    assertThat(dev.poxgen.examples.autodiscover.AutodiscoverValidator.validate(clean)).isEmpty();
    List<Finding> port0 = dev.poxgen.examples.autodiscover.AutodiscoverValidator.validate(
        clean.toBuilder().port(0).build());
    assertThat(port0).containsExactly(
        new Finding(Severity.ERROR, Code.RANGE, 0, 0, "/Protocol/Port", "0 is less than the minimum 1"));
  }
}
