package dev.poxgen.examples.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.poxgen.examples.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code main}, run on samples and corpus files: output, exit status, formats. */
class CliTest {
  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  private static Run run(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), in);
    return new Run(status, out.toString(), err.toString());
  }

  private static String sample(String name) {
    return Corpus.samples().resolve(name).toString();
  }

  private static String corpus(String name) {
    assumeTrue(Corpus.corpus().isPresent(), Corpus.ABSENT);
    return Corpus.corpus().get().resolve(name).toString();
  }

  @Test
  void validFilesExitZeroAndPrintNothing() {
    Run r = run("validate", sample("isp-imap-pop3-smtp.xml"), sample("exchange-settings.xml"), sample("request.xml"));
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void warningsAloneExitZeroUnlessStrict() {
    String file = sample("invalid-https-namespace.xml");
    Run lenient = run("validate", file);
    assertThat(lenient.status()).isEqualTo(0);
    assertThat(lenient.out()).startsWith(file + ":4:95: warning: /Autodiscover: <Autodiscover> is in the https://"
        + " spelling of the namespace http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006;");
    Run strict = run("validate", "--strict", file);
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.out()).contains(file + ":4:95: error: /Autodiscover: ");
  }

  @Test
  void errorsExitOneInTheCompilerShape() {
    String file = sample("invalid-smtplast-yes.xml");
    Run r = run("validate", file);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out().lines().toList()).containsExactly(
        file + ":18:23: error: /Autodiscover/Response/Account/Protocol[2]/Port: 0 is less than the minimum 1 [range]",
        file + ":20:33: error: /Autodiscover/Response/Account/Protocol[2]/SMTPLast: \"yes\" is not one of on, On, off,"
            + " Off [enumeration]").inOrder();
  }

  @Test
  void aCorpusFileWithAnUnknownProtocolType() {
    String file = corpus("exchangelib__unknown-type-XXX.xml");
    Run r = run("validate", file);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ":11:33: error: /Autodiscover/Response/Account/Protocol[1]/Type: \"XXX\" is"
        + " not one of EXCH, EXHTTP, EXPR, WEB, IMAP, POP3, SMTP, CalDAV, CardDAV [enumeration]\n");
  }

  @Test
  void notWellFormedIsFatalAndExitsTwo(@TempDir Path temp) throws IOException {
    String file = corpus("chatmail-core__redirectUrl-leading-newline.xml");
    Path missing = temp.resolve("missing.xml");
    Run r = run("validate", file, sample("invalid-smtplast-yes.xml"), missing.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains(file + ":1:1: fatal: not well-formed XML: whitespace before the XML declaration,");
    assertThat(r.out()).contains(missing + ":1:1: fatal: no such file: " + missing);
  }

  @Test
  void theWholeCorpusInOneRun() {
    assumeTrue(Corpus.corpus().isPresent(), Corpus.ABSENT);
    String[] args = Stream.concat(Stream.of("validate"),
        Corpus.xmlFiles(Corpus.corpus().get()).stream().map(Path::toString)).toArray(String[]::new);
    Run r = run(args);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out().lines().filter(l -> l.contains(": fatal: ")).count()).isEqualTo(1);
  }

  @Test
  void standardInput() {
    Run r = run(new ByteArrayInputStream("<Foo xmlns='x'/>".getBytes(StandardCharsets.UTF_8)), "validate", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEqualTo("<stdin>:1:17: fatal: the document element is <Foo> of x; expected <Autodiscover>,"
        + " <Response>\n");
    Run valid = run(new ByteArrayInputStream(
        "<Autodiscover xmlns='x'><Response/></Autodiscover>".getBytes(StandardCharsets.UTF_8)), "validate", "-");
    assertThat(valid.out()).contains("<stdin>:1:25: warning: /Autodiscover: <Autodiscover> is in the namespace x");
  }

  @Test
  void showAnIspResponse() {
    Run r = run("show", sample("isp-imap-pop3-smtp.xml"));
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.out().lines().toList()).containsExactly(
        "user displayName=\"Ada Example\"",
        "protocol type=IMAP server=imap.example.net port=993 ssl=on spa=off authRequired=on smtpLast=off"
            + " loginName=ada@example.net domainRequired=off",
        "protocol type=POP3 server=pop.example.net port=995 ssl=on spa=off authRequired=on smtpLast=off"
            + " loginName=ada@example.net",
        "protocol type=SMTP server=smtp.example.net port=465 ssl=on spa=off authRequired=on smtpLast=on"
            + " encryption=SSL loginName=ada@example.net",
        "protocol type=SMTP server=smtp.example.net port=587 ssl=off spa=off authRequired=on smtpLast=off"
            + " encryption=TLS loginName=ada@example.net").inOrder();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void showAnExchangeResponseFromTheWild() {
    Run r = run("show", corpus("namm163-autodiscover__exchange-capture-mapihttp-web-exhttp.xml"));
    assertThat(r.out()).contains("protocol type=EXHTTP server=imailcn57.email.huawei.com ssl=on spa=on"
        + " authRequired=on smtpLast=off authPackage=negotiate ewsUrl=https://imailcn57.email.huawei.com/ews/exchange.asmx");
    assertThat(r.out()).contains("protocol type=WEB ssl=on spa=on authRequired=on smtpLast=off owaUrl=https://cn57.email.huawei.com/owa/");
  }

  @Test
  void showRedirectsAndErrors() {
    assertThat(run("show", sample("redirect-addr.xml")).out()).isEqualTo("redirect addr=ada@mail.example.org\n");
    assertThat(run("show", sample("redirect-url.xml")).out())
        .isEqualTo("redirect url=https://autodiscover.example.org/autodiscover/autodiscover.xml\n");
    assertThat(run("show", sample("error-600.xml")).out()).isEqualTo("error code=600 message=\"Invalid Request\"\n");
  }

  @Test
  void showPutsFindingsOnStandardError() {
    Run r = run("show", sample("invalid-smtplast-yes.xml"));
    assertThat(r.out()).contains("protocol type=SMTP server=smtp.example.net port=0");
    assertThat(r.err()).contains("[enumeration]");
  }

  @Test
  void showJsonParsesBack() throws IOException {
    Run r = run("show", "--json", sample("isp-imap-pop3-smtp.xml"));
    JsonNode entries = new ObjectMapper().readTree(r.out());
    assertThat(entries.size()).isEqualTo(5);
    JsonNode smtp = entries.get(3);
    assertThat(smtp.get("kind").asText()).isEqualTo("protocol");
    assertThat(smtp.get("type").asText()).isEqualTo("SMTP");
    assertThat(smtp.get("port").asInt()).isEqualTo(465);
    assertThat(smtp.get("smtpLast").asText()).isEqualTo("on");
    assertThat(smtp.get("encryption").asText()).isEqualTo("SSL");
    assertThat(entries.get(0).get("displayName").asText()).isEqualTo("Ada Example");
  }

  @Test
  void requestWritesTheDocument() {
    Run r = run("request", "ada@example.com");
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.out()).contains("<EMailAddress>ada@example.com</EMailAddress>");
    assertThat(run("request", "nobody").status()).isEqualTo(2);
  }

  @Test
  void helpAndVersion() {
    Run version = run("--version");
    assertThat(version.status()).isEqualTo(0);
    assertThat(version.out()).startsWith("poxgen 0.");
    for (String command : List.of("validate", "show", "request", "discover")) {
      Run help = run(command, "--help");
      assertThat(help.status()).isEqualTo(0);
      assertThat(help.out()).contains("Usage: poxgen " + command);
    }
  }

  @Test
  void discoverRefusesAPlainHttpEndpoint() {
    Run r = run("discover", "ada@example.com", "--endpoint", "http://127.0.0.1:9/autodiscover/autodiscover.xml");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("only https endpoints are used");
  }

  @Test
  void theSamplesAreBundledInTheExamplesModule() throws IOException {
    assertThat(Files.isRegularFile(Corpus.samples().resolve("isp-imap-pop3-smtp.xml"))).isTrue();
  }
}
