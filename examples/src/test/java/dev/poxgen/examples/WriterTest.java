package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.Code;
import dev.poxgen.PoxWriteException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.WriteOptions;
import dev.poxgen.WriteResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.OnOff;
import dev.poxgen.examples.autodiscover.OutlookResponse;
import dev.poxgen.examples.autodiscover.Protocol;
import dev.poxgen.examples.autodiscover.ProtocolType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WriterTest {
  private static AutodiscoverResponse response(Protocol p) {
    return AutodiscoverResponse.builder()
        .outlookResponse(OutlookResponse.builder().account(Account.builder().addProtocol(p).build()).build())
        .build();
  }

  @Test
  void compactUtf8WithTheNamespacesRealServersUse() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteResult r = AutodiscoverXml.write(
        response(Protocol.builder().type(ProtocolType.SMTP).server("smtp.exämple.com").smtpLast(OnOff.ON).build()),
        out, WriteOptions.compact());
    assertThat(r.isClean()).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
        + "<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">"
        + "<Account><Protocol><Type>SMTP</Type><Server>smtp.exämple.com</Server><SMTPLast>on</SMTPLast></Protocol>"
        + "</Account></Response></Autodiscover>");
  }

  @Test
  void indentedOneElementALine() throws Exception {
    String xml = AutodiscoverXml.toXml(response(Protocol.builder().type(ProtocolType.IMAP).port(993).build()));
    assertThat(xml).contains("\n      <Protocol>\n        <Type>IMAP</Type>\n        <Port>993</Port>\n      </Protocol>\n");
  }

  @Test
  void escapesWhatXmlMust() throws Exception {
    String xml = AutodiscoverXml.toXml(response(Protocol.builder().server("a&b<c>\"d\r").build()), WriteOptions.compact());
    assertThat(xml).contains("<Server>a&amp;b&lt;c&gt;\"d&#13;</Server>");
    assertThat(AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml)).value().outlookResponse().orElseThrow().account().orElseThrow()
        .protocols().get(0).server()).hasValue("a&b<c>\"d\r");
  }

  @Test
  void refusesCharactersXmlCannotCarry() {
    PoxWriteException e = assertThrows(PoxWriteException.class,
        () -> AutodiscoverXml.toXml(response(Protocol.builder().server("bad\u0000").build())));
    assertThat(e).hasMessageThat().isEqualTo(
        "/Autodiscover/Response/Account/Protocol/Server holds the character U+0000, which XML 1.0 cannot carry");
  }

  @Test
  void contentTheSchemaForbidsIsWrittenBackAndSaid() throws Exception {
    String doc = "<Autodiscover xmlns='http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006'>"
        + "<Response xmlns='http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'>"
        + "<Account><Protocol><Type>SMTP</Type><TLS>on</TLS><SMTPLast>yes</SMTPLast></Protocol></Account>"
        + "</Response></Autodiscover>";
    ReadResult<AutodiscoverResponse> read = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(doc));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriteResult written = AutodiscoverXml.write(read.value(), out, WriteOptions.compact());
    String xml = out.toString(StandardCharsets.UTF_8);
    assertThat(xml).contains("<Type>SMTP</Type><TLS>on</TLS><SMTPLast>yes</SMTPLast>");
    assertThat(written.findings().stream().map(f -> f.code()).toList())
        .containsExactly(Code.ENUMERATION, Code.UNKNOWN_ELEMENT);
    assertThat(AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml), ReadOptions.strict()).errors()).hasSize(2);
  }

  @Test
  void aValueChangedInCodeIsWrittenAsChanged() throws Exception {
    String doc = "<Autodiscover xmlns='http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006'>"
        + "<Response xmlns='http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'>"
        + "<Account><Protocol><SSL>On</SSL></Protocol></Account></Response></Autodiscover>";
    AutodiscoverResponse read = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(doc)).value();
    assertThat(AutodiscoverXml.toXml(read, WriteOptions.compact())).contains("<SSL>On</SSL>");
    Account a = read.outlookResponse().orElseThrow().account().orElseThrow();
    Protocol changed = a.protocols().get(0).toBuilder().ssl(OnOff.OFF).build();
    assertThat(AutodiscoverXml.toXml(response(changed), WriteOptions.compact())).contains("<SSL>off</SSL>");
  }

  /** The JDK's reader on JDK 25 reports namespace declarations of XML 1.1 documents as attributes. */
  @Test
  void namespaceDeclarationsOfAnXml11DocumentAreNotKeptAsAttributes() throws Exception {
    String doc = "<?xml version='1.1'?><Autodiscover xmlns:xsd='http://www.w3.org/2001/XMLSchema'"
        + " xmlns='http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006'>"
        + "<Response xmlns='http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'>"
        + "<Account><Protocol><Type>IMAP</Type></Protocol></Account></Response></Autodiscover>";
    ReadResult<AutodiscoverResponse> read = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(doc), ReadOptions.strict());
    assertThat(read.findings()).isEmpty();
    String xml = AutodiscoverXml.toXml(read.value(), WriteOptions.compact());
    assertThat(xml).doesNotContain("xmlns:");
    assertThat(AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml), ReadOptions.strict()).value()).isEqualTo(read.value());
  }
}
