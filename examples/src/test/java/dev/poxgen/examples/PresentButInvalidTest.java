package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.Code;
import dev.poxgen.Finding;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.Severity;
import dev.poxgen.WriteOptions;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AccountError;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverValidator;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.OnOff;
import dev.poxgen.examples.autodiscover.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accessor rule, through the generated API: {@code x()} is the valid value the document gave,
 * or the schema default when it left the item out, and empty when it gave a value that is not
 * valid; {@code hasX()} says whether it gave the item at all; {@code xLexical()} what it wrote. A
 * value in another case of an enumeration value reads as that value, with a warning (an error when
 * strict); a present but invalid value never reads as the default.
 */
class PresentButInvalidTest {
  private static final String R = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

  private static String protocol(String inside) {
    return "<Autodiscover xmlns='" + R + "'><Response xmlns='" + O + "'><Account><AccountType>email</AccountType>"
        + "<Action>settings</Action><Protocol><Type>IMAP</Type>" + inside + "</Protocol></Account></Response></Autodiscover>";
  }

  private static ReadResult<AutodiscoverResponse> read(String xml, ReadOptions options) throws Exception {
    return AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml), options);
  }

  private static Protocol first(ReadResult<AutodiscoverResponse> r) {
    return r.value().outlookResponse().orElseThrow().account().orElseThrow().protocols().get(0);
  }

  private static Finding only(ReadResult<AutodiscoverResponse> r) {
    assertThat(r.findings()).hasSize(1);
    return r.findings().get(0);
  }

  @Test
  void anUppercaseOffReadsAsOffWithAWarningNeverAsTheDefaultOn() throws Exception {
    ReadResult<AutodiscoverResponse> r = read(protocol("<SSL>OFF</SSL>"), ReadOptions.lenient());
    Protocol p = first(r);
    assertThat(p.ssl()).hasValue(OnOff.OFF);
    assertThat(p.hasSsl()).isTrue();
    assertThat(p.sslLexical()).hasValue("OFF");
    Finding f = only(r);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.code()).isEqualTo(Code.ENUMERATION);
    assertThat(f.path()).endsWith("/Protocol[1]/SSL");
    assertThat(f.message()).isEqualTo("\"OFF\" is not one of on, On, off, Off; read as off, the value it names in another case");
  }

  @Test
  void anUppercaseOnReadsAsOn() throws Exception {
    ReadResult<AutodiscoverResponse> r = read(protocol("<SMTPLast>ON</SMTPLast>"), ReadOptions.lenient());
    assertThat(first(r).smtpLast()).hasValue(OnOff.ON);
    assertThat(only(r).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void strictKeepsTheSchemasVerdictOnAnotherCase() throws Exception {
    ReadResult<AutodiscoverResponse> r = read(protocol("<SSL>OFF</SSL>"), ReadOptions.strict());
    Finding f = only(r);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.code()).isEqualTo(Code.ENUMERATION);
    assertThat(first(r).ssl()).hasValue(OnOff.OFF);
  }

  @Test
  void anotherCaseIsWrittenBackAsTheDocumentSpelledIt() throws Exception {
    AutodiscoverResponse value = read(protocol("<SSL>OFF</SSL>"), ReadOptions.lenient()).value();
    String xml = AutodiscoverXml.toXml(value, WriteOptions.compact());
    assertThat(xml).contains("<SSL>OFF</SSL>");
    assertThat(read(xml, ReadOptions.lenient()).value()).isEqualTo(value);
  }

  @Test
  void aValueThatNamesNothingIsGivenButInvalidNeverTheDefault() throws Exception {
    ReadResult<AutodiscoverResponse> r = read(protocol("<SSL>yes</SSL>"), ReadOptions.lenient());
    Protocol p = first(r);
    assertThat(p.ssl()).isEmpty();
    assertThat(p.hasSsl()).isTrue();
    assertThat(p.sslLexical()).hasValue("yes");
    Finding f = only(r);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.code()).isEqualTo(Code.ENUMERATION);
    assertThat(AutodiscoverXml.toXml(r.value(), WriteOptions.compact())).contains("<SSL>yes</SSL>");
    List<Finding> validation = AutodiscoverValidator.validate(p);
    assertThat(validation).hasSize(1);
    assertThat(validation.get(0).code()).isEqualTo(Code.ENUMERATION);
  }

  @Test
  void anAbsentValueIsTheDefaultAndSaysItWasNotGiven() throws Exception {
    ReadResult<AutodiscoverResponse> r = read(protocol(""), ReadOptions.lenient());
    Protocol p = first(r);
    assertThat(p.ssl()).hasValue(OnOff.ON);
    assertThat(p.hasSsl()).isFalse();
    assertThat(p.sslLexical()).isEmpty();
    assertThat(p.port()).isEmpty();
    assertThat(p.hasPort()).isFalse();
  }

  @Test
  void aNumberOutsideItsRangeIsGivenButInvalid() throws Exception {
    ReadResult<AutodiscoverResponse> r = read(protocol("<Port>0</Port>"), ReadOptions.lenient());
    Protocol p = first(r);
    assertThat(p.port()).isEmpty();
    assertThat(p.hasPort()).isTrue();
    assertThat(p.portLexical()).hasValue("0");
    assertThat(only(r).code()).isEqualTo(Code.RANGE);
    assertThat(AutodiscoverXml.toXml(r.value(), WriteOptions.compact())).contains("<Port>0</Port>");
  }

  @Test
  void aValidValueGivenInItsCanonicalSpellingHasThatSpelling() throws Exception {
    Protocol p = first(read(protocol("<Port>993</Port><SSL>On</SSL>"), ReadOptions.lenient()));
    assertThat(p.port()).hasValue(993);
    assertThat(p.portLexical()).hasValue("993");
    assertThat(p.ssl()).hasValue(OnOff.ON);
    assertThat(p.sslLexical()).hasValue("On");
  }

  @Test
  void aRequiredItemLeftOutIsEmptyAndNeverThrows() throws Exception {
    String xml = "<Autodiscover xmlns='" + R + "'><Response xmlns='" + O + "'><Account><Error><Message>m</Message>"
        + "</Error></Account></Response></Autodiscover>";
    ReadResult<AutodiscoverResponse> r = read(xml, ReadOptions.lenient());
    AccountError e = r.value().outlookResponse().orElseThrow().account().orElseThrow().error().orElseThrow();
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.hasErrorCode()).isFalse();
    assertThat(e.errorCode().orElse(0)).isEqualTo(0);
    assertThat(e.message()).hasValue("m");
    assertThat(only(r).code()).isEqualTo(Code.MISSING_ELEMENT);
  }

  @Test
  void aRequiredItemGivenButInvalidIsNotAlsoMissing() throws Exception {
    String xml = "<Autodiscover xmlns='" + R + "'><Response xmlns='" + O + "'><Account><Error><ErrorCode>x</ErrorCode>"
        + "<Message>m</Message></Error></Account></Response></Autodiscover>";
    ReadResult<AutodiscoverResponse> r = read(xml, ReadOptions.lenient());
    AccountError e = r.value().outlookResponse().orElseThrow().account().orElseThrow().error().orElseThrow();
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.hasErrorCode()).isTrue();
    assertThat(e.errorCodeLexical()).hasValue("x");
    assertThat(only(r).code()).isEqualTo(Code.INVALID_VALUE);
    assertThat(AutodiscoverValidator.validate(e)).hasSize(1);
  }

  @Test
  void aValueSetInCodeHasItsCanonicalSpelling() {
    Protocol p = Protocol.builder().ssl(OnOff.OFF).port(587).build();
    assertThat(p.sslLexical()).hasValue("off");
    assertThat(p.portLexical()).hasValue("587");
    assertThat(p.hasSsl()).isTrue();
  }
}
