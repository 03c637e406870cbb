package dev.poxgen.examples.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.poxgen.Limits;
import dev.poxgen.examples.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The real {@code main}, run in-process on samples, fixtures and corpus files: output, exit status, formats. */
class CliTest {
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** A fixture of this test, under {@code src/test/resources/dev/poxgen/examples/cli}. */
  private static String fixture(String name) {
    try {
      return Path.of(CliTest.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static String corpus(String name) {
    assumeTrue(Corpus.corpus().isPresent(), Corpus.ABSENT);
    return Corpus.corpus().get().resolve(name).toString();
  }

  /** A fatal line taken apart: {@code FILE:LINE:COL: fatal: MESSAGE}. */
  record FatalLine(int line, int column, String message) {}

  /**
   * The one line about {@code file} in the output, which must be a fatal line in plain words: no
   * parser message key ({@code InvalidCharInDTD}), no Java class or exception, no library call a
   * command-line user cannot make ({@code Limits.withMaxDepth}).
   */
  private static FatalLine fatal(String output, String file) {
    List<String> lines = output.lines().filter(l -> l.startsWith(file + ":")).toList();
    assertWithMessage("the lines about %s in:%n%s", file, output).that(lines).hasSize(1);
    Matcher m = Pattern.compile("(\\d+):(\\d+): fatal: (.+)").matcher(lines.get(0).substring(file.length() + 1));
    assertWithMessage("a fatal line").that(m.matches()).isTrue();
    FatalLine f = new FatalLine(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    assertThat(f.line()).isAtLeast(1);
    assertThat(f.column()).isAtLeast(1);
    assertThat(f.message()).doesNotContainMatch("\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b");
    assertThat(f.message()).doesNotContainMatch("java\\.|Exception|Limits\\.with");
    return f;
  }

  /** The one line about {@code file} is a fatal line at this line and column, in plain words with these. */
  private static void assertFatal(String output, String file, int line, int column, String words) {
    FatalLine f = fatal(output, file);
    assertWithMessage("where").that(List.of(f.line(), f.column())).containsExactly(line, column).inOrder();
    assertThat(f.message()).contains(words);
  }

  // ---- validate

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
    assertThat(r.outLines()).containsExactly(
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
  void notWellFormedIsFatalAndExitsTwo() {
    String file = corpus("chatmail-core__redirectUrl-leading-newline.xml");
    Run r = run("validate", file, sample("invalid-smtplast-yes.xml"));
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), file, 1, 1, "not well-formed XML: whitespace before the XML declaration,");
    assertThat(r.out()).contains("[enumeration]");
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

  // ---- every file of a batch gets its own lines, and every fatal line says where and what in words

  @Test
  void aDtdHoldingUffffIsFatalWithLineAndColumnAndTheBatchGoesOn() {
    String ffff = fixture("not-wf-dtd-ffff.xml");
    String invalid = sample("invalid-smtplast-yes.xml");
    Run r = run("validate", ffff, invalid, sample("isp-imap-pop3-smtp.xml"));
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), ffff, 7, 6, "not well-formed XML: a character that XML does not allow, inside the document"
        + " type declaration");
    assertThat(r.out()).contains(invalid + ":18:23: error: ");
    assertThat(r.out()).contains(invalid + ":20:33: error: ");
    assertThat(r.err()).isEmpty();
  }

  /**
   * The JDK's parser gives some namespace errors in words and, on a reader it reuses after a failed
   * document, as {@code http://www.w3.org/TR/1999/REC-xml-names-19990114#AttributeNotUnique?a&x}:
   * either way the line is in words. (Seen in a batch: files that fail first, then these.)
   */
  @Test
  void namespaceErrorsAreFatalInWordsNotAsTheParsersKeys(@TempDir Path temp) throws IOException {
    Path open = Files.writeString(temp.resolve("open.xml"), "<a>");
    Path prolog = Files.writeString(temp.resolve("prolog.xml"), "text");
    Path twice = Files.writeString(temp.resolve("twice.xml"), "<a x=\"1\" x=\"2\"/>");
    Path unbound = Files.writeString(temp.resolve("unbound.xml"), "<a p:b=\"1\"/>");
    Path xml = Files.writeString(temp.resolve("xml.xml"), "<a xmlns:xml=\"urn:x\"/>");
    Run r = run("validate", open.toString(), prolog.toString(), twice.toString(), unbound.toString(), xml.toString(),
        sample("isp-imap-pop3-smtp.xml"));
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), twice.toString(), 1, 17, "x");
    assertThat(fatal(r.out(), twice.toString()).message()).containsMatch("the attribute x appears twice on the element <a>"
        + "|Attribute \"x\" was already specified for element \"a\"");
    assertThat(fatal(r.out(), unbound.toString()).message()).containsMatch("the prefix p of the attribute p:b on <a> is"
        + " bound to no namespace|The prefix \"p\" for attribute \"p:b\" associated with an element type \"a\" is not bound"
        + "|the prefix p is bound to no namespace");
    assertThat(r.out()).doesNotContain("org.kxml2");
    assertThat(fatal(r.out(), xml.toString()).message()).contains("xml");
    assertThat(r.out()).doesNotContain("REC-xml-names");
  }

