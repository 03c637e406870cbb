package dev.poxgen.examples.client;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.examples.autodiscover.ProtocolType;
import dev.poxgen.examples.testing.Corpus;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against an HTTPS server on loopback, serving scripted Autodiscover answers. */
class AutodiscoverClientTest {
  private static final String EMAIL = "ada@localhost";
  private static TestServer server;

  @BeforeAll
  static void start(@TempDir Path temp) throws Exception {
    server = new TestServer(temp);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.reset();
  }

  private AutodiscoverClient.Builder client(String path) {
    return AutodiscoverClient.builder()
        .sslContext(server.clientContext())
        .requestTimeout(Duration.ofSeconds(5))
        .endpoints(List.of(URI.create(server.url("localhost", path))));
  }

  @Test
  void settingsFromTheFirstCandidate() throws Exception {
    String isp = Files.readString(Corpus.samples().resolve("isp-imap-pop3-smtp.xml"));
    server.on("/autodiscover/autodiscover.xml", (x, body) -> TestServer.xml(x, isp));
    Settings s = client("/autodiscover/autodiscover.xml").credentials("ada", "secret".toCharArray()).build().discover(EMAIL);
    assertThat(s.redirects()).isEqualTo(0);
    assertThat(s.account().protocols()).hasSize(4);
    assertThat(s.account().protocols().get(2).type()).hasValue(ProtocolType.SMTP);
    TestServer.Received r = server.received.get(0);
    assertThat(r.body()).contains("<EMailAddress>ada@localhost</EMailAddress>");
    assertThat(r.authorization()).startsWith("Basic ");
  }

  @Test
  void aRedirectAddrHop() throws Exception {
    server.on("/ad", (x, body) -> TestServer.xml(x, body.contains("ada@localhost")
        ? TestServer.redirectAddr("bob@localhost")
        : TestServer.settings("imap.for-bob.localhost")));
    Settings s = client("/ad").build().discover(EMAIL);
    assertThat(s.emailAddress()).isEqualTo("bob@localhost");
    assertThat(s.redirects()).isEqualTo(1);
    assertThat(s.account().protocols().get(0).server()).hasValue("imap.for-bob.localhost");
  }

