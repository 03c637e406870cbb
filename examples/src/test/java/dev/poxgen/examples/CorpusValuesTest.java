package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.poxgen.PoxReadException;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.Action;
import dev.poxgen.examples.autodiscover.AuthPackage;
import dev.poxgen.examples.autodiscover.AutodiscoverRequest;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.Encryption;
import dev.poxgen.examples.autodiscover.ErrorType;
import dev.poxgen.examples.autodiscover.MapiHttpProtocolType;
import dev.poxgen.examples.autodiscover.MobileSyncResponse;
import dev.poxgen.examples.autodiscover.OnOff;
import dev.poxgen.examples.autodiscover.Protocol;
import dev.poxgen.examples.autodiscover.ProtocolType;
import dev.poxgen.examples.autodiscover.TrueFalse;
import dev.poxgen.examples.autodiscover.WebProtocol;
import dev.poxgen.examples.testing.Corpus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a client needs, read from real servers' documents: one test per document. */
class CorpusValuesTest {
  private Path corpus;

  @BeforeEach
  void corpus() {
    assumeTrue(Corpus.corpus().isPresent(), Corpus.ABSENT);
    corpus = Corpus.corpus().get();
  }

  private ReadResult<AutodiscoverResponse> read(String file) throws PoxReadException {
    return AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(corpus.resolve(file)));
  }

  private Account account(String file) throws PoxReadException {
    return read(file).value().outlookResponse().orElseThrow().account().orElseThrow();
  }

  private static Protocol protocol(Account a, ProtocolType type, int nth) {
    return a.protocols().stream().filter(p -> p.type().orElse(null) == type).skip(nth).findFirst().orElseThrow();
  }

  @Test
  void mailuDefaultsWhatItLeavesOut() throws Exception {
    Account a = account("Mailu__settings-imap-smtp.xml");
    Protocol imap = protocol(a, ProtocolType.IMAP, 0);
    assertThat(imap.server()).hasValue("mail.example.com");
    assertThat(imap.port().getAsInt()).isEqualTo(993);
    assertThat(imap.ssl()).hasValue(OnOff.ON);
    assertThat(imap.spa()).hasValue(OnOff.OFF);
    assertThat(imap.domainRequired()).hasValue(OnOff.ON);
    assertThat(imap.authRequired()).hasValue(OnOff.ON);
    assertThat(imap.hasAuthRequired()).isFalse();
    assertThat(protocol(a, ProtocolType.SMTP, 0).port().getAsInt()).isEqualTo(465);
  }

  @Test
  void vboxadmSendsTwoSmtpProtocols() throws Exception {
    Account a = account("VBoxAdm__settings-imap-pop3-2xsmtp-tt-template.xml");
    assertThat(protocol(a, ProtocolType.SMTP, 0).port().getAsInt()).isEqualTo(465);
    assertThat(protocol(a, ProtocolType.SMTP, 1).port().getAsInt()).isEqualTo(587);
    assertThat(protocol(a, ProtocolType.SMTP, 1).smtpLast()).hasValue(OnOff.OFF);
    assertThat(protocol(a, ProtocolType.SMTP, 1).hasSmtpLast()).isTrue();
    assertThat(protocol(a, ProtocolType.POP3, 0).port().getAsInt()).isEqualTo(995);
  }

  @Test
  void rainloopAsksForSmtpLast() throws Exception {
    Account a = account("docker-rainloop__no-indent-smtplast-on.xml");
    assertThat(protocol(a, ProtocolType.SMTP, 0).smtpLast()).hasValue(OnOff.ON);
    assertThat(protocol(a, ProtocolType.IMAP, 0).smtpLast()).hasValue(OnOff.OFF);
    assertThat(protocol(a, ProtocolType.IMAP, 0).hasSmtpLast()).isFalse();
  }

  @Test
  void huaweiTurnsAuthenticationOff() throws Exception {
    Account a = account("namm163-autodiscover__imap-smtp-authrequired-off.xml");
    assertThat(protocol(a, ProtocolType.IMAP, 0).authRequired()).hasValue(OnOff.OFF);
    assertThat(protocol(a, ProtocolType.SMTP, 0).server()).hasValue("smtp.sparkspace.huaweicloud.com");
  }

  @Test
  void automx2UsesStarttlsThroughEncryption() throws Exception {
    Account a = account("automx2__settings-starttls-pop3-user.xml");
    Protocol imap = protocol(a, ProtocolType.IMAP, 0);
    assertThat(imap.ssl()).hasValue(OnOff.OFF);
    assertThat(imap.encryption()).hasValue(Encryption.TLS);
    assertThat(imap.port().getAsInt()).isEqualTo(143);
  }

  @Test
  void easymailLeavesSslOutOfSmtpAndAddsTls() throws Exception {
    ReadResult<AutodiscoverResponse> r = read("easymail__smtp-encryption-tls-element.xml");
    Protocol smtp = protocol(r.value().outlookResponse().orElseThrow().account().orElseThrow(), ProtocolType.SMTP, 0);
    assertThat(smtp.hasSsl()).isFalse();
    assertThat(smtp.ssl()).hasValue(OnOff.ON);
    assertThat(smtp.encryption()).hasValue(Encryption.TLS);
    assertThat(smtp.extras().nodes()).hasSize(1);
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.warnings().get(0).path()).isEqualTo("/Autodiscover/Response/Account/Protocol[3]/TLS");
  }

  @Test
  void gromoxMapiHttpAndAlternativeMailbox() throws Exception {
    ReadResult<AutodiscoverResponse> r = read("gromox__settings-exhttp-mapihttp-exch-expr.xml");
    Account a = r.value().outlookResponse().orElseThrow().account().orElseThrow();
    assertThat(r.value().outlookResponse().orElseThrow().user().orElseThrow().autoDiscoverSmtpAddress())
        .hasValue("alice@example.com");
    Protocol mapi = a.protocols().get(1);
    assertThat(mapi.typeAttribute()).hasValue(MapiHttpProtocolType.MAPI_HTTP);
    assertThat(mapi.mailStore().orElseThrow().internalUrl().orElseThrow()).startsWith("https://mail.example.com/mapi/emsmdb/");
    assertThat(protocol(a, ProtocolType.EXHTTP, 0).ssl()).hasValue(OnOff.ON);
    assertThat(protocol(a, ProtocolType.EXHTTP, 0).extras().raw("SSL")).isEqualTo("On");
    assertThat(protocol(a, ProtocolType.EXCH, 0).authPackage()).hasValue(AuthPackage.ANONYMOUS);
    assertThat(a.alternativeMailboxes().get(0).smtpAddress()).hasValue("shared@example.com");
    assertThat(a.publicFolderInformation().orElseThrow().smtpAddress()).hasValue("public.folder.root@example.com");
    assertThat(a.consumerMailbox()).hasValue(TrueFalse.FALSE);
  }

  @Test
  void exchangeCaptureWithNestedWebProtocols() throws Exception {
    Account a = account("namm163-autodiscover__exchange-capture-mapihttp-web-exhttp.xml");
    Protocol web = protocol(a, ProtocolType.WEB, 0);
    WebProtocol internal = web.internal().orElseThrow().protocol().orElseThrow();
    assertThat(internal.type()).hasValue(ProtocolType.EXCH);
    assertThat(internal.asUrl()).hasValue("https://imailcn57.email.huawei.com/ews/exchange.asmx");
    assertThat(web.internal().orElseThrow().owaUrls().get(0).authenticationMethod()).hasValue("Basic, Fba");
    Protocol exhttp = protocol(a, ProtocolType.EXHTTP, 0);
    assertThat(exhttp.serverExclusiveConnect()).hasValue(OnOff.ON);
    assertThat(exhttp.authPackage()).hasValue(AuthPackage.NEGOTIATE);
    assertThat(exhttp.ewsUrl()).hasValue("https://imailcn57.email.huawei.com/ews/exchange.asmx");
  }

  @Test
  void office365Fixture() throws Exception {
    Account a = account("WinRb-autodiscover__o365-exch-expr-web-fixture.xml");
    assertThat(a.microsoftOnline()).hasValue(TrueFalse.TRUE);
    Protocol expr = protocol(a, ProtocolType.EXPR, 0);
    assertThat(expr.certPrincipalName()).hasValue("msstd:outlook.com");
    assertThat(expr.ecpUrlConnect().orElseThrow()).startsWith("Connect/Main.aspx?rfr=olk&exsvurl=1");
    assertThat(protocol(a, ProtocolType.EXCH, 0).ewsUrl()).hasValue("https://outlook.office365.com/EWS/Exchange.asmx");
  }

  @Test
  void redirectUrlInBothSpellings() throws Exception {
    Account pages = account("WinRb-autodiscover__redirectUrl-2011.xml");
    assertThat(pages.action()).hasValue(Action.REDIRECT_URL);
    assertThat(pages.redirectUrl()).hasValue("https://earthcommand.org/autodiscover/autodiscover.xml");
    Account wild = account("exchangelib__redirectUrl-RedirectURL-casing.xml");
    assertThat(wild.redirectUrl()).hasValue("https://example.com/foo.asmx");
    assertThat(wild.extras().spelling("RedirectUrl")).isEqualTo("RedirectURL");
  }

  @Test
  void redirectAddr() throws Exception {
    Account a = account("gromox__redirectAddr.xml");
    assertThat(a.action()).hasValue(Action.REDIRECT_ADDR);
    assertThat(a.redirectAddr().orElseThrow()).startsWith("alic@");
  }

  @Test
  void errorResponses() throws Exception {
    ErrorType ms = read("msdocs-exchange__error-600-reference-2018-http.xml").value().errorResponse().orElseThrow().error().orElseThrow();
    assertThat(ms.errorCode()).hasValue(600);
    assertThat(ms.message()).hasValue("Invalid Request");
    assertThat(ms.time()).hasValue("21:25:04.8897083");
    assertThat(ms.id()).hasValue("4130155072");
    ErrorType mailcow = read("mailcow__error-500-database-error.xml").value().errorResponse().orElseThrow().error().orElseThrow();
    assertThat(mailcow.errorCode()).hasValue(500);
    assertThat(mailcow.message()).hasValue("Database Error");
    assertThat(read("gromox__error-601-provider-not-available.xml").value().errorResponse().orElseThrow().error()
        .orElseThrow().errorCode()).hasValue(601);
  }

  @Test
  void mobilesync() throws Exception {
    MobileSyncResponse settings = read("Z-Push__mobilesync-response-instantiated.xml").value().mobileSyncResponse().orElseThrow();
    assertThat(settings.culture()).hasValue("en:us");
    assertThat(settings.action().orElseThrow().settings().orElseThrow().servers().get(0).url())
        .hasValue("https://mail.example.com/Microsoft-Server-ActiveSync");
    assertThat(read("gromox__mobilesync-redirect.xml").value().mobileSyncResponse().orElseThrow().action().orElseThrow().redirect())
        .hasValue("alic@other.example.net");
    assertThat(read("zimbra__mobilesync-error-status-comment.xml").value().mobileSyncResponse().orElseThrow()
        .action().orElseThrow().error().orElseThrow().status()).hasValue(1);
  }

  @Test
  void mobilesyncInTheWrongNamespacesStillReads() throws Exception {
    ReadResult<AutodiscoverResponse> v1 = read("Z-Push__mobilesync-response-template-v1-root-ns.xml");
    assertThat(v1.value().mobileSyncResponse()).isPresent();
    assertThat(v1.hasErrors()).isFalse();
    ReadResult<AutodiscoverResponse> v2 = read("Z-Push__mobilesync-response-template-v2-no-response-ns.xml");
    assertThat(v2.value().mobileSyncResponse()).isPresent();
    assertThat(v2.warnings()).hasSize(1);
  }

  @Test
  void anUnknownTypeIsAnErrorAndItsTextIsKept() throws Exception {
    ReadResult<AutodiscoverResponse> r = read("exchangelib__unknown-type-XXX.xml");
    Protocol p = r.value().outlookResponse().orElseThrow().account().orElseThrow().protocols().get(0);
    assertThat(p.type()).isEmpty();
    assertThat(p.extras().raw("Type")).isEqualTo("XXX");
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).toString()).isEqualTo("11:33: error: /Autodiscover/Response/Account/Protocol[1]/Type:"
        + " \"XXX\" is not one of EXCH, EXHTTP, EXPR, WEB, IMAP, POP3, SMTP, CalDAV, CardDAV [enumeration]");
  }

  @Test
  void requests() throws Exception {
    AutodiscoverRequest davmail = AutodiscoverXml.readAutodiscoverRequest(XmlInput.of(corpus.resolve("davmail__request.xml"))).value();
    assertThat(davmail.request().orElseThrow().eMailAddress()).hasValue("user@example.com");
    AutodiscoverRequest vbox = AutodiscoverXml.readAutodiscoverRequest(XmlInput.of(corpus.resolve("VBoxAdm__request-schema-before-email.xml"))).value();
    assertThat(vbox.request().orElseThrow().acceptableResponseSchema())
        .hasValue("http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a");
  }

  @Test
  void doubleEscapedEcpUrlsAreUnescapedOnce() throws Exception {
    Account a = account("msdocs-exchange__response-get-user-settings-exch-expr-web.xml");
    assertThat(protocol(a, ProtocolType.EXCH, 0).ecpUrlUm().orElseThrow()).startsWith("?rfr=olk&amp;p=customize");
    assertThat(protocol(a, ProtocolType.EXPR, 0).ssl()).hasValue(OnOff.OFF);
  }
}