  @Test
  void aDirectoryIsFatalInWords(@TempDir Path temp) {
    Run r = run("validate", temp.toString(), sample("isp-imap-pop3-smtp.xml"));
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), temp.toString(), 1, 1, "this is a directory, not a file");
  }

  @Test
  void anEmptyFileIsFatalInWords(@TempDir Path temp) throws IOException {
    Path empty = Files.createFile(temp.resolve("empty.xml"));
    Run r = run("validate", empty.toString());
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), empty.toString(), 1, 1, "the document is empty");
    assertThat(r.out()).doesNotContain("Premature");
  }

  @Test
  void aMissingFileIsFatalInWords(@TempDir Path temp) {
    Path missing = temp.resolve("missing.xml");
    Run r = run("validate", missing.toString(), sample("invalid-smtplast-yes.xml"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains(missing + ":1:1: fatal: no such file\n");
    assertFatal(r.out(), missing.toString(), 1, 1, "no such file");
    assertThat(r.out()).contains("[enumeration]");
  }

  @Test
  void aFileWithoutReadPermissionIsFatalInWords(@TempDir Path temp) throws IOException {
    assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
    Path locked = Files.copy(Path.of(sample("isp-imap-pop3-smtp.xml")), temp.resolve("locked.xml"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
    assumeFalse(Files.isReadable(locked), "this user (root?) reads every file, so no file is unreadable by mode;"
        + " aFileThatCannotBeOpenedIsFatalInWords covers an unreadable file for every user");
    Run r = run("validate", locked.toString(), sample("isp-imap-pop3-smtp.xml"));
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), locked.toString(), 1, 1, "permission denied");
  }

  @Test
  void aFileThatCannotBeOpenedIsFatalInWords(@TempDir Path temp) throws IOException {
    Path socket = temp.resolve("socket.xml"); // a Unix socket: no user can open it as a file, root included
    try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.bind(UnixDomainSocketAddress.of(socket));
      Run r = run("validate", socket.toString(), sample("invalid-smtplast-yes.xml"));
      assertThat(r.status()).isEqualTo(2);
      assertFatal(r.out(), socket.toString(), 1, 1, "the file cannot be opened: ");
      assertThat(r.out()).contains("[enumeration]");
    }
  }

  @Test
  void bytesNotInTheDeclaredEncodingAreFatalWithLineAndColumn() {
    String file = fixture("declared-ascii-holds-utf8.xml");
    Run r = run("validate", file);
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), file, 8, 25, "bytes that are not US-ASCII text: C3");
  }

  @Test
  void aDoctypeIsFatal() {
    String file = fixture("doctype.xml");
    Run r = run("validate", file);
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), file, 5, 4, "a document type declaration (<!DOCTYPE ...>) is not allowed");
  }

  @Test
  void anInputThatFailsMidwayIsFatalInWords() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("the network went away");
      }
    };
    Run r = run(failing, "validate", "-", sample("invalid-smtplast-yes.xml"));
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), "<stdin>", 1, 1, "reading the file failed: the network went away");
    assertThat(r.out()).contains("[enumeration]");
  }

  @Test
  void anUnexpectedFailureOnOneFileDoesNotStopTheBatch() {
    InputStream broken = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("broken on purpose");
      }
    };
    Run r = run(broken, "validate", "-", sample("invalid-smtplast-yes.xml"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("<stdin>:1:1: fatal: poxgen failed on this document, which is a bug in poxgen");
    assertThat(r.out()).contains("[enumeration]");
  }

  @Test
  void anEmptyFileInTheMiddleOfABatchOfGoodFiles(@TempDir Path temp) throws IOException {
    Path empty = Files.createFile(temp.resolve("empty.xml"));
    String first = sample("isp-imap-pop3-smtp.xml");
    String last = sample("redirect-addr.xml");
    Run validate = run("validate", first, empty.toString(), last);
    assertThat(validate.status()).isEqualTo(2);
    assertThat(validate.outLines()).containsExactly(empty + ":1:1: fatal: the document is empty: there is not even"
        + " a document element");

    Run show = run("show", first, empty.toString(), last);
    assertThat(show.status()).isEqualTo(2);
    List<String> out = show.outLines();
    assertThat(out.get(0)).isEqualTo("== " + first);
    assertThat(out).containsAtLeast("== " + empty, "== " + last, "redirect addr=ada@mail.example.org").inOrder();
    assertThat(out.subList(out.indexOf("== " + empty) + 1, out.size()).get(0)).isEqualTo("== " + last);
    assertThat(out.stream().filter(l -> l.startsWith("protocol ")).count()).isEqualTo(4);
    assertFatal(show.err(), empty.toString(), 1, 1, "the document is empty");
  }

  // ---- limits: the command line's options, never the library's Limits.with...

  @Test
  void aLimitExceededNamesTheOptionThatRaisesIt() {
    String file = sample("exchange-settings.xml");
    Run r = run("validate", "--max-depth", "4", file);
    assertThat(r.status()).isEqualTo(2);
    assertFatal(r.out(), file, 18, 20, "the elements are nested more than 4 levels deep; raise the limit with --max-depth");
    assertThat(run("validate", "--max-depth", "8", file).status()).isEqualTo(0);

    Run big = run("show", "--max-document-size", "1K", file);
    assertThat(big.status()).isEqualTo(2);
    assertFatal(big.err(), file, 1, 1, "the document is larger than 1024 bytes; raise the limit with --max-document-size");
    assertThat(run("show", "--max-document-size", "64K", file).status()).isEqualTo(0);

    for (String[] option : new String[][] {
        {"--max-attributes", "0", "an element has more than 0 attributes; raise the limit with --max-attributes N"},
        {"--max-name-length", "3", "a name is longer than 3 characters; raise the limit with --max-name-length N"},
        {"--max-text-length", "5", "value is longer than 5 characters; raise the limit with --max-text-length N"},
        {"--max-elements", "10", "more than 10 elements; raise the limit with --max-elements N"}}) {
      Run limited = run("validate", option[0], option[1], file);
      assertWithMessage(option[0]).that(limited.status()).isEqualTo(2);
      assertThat(fatal(limited.out(), file).message()).contains(option[2]);
    }
  }

  @Test
  void theLimitOptionsDefaultToTheLibrarysLimits() {
    ValidateCommand validate = CommandLine.populateCommand(new ValidateCommand(), "a.xml");
    assertThat(validate.limits.limits()).isEqualTo(Limits.DEFAULTS);
    ShowCommand show = CommandLine.populateCommand(new ShowCommand(), "--max-document-size", "2g", "a.xml");
    assertThat(show.limits.limits()).isEqualTo(Limits.DEFAULTS.withMaxDocumentSize(2L << 30));
  }

  @Test
  void aLimitThatIsNotANumberOrNotPositiveIsAUsageError() {
    Run size = run("validate", "--max-document-size", "lots", sample("request.xml"));
    assertThat(size.status()).isEqualTo(2);
    assertThat(size.err()).contains("'lots' is not a size");
    Run zero = run("validate", "--max-depth", "0", sample("request.xml"));
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err()).contains("a limit must be at least 1");
    assertThat(zero.out()).isEmpty();
  }

  // ---- show

  @Test
  void showAnIspResponse() {
    Run r = run("show", sample("isp-imap-pop3-smtp.xml"));
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.outLines()).containsExactly(
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
    String file = sample("invalid-smtplast-yes.xml");
    Run r = run("show", file);
    assertThat(r.out()).doesNotContain("[enumeration]");
    assertThat(r.err()).contains(file + ":20:33: error: /Autodiscover/Response/Account/Protocol[2]/SMTPLast: \"yes\" is"
        + " not one of on, On, off, Off [enumeration]");
  }

  /** The protocol line of {@code show} for the fixture's protocol with this server. */
  private static String protocolLine(Run r, String server) {
    return r.outLines().stream().filter(l -> l.contains(" server=" + server + " ")).findFirst().orElseThrow();
  }

  @Test
  void showMarksAnEnumerationValueOutsideTheListAsInvalidNotAsTheDefault() {
    Run r = run("show", fixture("invalid-values.xml"));
    String smtp = protocolLine(r, "smtp.example.net");
    assertThat(smtp).contains(" smtpLast=yes (invalid: not one of on, On, off, Off)");
    assertThat(smtp).doesNotContain("smtpLast=off");
  }

  @Test
  void showMarksAPortOutOfRangeAsInvalid() {
    Run r = run("show", fixture("invalid-values.xml"));
    assertThat(protocolLine(r, "smtp.example.net")).contains(" port=0 (invalid: less than the minimum 1) ");
  }

  @Test
  void showMarksAPortThatIsNotANumberAsInvalid() {
    Run r = run("show", fixture("invalid-values.xml"));
    assertThat(protocolLine(r, "imap.example.net"))
        .contains(" port=abc (invalid: not an integer of type xs:int) ");
  }

  @Test
  void showReadsAnUppercaseOffAsOffNeverAsTheDefaultOn() {
    Run r = run("show", fixture("invalid-values.xml"));
    String imap = protocolLine(r, "imap.example.net");
    assertThat(imap).contains(" ssl=off ");
    assertThat(imap).doesNotContain("ssl=on");
  }

  @Test
  void showReadsAnotherValidSpellingAsTheValueItNames() {
    Run r = run("show", fixture("invalid-values.xml"));
    assertThat(protocolLine(r, "smtp2.example.net")).isEqualTo("protocol type=SMTP server=smtp2.example.net port=587"
        + " ssl=on spa=on authRequired=on smtpLast=on");
  }

  @Test
  void showExitsAsValidateDoes(@TempDir Path temp) throws IOException {
    String valid = sample("isp-imap-pop3-smtp.xml");
    String warnings = sample("invalid-https-namespace.xml");
    String errors = fixture("invalid-values.xml");
    String unreadable = Files.createFile(temp.resolve("empty.xml")).toString();
    for (List<String> files : List.of(List.of(valid), List.of(warnings), List.of(errors), List.of(unreadable),
        List.of(valid, errors), List.of(errors, unreadable, valid))) {
      int validate = run(Stream.concat(Stream.of("validate"), files.stream()).toArray(String[]::new)).status();
      int show = run(Stream.concat(Stream.of("show"), files.stream()).toArray(String[]::new)).status();
      int json = run(Stream.concat(Stream.of("show", "--json"), files.stream()).toArray(String[]::new)).status();
      assertWithMessage("%s", files).that(show).isEqualTo(validate);
      assertWithMessage("%s", files).that(json).isEqualTo(validate);
    }
    assertThat(run("show", valid).status()).isEqualTo(0);
    assertThat(run("show", warnings).status()).isEqualTo(0);
    assertThat(run("show", errors).status()).isEqualTo(1);
    assertThat(run("show", errors, unreadable).status()).isEqualTo(2);
  }

  // ---- show --json: one object per FILE, one per line

  private static List<JsonNode> jsonLines(Run r) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : r.outLines()) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void showJsonParsesBack() throws IOException {
    Run r = run("show", "--json", sample("isp-imap-pop3-smtp.xml"));
    List<JsonNode> files = jsonLines(r);
    assertThat(files).hasSize(1);
    JsonNode file = files.get(0);
    assertThat(file.get("file").asText()).isEqualTo(sample("isp-imap-pop3-smtp.xml"));
    assertThat(file.get("valid").asBoolean()).isTrue();
    assertThat(file.get("fatal").isNull()).isTrue();
    assertThat(file.get("findings").size()).isEqualTo(0);
    JsonNode entries = file.get("entries");
    assertThat(entries.size()).isEqualTo(5);
    JsonNode smtp = entries.get(3);
    assertThat(smtp.get("kind").asText()).isEqualTo("protocol");
    assertThat(smtp.get("type").asText()).isEqualTo("SMTP");
    assertThat(smtp.get("port").isInt()).isTrue();
    assertThat(smtp.get("port").asInt()).isEqualTo(465);
    assertThat(smtp.get("smtpLast").asText()).isEqualTo("on");
    assertThat(smtp.get("encryption").asText()).isEqualTo("SSL");
    assertThat(entries.get(0).get("displayName").asText()).isEqualTo("Ada Example");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void showJsonIsOneObjectPerFileWithItsValidityAndFindings(@TempDir Path temp) throws IOException {
    String invalid = fixture("invalid-values.xml");
    String ffff = fixture("not-wf-dtd-ffff.xml");
    String warnings = sample("invalid-https-namespace.xml");
    String missing = temp.resolve("missing.xml").toString();
    Run r = run("show", "--json", invalid, ffff, warnings, missing);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEmpty();
    List<JsonNode> files = jsonLines(r);
    assertThat(files.stream().map(f -> f.get("file").asText()).toList())
        .containsExactly(invalid, ffff, warnings, missing).inOrder();
    for (JsonNode f : files) {
      assertThat(f.has("valid") && f.has("fatal") && f.has("findings") && f.has("entries")).isTrue();
    }

    JsonNode bad = files.get(0);
    assertThat(bad.get("valid").asBoolean()).isFalse();
    assertThat(bad.get("fatal").isNull()).isTrue();
    JsonNode first = bad.get("findings").get(0);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("code").asText()).isEqualTo("invalid-value");
    assertThat(first.get("line").asInt()).isEqualTo(12);
    assertThat(first.get("column").asInt()).isGreaterThan(0);
    assertThat(first.get("path").asText()).isEqualTo("/Autodiscover/Response/Account/Protocol[1]/Port");
    assertThat(first.get("message").asText()).isEqualTo("\"abc\" is not an integer of type xs:int");
    JsonNode smtp = bad.get("entries").get(1);
    assertThat(smtp.get("server").asText()).isEqualTo("smtp.example.net");
    assertThat(smtp.get("smtpLast").get("invalid").asText()).isEqualTo("yes");
    assertThat(smtp.get("smtpLast").get("reason").asText()).isEqualTo("not one of on, On, off, Off");
    assertThat(smtp.get("port").get("invalid").asText()).isEqualTo("0");
    assertThat(bad.get("entries").get(0).get("ssl").asText()).isEqualTo("off");

    JsonNode fatal = files.get(1);
    assertThat(fatal.get("valid").asBoolean()).isFalse();
    assertThat(fatal.get("fatal").get("line").asInt()).isEqualTo(7);
    assertThat(fatal.get("fatal").get("column").asInt()).isEqualTo(6);
    assertThat(fatal.get("fatal").get("message").asText()).contains("a character that XML does not allow");
    assertThat(fatal.get("entries").size()).isEqualTo(0);

    JsonNode warned = files.get(2);
    assertThat(warned.get("valid").asBoolean()).isTrue();
    assertThat(warned.get("findings").get(0).get("severity").asText()).isEqualTo("warning");

    assertThat(files.get(3).get("fatal").get("message").asText()).isEqualTo("no such file");
  }

  // ---- help

  @Test
  void topLevelHelpShowsEachSummaryWhole() {
    Run r = run("--help");
    assertThat(r.status()).isEqualTo(0);
    List<String> lines = r.outLines();
    int commands = lines.indexOf("Commands:");
    assertThat(commands).isAtLeast(0);
    List<String> summaries = new ArrayList<>();
    for (String line : lines.subList(commands + 1, lines.size())) {
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        summaries.add(line.strip());
      } else if (line.startsWith("   ") && !summaries.isEmpty()) {
        summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
      } else {
        break;
      }
    }
    assertThat(summaries.stream().map(s -> s.split(" ")[0]).toList())
        .containsExactly("validate", "show", "request", "discover", "help").inOrder();
    for (String summary : summaries) {
      assertWithMessage("a whole sentence").that(summary).endsWith(".");
    }
    assertThat(summaries.get(0)).isEqualTo("validate  Checks documents against the schema and prints one line per finding.");
    assertThat(r.out()).contains("poxgen help COMMAND");
  }

  @Test
  void theHelpCommand() {
    Run top = run("help");
    assertThat(top.status()).isEqualTo(0);
    assertThat(top.out()).isEqualTo(run("--help").out());
    for (String command : List.of("validate", "show", "request", "discover")) {
      Run help = run("help", command);
      assertThat(help.status()).isEqualTo(0);
      assertThat(help.out()).isEqualTo(run(command, "--help").out());
    }
    Run show = run("help", "show");
    for (String option : List.of("--json", "--max-depth", "--max-attributes", "--max-name-length", "--max-text-length",
        "--max-elements", "--max-document-size")) {
      assertThat(show.out()).contains(option);
    }
    assertThat(run("help", "validate").out()).contains("--max-depth=N");
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

  // ---- request and discover

  @Test
  void requestWritesTheDocument() {
    Run r = run("request", "ada@example.com");
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.out()).contains("<EMailAddress>ada@example.com</EMailAddress>");
    assertThat(run("request", "nobody").status()).isEqualTo(2);
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