  @Test
  void aRedirectUrlHop() throws Exception {
    server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(server.url("localhost", "/b"))));
    server.on("/b", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
    Settings s = client("/a").build().discover(EMAIL);
    assertThat(s.redirects()).isEqualTo(1);
    assertThat(s.endpoint().getPath()).isEqualTo("/b");
  }

  @Test
  void anHttpRedirectToHttpsOnTheSameDomainIsFollowed() throws Exception {
    server.on("/moved", (x, body) -> {
      x.getResponseHeaders().set("Location", server.url("localhost", "/here"));
      x.sendResponseHeaders(302, -1);
    });
    server.on("/here", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
    assertThat(client("/moved").build().discover(EMAIL).endpoint().getPath()).isEqualTo("/here");
  }

  @Test
  void aLoopIsCaught() {
    server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(server.url("localhost", "/b"))));
    server.on("/b", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(server.url("localhost", "/a"))));
    assertThrows(AutodiscoverException.RedirectLoop.class, () -> client("/a").build().discover(EMAIL));
  }

  @Test
  void theEleventhHopIsRefused() {
    for (int i = 0; i <= 11; i++) {
      String next = server.url("localhost", "/r" + (i + 1));
      server.on("/r" + i, (x, body) -> TestServer.xml(x, TestServer.redirectUrl(next)));
    }
    AutodiscoverException e = assertThrows(AutodiscoverException.TooManyRedirects.class,
        () -> client("/r0").build().discover(EMAIL));
    assertThat(e).hasMessageThat().contains("/r11");
    assertThat(server.received).hasSize(11);
  }

  @Test
  void anHttpRedirectIsRefused() {
    server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl("http://localhost/autodiscover/autodiscover.xml")));
    AutodiscoverException e = assertThrows(AutodiscoverException.InsecureRedirect.class,
        () -> client("/a").build().discover(EMAIL));
    assertThat(e).hasMessageThat().contains("only https URLs are followed");
  }

  @Test
  void aRedirectWithUserInfoIsRefused() {
    server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl("https://user:pw@localhost/x")));
    assertThrows(AutodiscoverException.InsecureRedirect.class, () -> client("/a").build().discover(EMAIL));
  }

  @Test
  void aChangeOfDomainIsDeniedByDefaultAndAllowedWithConsent() throws Exception {
    server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(server.url("127.0.0.1", "/b"))));
    server.on("/b", (x, body) -> TestServer.xml(x, TestServer.settings("imap.elsewhere")));
    assertThrows(AutodiscoverException.DomainChangeRefused.class, () -> client("/a").build().discover(EMAIL));
    assertThat(server.received.stream().filter(r -> r.path().equals("/b")).count()).isEqualTo(0);
    AtomicReference<String> asked = new AtomicReference<>();
    Settings s = client("/a").consent((from, to) -> {
      asked.set(from + " -> " + to);
      return true;
    }).build().discover(EMAIL);
    assertThat(s.endpoint().getHost()).isEqualTo("127.0.0.1");
    assertThat(asked.get()).isEqualTo("localhost -> " + server.url("127.0.0.1", "/b"));
  }

  @Test
  void aRedirectAddrToAnotherDomainNeedsConsent() {
    server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectAddr("ada@elsewhere.example")));
    assertThrows(AutodiscoverException.DomainChangeRefused.class, () -> client("/a").build().discover(EMAIL));
  }

  @Test
  void aSlowServerTimesOut() {
    server.on("/slow", (x, body) -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      TestServer.xml(x, TestServer.settings("late"));
    });
    assertThrows(AutodiscoverException.Timeout.class,
        () -> client("/slow").requestTimeout(Duration.ofMillis(300)).build().discover(EMAIL));
  }

  @Test
  void anOversizedBodyIsRefused() {
    String padding = "<!--" + "x".repeat(200_000) + "-->";
    server.on("/big", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost") + padding));
    server.on("/chunked", (x, body) -> {
      x.sendResponseHeaders(200, 0);
      try (OutputStream out = x.getResponseBody()) {
        out.write((TestServer.settings("imap.localhost") + padding).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    assertThrows(AutodiscoverException.ResponseTooLarge.class,
        () -> client("/big").maxResponseBytes(64 * 1024).build().discover(EMAIL));
    assertThrows(AutodiscoverException.ResponseTooLarge.class,
        () -> client("/chunked").maxResponseBytes(64 * 1024).build().discover(EMAIL));
  }

  @Test
  void anErrorAnswerIsTheServerError() throws Exception {
    String error = Files.readString(Corpus.samples().resolve("error-600.xml"));
    server.on("/e", (x, body) -> TestServer.xml(x, error));
    AutodiscoverException.ServerError e = assertThrows(AutodiscoverException.ServerError.class,
        () -> client("/e").build().discover(EMAIL));
    assertThat(e.code()).isEqualTo(600);
  }

  @Test
  void aPlainHttpEndpointIsNotUsed() {
    AutodiscoverClient c = AutodiscoverClient.builder().endpoints(List.of(URI.create("http://127.0.0.1:9/x"))).build();
    assertThrows(AutodiscoverException.InsecureRedirect.class, () -> c.discover(EMAIL));
  }

  @Test
  void candidatesNeverStripLabelsOffTheDomain() {
    assertThat(AutodiscoverClient.candidates("mail.example.com.br")).containsExactly(
        URI.create("https://mail.example.com.br/autodiscover/autodiscover.xml"),
        URI.create("https://autodiscover.mail.example.com.br/autodiscover/autodiscover.xml")).inOrder();
  }
}
