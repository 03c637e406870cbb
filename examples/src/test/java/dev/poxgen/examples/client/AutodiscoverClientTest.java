package dev.poxgen.examples.client;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.examples.autodiscover.ProtocolType;
import dev.poxgen.examples.cli.Main;
import dev.poxgen.examples.client.RedirectConsent.Decision;
import dev.poxgen.examples.testing.Corpus;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client against a hostile HTTPS server and a DNS server on loopback, both started and
 * stopped here. Every client a test builds has a deadline of at most 3 s, and every test is cut
 * off a second after its own deadline (4 s unless it says less), so nothing waits longer.
 */
@Timeout(value = 4, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AutodiscoverClientTest {
  private static final String EMAIL = "ada@localhost";
  private static TestServer server;
  private static DnsResponder dns;

  @BeforeAll
  static void start(@TempDir Path temp) throws Exception {
    server = new TestServer(temp);
    dns = new DnsResponder();
  }

  @AfterAll
  static void stop() {
    server.close();
    dns.close();
  }

  @BeforeEach
  @AfterEach
  void reset() {
    server.reset();
    dns.reset();
  }

  /** A client asking the test server at these paths under localhost, in order. */
  private static AutodiscoverClient.Builder client(String... paths) {
    return AutodiscoverClient.builder()
        .sslContext(server.clientContext())
        .connectTimeout(Duration.ofSeconds(1))
        .requestTimeout(Duration.ofSeconds(2))
        .deadline(Duration.ofSeconds(3))
        .endpoints(Arrays.stream(paths).map(p -> URI.create(server.url("localhost", p))).toList());
  }

  private static String url(String path) {
    return server.url("localhost", path);
  }

  private static String otherHost(String path) {
    return server.url("127.0.0.1", path);
  }

  /** A consent that records what it was asked and answers as another would. */
  static final class Recorder implements RedirectConsent {
    final List<Redirect> asked = new CopyOnWriteArrayList<>();
    private final RedirectConsent then;

    Recorder(RedirectConsent then) {
      this.then = then;
    }

    @Override
    public Decision decide(Redirect r) {
      asked.add(r);
      return then.decide(r);
    }

    List<String> hosts() {
      return asked.stream().map(Redirect::host).toList();
    }
  }

  private static List<String> messages(Throwable t) {
    return Arrays.stream(t.getSuppressed()).map(Throwable::getMessage).toList();
  }

  /** Headers, then one byte a second of a settings answer, until the test ends. */
  static void trickle(String path) {
    byte[] bytes = TestServer.settings("late.localhost").getBytes(StandardCharsets.UTF_8);
    server.on(path, (x, body) -> {
      x.getResponseHeaders().set("Content-Type", "text/xml");
      x.sendResponseHeaders(200, bytes.length);
      OutputStream out = x.getResponseBody();
      for (byte b : bytes) {
        out.write(b);
        out.flush();
        if (server.hold(Duration.ofSeconds(1))) {
          return;
        }
      }
    });
  }

  /** Item 1: deadlines over each exchange, body included, and over the whole discovery. */
  @Nested
  class Deadlines {
    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSlowBodyTimesOut() {
      trickle("/slow-body");
      AutodiscoverException.Timeout e = assertThrows(AutodiscoverException.Timeout.class,
          () -> client("/slow-body").requestTimeout(Duration.ofSeconds(1)).build().discover(EMAIL));
      assertThat(e.wholeDiscovery()).isFalse();
      assertThat(e).hasMessageThat().contains("no complete answer in time from " + url("/slow-body"));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aStalledBodyTimesOut() {
      server.on("/stalled", (x, body) -> {
        x.getResponseHeaders().set("Content-Type", "text/xml");
        x.sendResponseHeaders(200, 5000);
        OutputStream out = x.getResponseBody();
        out.write("<?xml version=\"1.0\"?><Autodiscover".getBytes(StandardCharsets.UTF_8));
        out.flush();
        server.hold(Duration.ofSeconds(30));
      });
      AutodiscoverException.Timeout e = assertThrows(AutodiscoverException.Timeout.class,
          () -> client("/stalled").requestTimeout(Duration.ofSeconds(1)).build().discover(EMAIL));
      assertThat(e.wholeDiscovery()).isFalse();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void slowHeadersTimeOut() {
      server.on("/slow-headers", (x, body) -> {
        server.hold(Duration.ofSeconds(30));
        TestServer.xml(x, TestServer.settings("late"));
      });
      assertThrows(AutodiscoverException.Timeout.class,
          () -> client("/slow-headers").requestTimeout(Duration.ofSeconds(1)).build().discover(EMAIL));
    }

    @Test
    @Timeout(value = 2500, unit = TimeUnit.MILLISECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void tenSlowHopsRunIntoTheWholeDeadline() {
      for (int i = 0; i < 10; i++) {
        String next = url("/hop" + (i + 1));
        server.on("/hop" + i, (x, body) -> {
          server.hold(Duration.ofMillis(400));
          TestServer.xml(x, TestServer.redirectUrl(next));
        });
      }
      server.on("/hop10", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
      AutodiscoverException.Timeout e = assertThrows(AutodiscoverException.Timeout.class,
          () -> client("/hop0").requestTimeout(Duration.ofSeconds(1)).deadline(Duration.ofMillis(1500)).build()
              .discover(EMAIL));
      assertThat(e.wholeDiscovery()).isTrue();
      assertThat(e).hasMessageThat().contains("ran out of its deadline of 1500 ms");
      assertThat(server.received.size()).isLessThan(10);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theWholeDeadlineCutsABodyShortToo() {
      trickle("/slow-body");
      AutodiscoverException.Timeout e = assertThrows(AutodiscoverException.Timeout.class,
          () -> client("/slow-body").requestTimeout(Duration.ofSeconds(30)).deadline(Duration.ofSeconds(1)).build()
              .discover(EMAIL));
      assertThat(e.wholeDiscovery()).isTrue();
    }

    @Test
    void aTimeoutGivesWayToTheNextEndpoint() throws Exception {
      trickle("/slow-body");
      server.on("/ok", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
      Settings s = client("/slow-body", "/ok").requestTimeout(Duration.ofSeconds(1)).build().discover(EMAIL);
      assertThat(s.endpoint().getPath()).isEqualTo("/ok");
    }

    @Test
    @Timeout(value = 2500, unit = TimeUnit.MILLISECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void timeInTheConsentIsNotCounted() throws Exception {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(url("/b"))));
      server.on("/b", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
      Settings s = client("/a").deadline(Duration.ofSeconds(1)).consent(r -> {
        try {
          Thread.sleep(1200); // a person reading the question
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return Decision.FOLLOW;
      }).build().discover(EMAIL);
      assertThat(s.endpoint().getPath()).isEqualTo("/b");
    }
  }

  /** Item 2: a malformed RedirectAddr is the server's fault, decided before consent is asked. */
  @Nested
  class MalformedRedirectAddr {
    @ParameterizedTest
    @ValueSource(strings = {"not-an-address", "nobody", "ada@exa mple.com", "", "   ", "ada@", "@localhost",
        "a@b@localhost", "ada@@localhost", "ada@localhost.", "ada@.localhost", "ada@local..host", "ada@-localhost",
        "ada@exa_mple.com", "ada@[127.0.0.1]", "ada@127.0.0.1", "a da@localhost", "ada@exa\tmple.com",
        "\"ada\"@localhost", "<ada>@localhost", ".ada@localhost", "ada.@localhost", "ada@stra\u00dfe.de",
        "ada@\u4f8b\u3048\u3002jp", "ada@ex\u00a0ample.com"})
    void isRefusedBeforeConsent(String address) {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectAddr(address)));
      Recorder consent = new Recorder(r -> Decision.FOLLOW_WITH_CREDENTIALS);
      AutodiscoverException.MalformedRedirect e = assertThrows(AutodiscoverException.MalformedRedirect.class,
          () -> client("/a").consent(consent).build().discover(EMAIL));
      assertThat(e).hasMessageThat().startsWith("the server's RedirectAddr \"");
      assertThat(consent.asked).isEmpty();
      assertThat(server.received).hasSize(1);
    }

    @Test
    void aVeryLongAddressIsRefused() {
      String longLocal = "x".repeat(65) + "@localhost";
      String longDomain = "ada@" + "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60)
          + ".localhost";
      for (String address : List.of(longLocal, longDomain, "ada@" + "a".repeat(64) + ".localhost")) {
        server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectAddr(address)));
        assertThrows(AutodiscoverException.MalformedRedirect.class, () -> client("/a").build().discover(EMAIL));
      }
    }

    @Test
    void surroundingWhitespaceAndCaseAreFine() throws Exception {
      server.on("/a", (x, body) -> TestServer.xml(x, body.contains("ada@localhost")
          ? TestServer.redirectAddr("\n   bob@LocalHost  \n")
          : TestServer.settings("imap.localhost")));
      Settings s = client("/a").build().discover(EMAIL);
      assertThat(s.emailAddress()).isEqualTo("bob@LocalHost");
    }

    @Test
    void anInternationalizedDomainIsShownToTheConsentInAscii() throws Exception {
      server.on("/a", (x, body) -> TestServer.xml(x, body.contains("ada@localhost")
          ? TestServer.redirectAddr("ada@m\u00fcller.localhost")
          : TestServer.settings("imap.localhost")));
      Recorder consent = new Recorder(RedirectConsent.WITHIN_DOMAIN);
      client("/a").consent(consent).build().discover(EMAIL);
      assertThat(consent.hosts()).containsExactly("xn--mller-kva.localhost");
      assertThat(consent.asked.get(0).withinUserDomain()).isTrue();
      assertThat(consent.asked.get(0).kind()).isEqualTo(Redirect.Kind.REDIRECT_ADDR);
    }

    @Test
    void theCallersOwnMalformedAddressIsAnIllegalArgument() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> client("/a").build().discover("ada@exa mple.com"));
      assertThat(e).hasMessageThat().contains("not an e-mail address");
      assertThat(server.received).isEmpty();
    }
  }

  /** Item 3: credentials never follow a redirect unless the caller allows them for its host. */
  @Nested
  class Credentials {
    private AutodiscoverClient.Builder withPassword(String path) {
      return client(path).credentials("ada", "secret".toCharArray());
    }

    private TestServer.Received at(String path) {
      return server.received.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void aRedirectWithinTheHostGoesWithoutCredentialsByDefault() throws Exception {
      server.on("/moved", (x, body) -> TestServer.redirect(x, 302, url("/here")));
      server.on("/here", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
      Recorder consent = new Recorder(RedirectConsent.WITHIN_DOMAIN);
      Settings s = withPassword("/moved").consent(consent).build().discover(EMAIL);
      assertThat(s.endpoint().getPath()).isEqualTo("/here");
      assertThat(at("/moved").authorization()).startsWith("Basic ");
      assertThat(at("/here").authorization()).isNull();
      Redirect r = consent.asked.get(0);
      assertThat(r.kind()).isEqualTo(Redirect.Kind.HTTP_REDIRECT);
      assertThat(r.host()).isEqualTo("localhost");
      assertThat(r.withinUserDomain()).isTrue();
      assertThat(r.credentials()).isTrue();
      assertThat(r.from()).isEqualTo(url("/moved"));
      assertThat(r.target()).isEqualTo(url("/here"));
    }

    @Test
    void aRedirectWithinTheDomainGoesWithCredentialsWhenTheCallerAllows() throws Exception {
      server.on("/moved", (x, body) -> TestServer.redirect(x, 307, url("/here")));
      server.on("/here", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
      withPassword("/moved").consent(RedirectConsent.trusting(List.of("LOCALHOST"), RedirectConsent.DENY_ALL))
          .build().discover(EMAIL);
      assertThat(at("/here").authorization()).isEqualTo(at("/moved").authorization());
    }

    @Test
    void aRedirectToAnotherHostIsRefusedWithoutConsent() {
      server.on("/moved", (x, body) -> TestServer.redirect(x, 307, otherHost("/here")));
      server.on("/here", (x, body) -> TestServer.xml(x, TestServer.settings("imap.elsewhere")));
      AutodiscoverException.RedirectRefused e = assertThrows(AutodiscoverException.RedirectRefused.class,
          () -> withPassword("/moved").build().discover(EMAIL));
      assertThat(e.redirect().host()).isEqualTo("127.0.0.1");
      assertThat(e).hasMessageThat().contains("outside localhost");
      assertThat(server.paths()).containsExactly("/moved");
    }

    @Test
    void aRedirectToAnotherHostWithConsentGoesWithoutCredentialsUnlessAllowedThem() throws Exception {
      server.on("/moved", (x, body) -> TestServer.redirect(x, 302, otherHost("/here")));
      server.on("/here", (x, body) -> TestServer.xml(x, TestServer.settings("imap.elsewhere")));
      Recorder follow = new Recorder(r -> Decision.FOLLOW);
      Settings s = withPassword("/moved").consent(follow).build().discover(EMAIL);
      assertThat(s.endpoint().getHost()).isEqualTo("127.0.0.1");
      assertThat(at("/here").host()).startsWith("127.0.0.1");
      assertThat(at("/here").authorization()).isNull();
      assertThat(follow.asked.get(0).withinUserDomain()).isFalse();
      assertThat(follow.asked.get(0).credentials()).isTrue();

      server.received.clear();
      withPassword("/moved").consent(RedirectConsent.trusting(List.of("127.0.0.1"), RedirectConsent.WITHIN_DOMAIN))
          .build().discover(EMAIL);
      assertThat(at("/here").authorization()).startsWith("Basic ");
    }

    @Test
    void aRedirectUrlFollowsTheSameRule() throws Exception {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(url("/b"))));
      server.on("/b", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
      withPassword("/a").build().discover(EMAIL);
      assertThat(at("/a").authorization()).startsWith("Basic ");
      assertThat(at("/b").authorization()).isNull();
      server.received.clear();
      withPassword("/a").consent(r -> Decision.FOLLOW_WITH_CREDENTIALS).build().discover(EMAIL);
      assertThat(at("/b").authorization()).startsWith("Basic ");
    }

    @Test
    void aRedirectAddrToAnotherDomainTakesTheCredentialsOnlyWhenAllowed() throws Exception {
      server.on("/ad", (x, body) -> TestServer.xml(x, body.contains("ada@localhost")
          ? TestServer.redirectAddr("ada@elsewhere.example")
          : TestServer.settings("imap.elsewhere.example")));
      assertThrows(AutodiscoverException.RedirectRefused.class, () -> withPassword("/ad").build().discover(EMAIL));
      assertThat(server.received).hasSize(1);

      server.received.clear();
      Recorder follow = new Recorder(r -> Decision.FOLLOW);
      Settings s = withPassword("/ad").consent(follow).build().discover(EMAIL);
      assertThat(s.emailAddress()).isEqualTo("ada@elsewhere.example");
      assertThat(server.received.get(1).authorization()).isNull();
      assertThat(follow.asked.get(0).host()).isEqualTo("elsewhere.example");
      assertThat(follow.asked.get(0).target()).isEqualTo("ada@elsewhere.example");

      server.received.clear();
      withPassword("/ad").consent(RedirectConsent.trusting(List.of("elsewhere.example"), RedirectConsent.DENY_ALL))
          .build().discover(EMAIL);
      assertThat(server.received.get(1).authorization()).startsWith("Basic ");
    }

    @Test
    void aRedirectAddrWithinTheDomainKeepsTheCredentialsAndAsksNothing() throws Exception {
      server.on("/ad", (x, body) -> TestServer.xml(x, body.contains("ada@localhost")
          ? TestServer.redirectAddr("bob@localhost")
          : TestServer.settings("imap.for-bob.localhost")));
      Recorder consent = new Recorder(RedirectConsent.DENY_ALL);
      Settings s = withPassword("/ad").consent(consent).build().discover(EMAIL);
      assertThat(s.emailAddress()).isEqualTo("bob@localhost");
      assertThat(consent.asked).isEmpty();
      assertThat(server.received.get(1).authorization()).startsWith("Basic ");
    }

    @Test
    void withoutCredentialsTheConsentIsToldNoneWouldGo() throws Exception {
      server.on("/moved", (x, body) -> TestServer.redirect(x, 301, url("/here")));
      server.on("/here", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
      Recorder consent = new Recorder(RedirectConsent.WITHIN_DOMAIN);
      client("/moved").consent(consent).build().discover(EMAIL);
      assertThat(consent.asked.get(0).credentials()).isFalse();
    }

    @Test
    void a401AfterARedirectWithoutCredentialsSaysWhy() {
      server.on("/moved", (x, body) -> TestServer.redirect(x, 302, url("/auth")));
      server.on("/auth", (x, body) -> x.sendResponseHeaders(401, -1));
      AutodiscoverException.HttpFailure e = assertThrows(AutodiscoverException.HttpFailure.class,
          () -> withPassword("/moved").build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("HTTP status 401 (the credentials were not sent");
    }
  }

  /** Item 4: what the client does with Action and Content-Type. */
  @Nested
  class ActionAndContentType {
    private AutodiscoverException.InvalidResponse refused(String xml) {
      server.on("/a", (x, body) -> TestServer.xml(x, xml));
      return assertThrows(AutodiscoverException.InvalidResponse.class, () -> client("/a").build().discover(EMAIL));
    }

    @Test
    void twoConflictingActionsAreRefused() {
      AutodiscoverException e = refused(TestServer.account("<Action>settings</Action><Action>redirectUrl</Action>"
          + "<RedirectUrl>" + url("/b") + "</RedirectUrl>"));
      assertThat(e).hasMessageThat().contains("<Action> appears more often than allowed here (once)");
      assertThat(server.paths()).containsExactly("/a");
    }

    @Test
    void twoEqualActionsAreRefusedToo() {
      refused(TestServer.account("<Action>settings</Action><Action>settings</Action>"));
    }

    @Test
    void anUnknownActionIsRefused() {
      AutodiscoverException e = refused(TestServer.account("<Action>redirect</Action><RedirectUrl>" + url("/b")
          + "</RedirectUrl>"));
      assertThat(e).hasMessageThat().contains("\"redirect\" is not one of redirectUrl, redirectAddr, settings");
    }

    @Test
    void aRedirectWithoutAnActionIsRefused() {
      AutodiscoverException e = refused(TestServer.account("<RedirectUrl>" + url("/b") + "</RedirectUrl>"));
      assertThat(e).hasMessageThat().contains("a redirect target without an Action");
    }

    @Test
    void twoRedirectAddrsOrTwoDifferentRedirectUrlsAreRefused() {
      refused(TestServer.account("<Action>redirectAddr</Action><RedirectAddr>bob@localhost</RedirectAddr>"
          + "<RedirectAddr>eve@localhost</RedirectAddr>"));
      refused(TestServer.account("<Action>redirectUrl</Action><RedirectUrl>" + url("/b") + "</RedirectUrl>"
          + "<RedirectURL>" + url("/c") + "</RedirectURL>"));
    }

    @Test
    void settingsWithoutAnActionAreSettings() throws Exception {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.account(
          "<Protocol><Type>IMAP</Type><Server>imap.localhost</Server></Protocol>")));
      assertThat(client("/a").build().discover(EMAIL).account().protocols()).hasSize(1);
    }

    @Test
    void anHtmlPageIsRefusedAndNamedAsSuch() {
      server.on("/a", (x, body) -> TestServer.send(x, "text/html; charset=utf-8",
          "<!DOCTYPE html><html><body>Log in to the Wi-Fi</body></html>"));
      AutodiscoverException e = assertThrows(AutodiscoverException.InvalidResponse.class,
          () -> client("/a").build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("it was sent as text/html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/plain; charset=utf-8", "application/xml", "application/soap+xml",
        "TEXT/XML", ""})
    void autodiscoverXmlUnderAnyTextOrXmlTypeOrNoneIsRead(String type) throws Exception {
      server.on("/a", (x, body) -> TestServer.send(x, type.isEmpty() ? null : type, TestServer.settings("imap.localhost")));
      assertThat(client("/a").build().discover(EMAIL).account().protocols()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/octet-stream", "image/png"})
    void aTypeThatIsNeitherXmlNorTextIsNotRead(String type) {
      server.on("/a", (x, body) -> TestServer.send(x, type, TestServer.settings("imap.localhost")));
      AutodiscoverException e = assertThrows(AutodiscoverException.InvalidResponse.class,
          () -> client("/a").build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("it was sent as " + type + ", which is neither XML nor text");
    }

    @Test
    void aBadAnswerGivesWayToTheNextEndpoint() throws Exception {
      server.on("/html", (x, body) -> TestServer.send(x, "text/html", "<html><body>parked domain</body></html>"));
      server.on("/ok", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
      assertThat(client("/html", "/ok").build().discover(EMAIL).endpoint().getPath()).isEqualTo("/ok");
    }

    @Test
    void aStatusOtherThan200IsAnHttpFailure() {
      server.on("/e", (x, body) -> x.sendResponseHeaders(500, -1));
      AutodiscoverException e = assertThrows(AutodiscoverException.HttpFailure.class,
          () -> client("/e").build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("HTTP status 500");
    }
  }

  /** Item 5: the DNS SRV step, after the two candidates, against a DNS server on loopback. */
  @Nested
  class Srv {
    private static final String NAME = "_autodiscover._tcp.localhost";

    /** Derived candidates (https://localhost/..., https://autodiscover.localhost/...: nothing answers there). */
    private AutodiscoverClient.Builder derived() {
      return AutodiscoverClient.builder()
          .sslContext(server.clientContext())
          .connectTimeout(Duration.ofSeconds(1))
          .requestTimeout(Duration.ofSeconds(1))
          .deadline(Duration.ofSeconds(3))
          .unauthenticatedGet(false)
          .dnsServer(dns.address())
          .dnsTimeout(Duration.ofMillis(500));
    }

    @Test
    void aRecordInTheDomainIsTriedAfterTheCandidates() {
      dns.records(NAME, "0 0 443 mail.localhost.");
      Recorder consent = new Recorder(RedirectConsent.WITHIN_DOMAIN);
      AutodiscoverException.NoEndpoint e = assertThrows(AutodiscoverException.NoEndpoint.class,
          () -> derived().credentials("ada", "secret".toCharArray()).consent(consent).build().discover(EMAIL));
      List<String> tried = messages(e);
      assertThat(tried).hasSize(3);
      assertThat(tried.get(0)).contains("https://localhost/autodiscover/autodiscover.xml");
      assertThat(tried.get(1)).contains("https://autodiscover.localhost/autodiscover/autodiscover.xml");
      assertThat(tried.get(2)).contains("https://mail.localhost/autodiscover/autodiscover.xml");
      assertThat(dns.queries).containsExactly(new DnsResponder.Query(NAME, 33));
      Redirect r = consent.asked.get(0);
      assertThat(r.kind()).isEqualTo(Redirect.Kind.SRV_RECORD);
      assertThat(r.from()).isEqualTo(NAME);
      assertThat(r.target()).isEqualTo("https://mail.localhost/autodiscover/autodiscover.xml");
      assertThat(r.host()).isEqualTo("mail.localhost");
      assertThat(r.withinUserDomain()).isTrue();
      assertThat(r.credentials()).isTrue();
    }

    @Test
    void theStepsComeInMicrosoftsOrder() {
      dns.records(NAME, "0 0 443 mail.localhost.");
      AutodiscoverException.NoEndpoint e = assertThrows(AutodiscoverException.NoEndpoint.class,
          () -> derived().unauthenticatedGet(true).build().discover(EMAIL));
      List<String> tried = messages(e);
      assertThat(tried).hasSize(4);
      assertThat(tried.get(0)).startsWith("https://localhost/autodiscover/autodiscover.xml: ");
      assertThat(tried.get(1)).startsWith("https://autodiscover.localhost/autodiscover/autodiscover.xml: ");
      assertThat(tried.get(2)).startsWith("http://autodiscover.localhost/autodiscover/autodiscover.xml: ");
      assertThat(tried.get(3)).startsWith("https://mail.localhost/autodiscover/autodiscover.xml: ");
    }

    @Test
    void aRecordOutsideTheDomainNeedsConsent() {
      dns.records(NAME, "0 0 443 autodiscover.evil.test.");
      Recorder consent = new Recorder(RedirectConsent.WITHIN_DOMAIN);
      AutodiscoverException.NoEndpoint e = assertThrows(AutodiscoverException.NoEndpoint.class,
          () -> derived().consent(consent).build().discover(EMAIL));
      assertThat(consent.hosts()).containsExactly("autodiscover.evil.test");
      assertThat(consent.asked.get(0).withinUserDomain()).isFalse();
      assertThat(e.getSuppressed()[2]).isInstanceOf(AutodiscoverException.RedirectRefused.class);
      assertThat(e.getSuppressed()).hasLength(3);
    }

    @Test
    void anApprovedRecordOutsideTheDomainIsTried() {
      dns.records(NAME, "0 0 443 autodiscover.evil.test.");
      AutodiscoverException.NoEndpoint e = assertThrows(AutodiscoverException.NoEndpoint.class,
          () -> derived().consent(r -> Decision.FOLLOW).build().discover(EMAIL));
      assertThat(messages(e).get(2)).contains("https://autodiscover.evil.test/autodiscover/autodiscover.xml");
    }

    @Test
    void recordsAreTriedInPriorityAndWeightOrderOnPort443Only() {
      dns.records(NAME, "10 0 443 b.localhost.", "0 5 443 a2.localhost.", "0 10 443 a1.localhost.",
          "0 100 8443 c.localhost.", "5 0 443 evil.test.");
      Recorder consent = new Recorder(RedirectConsent.WITHIN_DOMAIN);
      AutodiscoverException.NoEndpoint e = assertThrows(AutodiscoverException.NoEndpoint.class,
          () -> derived().consent(consent).build().discover(EMAIL));
      assertThat(consent.hosts()).containsExactly("a1.localhost", "a2.localhost", "evil.test", "b.localhost").inOrder();
      AutodiscoverException.InsecureRedirect port = Arrays.stream(e.getSuppressed())
          .filter(AutodiscoverException.InsecureRedirect.class::isInstance)
          .map(AutodiscoverException.InsecureRedirect.class::cast).findFirst().orElseThrow();
      assertThat(port).hasMessageThat().contains("its port is 8443; only SRV records for port 443");
    }

    @Test
    void recordsPointingBackOrAtThemselvesAreNotFollowed() {
      dns.records(NAME, "0 0 443 localhost.", "0 0 443 AutoDiscover.LocalHost.", "1 0 443 " + NAME + ".",
          "2 0 443 localhost.");
      Recorder consent = new Recorder(r -> Decision.FOLLOW_WITH_CREDENTIALS);
      AutodiscoverException.NoEndpoint e = assertThrows(AutodiscoverException.NoEndpoint.class,
          () -> derived().consent(consent).build().discover(EMAIL));
      assertThat(consent.asked).isEmpty();
      List<Class<?>> kinds = Arrays.stream(e.getSuppressed()).skip(2).<Class<?>>map(Object::getClass).toList();
      assertThat(kinds).containsExactly(AutodiscoverException.RedirectLoop.class,
          AutodiscoverException.RedirectLoop.class, AutodiscoverException.MalformedRedirect.class,
          AutodiscoverException.RedirectLoop.class).inOrder();
      assertThat(dns.queries).hasSize(1);
    }

    @Test
    void manyRecordsAreBounded() {
      String[] records = new String[40];
      for (int i = 0; i < records.length; i++) {
        records[i] = i + " 0 443 h" + i + ".localhost.";
      }
      dns.records(NAME, records);
      Recorder consent = new Recorder(r -> Decision.DENY);
      AutodiscoverException.NoEndpoint e = assertThrows(AutodiscoverException.NoEndpoint.class,
          () -> derived().maxRedirects(100).consent(consent).build().discover(EMAIL));
      assertThat(consent.asked).hasSize(SrvLookup.MAX_RECORDS);
      assertThat(consent.hosts().get(0)).isEqualTo("h0.localhost");
      assertThat(e.getSuppressed()).hasLength(2 + SrvLookup.MAX_RECORDS);
    }

    @Test
    void recordsCountAsRedirects() {
      dns.records(NAME, "0 0 443 a.localhost.", "1 0 443 b.localhost.", "2 0 443 c.localhost.");
      AutodiscoverException.TooManyRedirects e = assertThrows(AutodiscoverException.TooManyRedirects.class,
          () -> derived().maxRedirects(2).build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("https://c.localhost/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 0 443 127.0.0.1.", "0 0 443 exa_mple.localhost.", "0 0 443 -a.localhost."})
    void aTargetThatIsNotAHostNameIsSkipped(String record) {
      dns.records(NAME, record);
      AutodiscoverException.NoEndpoint e = assertThrows(AutodiscoverException.NoEndpoint.class,
          () -> derived().consent(r -> Decision.FOLLOW).build().discover(EMAIL));
      assertThat(e.getSuppressed()[2]).isInstanceOf(AutodiscoverException.MalformedRedirect.class);
    }

    @Test
    void noAnswerAndNxdomainAreNoRecord() {
      dns.records(NAME);
      AutodiscoverException e = assertThrows(AutodiscoverException.NoEndpoint.class, () -> derived().build().discover(EMAIL));
      assertThat(e).hasMessageThat().isEqualTo("no Autodiscover endpoint for localhost answered; no SRV record " + NAME);
      dns.nxdomain(NAME);
      e = assertThrows(AutodiscoverException.NoEndpoint.class, () -> derived().build().discover(EMAIL));
      assertThat(e).hasMessageThat().endsWith("; no SRV record " + NAME);
      assertThat(e.getSuppressed()).hasLength(2);
    }

    @Test
    void aDotTargetMeansNoService() {
      dns.records(NAME, "0 0 0 .");
      AutodiscoverException e = assertThrows(AutodiscoverException.NoEndpoint.class, () -> derived().build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("says there is no Autodiscover service");
    }

    @Test
    void aServerFailureIsADnsFailure() {
      dns.servfail(NAME);
      AutodiscoverException e = assertThrows(AutodiscoverException.NoEndpoint.class, () -> derived().build().discover(EMAIL));
      assertThat(e.getSuppressed()[2]).isInstanceOf(AutodiscoverException.DnsFailure.class);
    }

    @Test
    void aSlowDnsServerTimesOut() {
      dns.slow(NAME, Duration.ofSeconds(2), "0 0 443 mail.localhost.");
      AutodiscoverException e = assertThrows(AutodiscoverException.NoEndpoint.class, () -> derived().build().discover(EMAIL));
      AutodiscoverException.Timeout t = (AutodiscoverException.Timeout) e.getSuppressed()[2];
      assertThat(t.wholeDiscovery()).isFalse();
      assertThat(t).hasMessageThat().contains("dns:" + NAME + " at " + dns.address());
    }

    @Test
    @Timeout(value = 2500, unit = TimeUnit.MILLISECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSilentDnsServerRunsIntoTheWholeDeadline() {
      dns.silent(NAME);
      AutodiscoverException.Timeout t = assertThrows(AutodiscoverException.Timeout.class,
          () -> derived().dnsTimeout(Duration.ofSeconds(30)).deadline(Duration.ofMillis(1500)).build().discover(EMAIL));
      assertThat(t.wholeDiscovery()).isTrue();
    }

    @Test
    void noLookupWithEndpointsOrWhenOff() {
      dns.records(NAME, "0 0 443 mail.localhost.");
      assertThrows(AutodiscoverException.HttpFailure.class,
          () -> client("/nothing").dnsServer(dns.address()).build().discover(EMAIL));
      assertThrows(AutodiscoverException.NoEndpoint.class, () -> derived().srvLookup(false).build().discover(EMAIL));
      assertThat(dns.queries).isEmpty();
    }
  }

  /** Item 6: what held before the rework, kept as named tests. */
  @Nested
  class HeldBefore {
    @Test
    void settingsFromTheFirstEndpoint() throws Exception {
      String isp = Files.readString(Corpus.samples().resolve("isp-imap-pop3-smtp.xml"));
      server.on("/autodiscover/autodiscover.xml", (x, body) -> TestServer.xml(x, isp));
      Settings s = client("/autodiscover/autodiscover.xml").credentials("ada", "secret".toCharArray()).build()
          .discover(EMAIL);
      assertThat(s.redirects()).isEqualTo(0);
      assertThat(s.account().protocols()).hasSize(4);
      assertThat(s.account().protocols().get(2).type()).hasValue(ProtocolType.SMTP);
      TestServer.Received r = server.received.get(0);
      assertThat(r.method()).isEqualTo("POST");
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
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(url("/b"))));
      server.on("/b", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
      Settings s = client("/a").build().discover(EMAIL);
      assertThat(s.redirects()).isEqualTo(1);
      assertThat(s.endpoint().getPath()).isEqualTo("/b");
    }

    @Test
    void theEleventhRedirectIsRefused() {
      for (int i = 0; i <= 11; i++) {
        String next = url("/r" + (i + 1));
        server.on("/r" + i, (x, body) -> TestServer.xml(x, TestServer.redirectUrl(next)));
      }
      AutodiscoverException e = assertThrows(AutodiscoverException.TooManyRedirects.class,
          () -> client("/r0").build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("/r11");
      assertThat(server.received).hasSize(11);
    }

    @Test
    void loopsAreCaughtBeforeConsent() {
      Recorder consent = new Recorder(RedirectConsent.WITHIN_DOMAIN);
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(url("/b"))));
      server.on("/b", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(url("/a"))));
      assertThrows(AutodiscoverException.RedirectLoop.class, () -> client("/a").consent(consent).build().discover(EMAIL));
      assertThat(consent.asked).hasSize(1);

      server.on("/self", (x, body) -> TestServer.redirect(x, 302, server.url("LOCALHOST", "/self")));
      assertThrows(AutodiscoverException.RedirectLoop.class, () -> client("/self").build().discover(EMAIL));

      server.on("/ad", (x, body) -> TestServer.xml(x, body.contains("ada@localhost")
          ? TestServer.redirectAddr("bob@localhost") : TestServer.redirectAddr("ADA@localhost")));
      AutodiscoverException e = assertThrows(AutodiscoverException.RedirectLoop.class,
          () -> client("/ad").build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("the address ADA@localhost");

      server.on("/me", (x, body) -> TestServer.xml(x, TestServer.redirectAddr("ada@localhost")));
      assertThrows(AutodiscoverException.RedirectLoop.class, () -> client("/me").build().discover(EMAIL));
    }

    @Test
    void plainHttpIsRefused() {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl("http://localhost/autodiscover/autodiscover.xml")));
      AutodiscoverException e = assertThrows(AutodiscoverException.InsecureRedirect.class,
          () -> client("/a").build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("only https URLs are followed");
      server.on("/m", (x, body) -> TestServer.redirect(x, 302, "http://localhost:" + server.port() + "/b"));
      assertThrows(AutodiscoverException.InsecureRedirect.class, () -> client("/m").build().discover(EMAIL));
      AutodiscoverClient c = AutodiscoverClient.builder().endpoints(List.of(URI.create("http://127.0.0.1:9/x"))).build();
      e = assertThrows(AutodiscoverException.InsecureRedirect.class, () -> c.discover(EMAIL));
      assertThat(e).hasMessageThat().contains("only https endpoints are used");
    }

    @Test
    void userInfoIsRefused() {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl("https://user:pw@localhost/x")));
      assertThrows(AutodiscoverException.InsecureRedirect.class, () -> client("/a").build().discover(EMAIL));
      server.on("/m", (x, body) -> TestServer.redirect(x, 302, "https://ada@localhost:" + server.port() + "/b"));
      assertThrows(AutodiscoverException.InsecureRedirect.class, () -> client("/m").build().discover(EMAIL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "/relative/path", "https://exa mple.com/", "https:///nohost", "", "mailto:ada@x"})
    void aMalformedRedirectUrlIsRefusedBeforeConsent(String target) {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(target)));
      Recorder consent = new Recorder(r -> Decision.FOLLOW);
      AutodiscoverException e = assertThrows(AutodiscoverException.class,
          () -> client("/a").consent(consent).build().discover(EMAIL));
      assertThat(e).isInstanceOf(target.startsWith("mailto") ? AutodiscoverException.InsecureRedirect.class
          : AutodiscoverException.MalformedRedirect.class);
      assertThat(consent.asked).isEmpty();
    }

    @Test
    void lookAlikeDomainsAreOutsideTheDomain() {
      Recorder consent = new Recorder(RedirectConsent.WITHIN_DOMAIN);
      for (String host : List.of("evillocalhost", "localhost.evil.test", "localhost.", "127.0.0.1",
          "xn--lcalhost-9of", "localhost-evil.test")) {
        server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(server.url(host, "/b"))));
        assertThrows(AutodiscoverException.RedirectRefused.class, () -> client("/a").consent(consent).build().discover(EMAIL));
      }
      assertThat(consent.asked.stream().filter(Redirect::withinUserDomain).toList()).isEmpty();
      assertThat(consent.asked).hasSize(6);
      assertThat(server.paths().stream().distinct().toList()).containsExactly("/a");
    }

    @Test
    void candidatesNeverStripLabelsOffTheDomain() {
      assertThat(AutodiscoverClient.candidates("mail.example.com.br")).containsExactly(
          URI.create("https://mail.example.com.br/autodiscover/autodiscover.xml"),
          URI.create("https://autodiscover.mail.example.com.br/autodiscover/autodiscover.xml")).inOrder();
    }

    @Test
    void oversizedBodiesAreRefused() {
      String padding = "<!--" + "x".repeat(200_000) + "-->";
      server.on("/big", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost") + padding));
      server.on("/chunked", (x, body) -> {
        x.sendResponseHeaders(200, 0);
        try (OutputStream out = x.getResponseBody()) {
          out.write((TestServer.settings("imap.localhost") + padding).getBytes(StandardCharsets.UTF_8));
        }
      });
      server.on("/endless", (x, body) -> {
        x.sendResponseHeaders(200, 0);
        OutputStream out = x.getResponseBody();
        byte[] chunk = "<!-- -->".repeat(1024).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 100_000 && !server.hold(Duration.ZERO); i++) {
          out.write(chunk);
        }
      });
      for (String path : List.of("/big", "/chunked", "/endless")) {
        assertThrows(AutodiscoverException.ResponseTooLarge.class,
            () -> client(path).maxResponseBytes(64 * 1024).build().discover(EMAIL));
      }
    }

    @Test
    void noDtdIsFetched() {
      String doctype = "<?xml version=\"1.0\"?><!DOCTYPE Autodiscover SYSTEM \"" + url("/dtd") + "\" ["
          + "<!ENTITY x SYSTEM \"" + url("/entity") + "\">]>";
      server.on("/a", (x, body) -> TestServer.xml(x, doctype + TestServer.settings("&x;").replaceFirst("<\\?xml[^>]*>", "")));
      AutodiscoverException e = assertThrows(AutodiscoverException.InvalidResponse.class,
          () -> client("/a").build().discover(EMAIL));
      assertThat(e).hasMessageThat().contains("DOCTYPE");
      assertThat(server.paths()).containsExactly("/a");
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
    void theCertificateHostNameIsChecked(@TempDir Path temp) throws Exception {
      try (TestServer other = new TestServer(temp, "other.test", "dns:other.test")) {
        other.on("/a", (x, body) -> TestServer.xml(x, TestServer.settings("imap.localhost")));
        AutodiscoverClient c = AutodiscoverClient.builder().sslContext(other.clientContext())
            .endpoints(List.of(URI.create(other.url("localhost", "/a")))).deadline(Duration.ofSeconds(3)).build();
        AutodiscoverException e = assertThrows(AutodiscoverException.HttpFailure.class, () -> c.discover(EMAIL));
        assertThat(e).hasMessageThat().contains("No subject alternative DNS name matching localhost");
        assertThat(other.received).isEmpty();
      }
    }
  }

  /** The command line: --timeout, --deadline, exit codes, the hosts it approves, its help. */
  @Nested
  class Cli {
    private SSLContext saved;

    record Run(int status, String out, String err) {}

    @BeforeEach
    void trustTheTestServer() throws Exception {
      saved = SSLContext.getDefault();
      SSLContext.setDefault(server.clientContext());
    }

    @AfterEach
    void restore() {
      SSLContext.setDefault(saved);
    }

    private Run run(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
          new ByteArrayInputStream(new byte[0]));
      return new Run(status, out.toString(), err.toString());
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void timeoutBoundsASlowBody() {
      trickle("/slow-body");
      Run r = run("discover", EMAIL, "--endpoint", url("/slow-body"), "--timeout", "1");
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).contains("no complete answer in time from " + url("/slow-body") + " (the limit is 1 s)");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void deadlineBoundsSlowHops() {
      for (int i = 0; i < 10; i++) {
        String next = url("/hop" + (i + 1));
        server.on("/hop" + i, (x, body) -> {
          server.hold(Duration.ofMillis(400));
          TestServer.xml(x, TestServer.redirectUrl(next));
        });
      }
      Run r = run("discover", EMAIL, "--endpoint", url("/hop0"), "--timeout", "5", "--deadline", "1");
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).contains("the discovery ran out of its deadline of 1 s");
    }

    @Test
    void aMalformedRedirectAddrExitsOne() {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectAddr("ada@exa mple.com")));
      Run r = run("discover", EMAIL, "--endpoint", url("/a"));
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).contains("the server's RedirectAddr \"ada@exa mple.com\" is not usable");
    }

    @Test
    void aMalformedEmailOrOptionExitsTwo() {
      assertThat(run("discover", "nobody", "--endpoint", url("/a")).status()).isEqualTo(2);
      assertThat(run("discover", EMAIL, "--timeout", "0").status()).isEqualTo(2);
      assertThat(run("discover", EMAIL, "--dns-server", "a b").status()).isEqualTo(2);
      assertThat(server.received).isEmpty();
    }

    @Test
    void aRefusedRedirectSaysWhatWouldFollowIt() {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(otherHost("/b"))));
      Run r = run("discover", EMAIL, "--endpoint", url("/a"));
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).contains("poxgen discover: not following a RedirectUrl to " + otherHost("/b")
          + " (host 127.0.0.1, outside localhost); --trust 127.0.0.1 or --allow-domain-change would follow it");
    }

    @Test
    void allowDomainChangePrintsTheHostAndSendsNoCredentials() {
      server.on("/a", (x, body) -> TestServer.xml(x, TestServer.redirectUrl(otherHost("/b"))));
      server.on("/b", (x, body) -> TestServer.xml(x, TestServer.settings("imap.elsewhere")));
      Run r = run("discover", EMAIL, "--endpoint", url("/a"), "--allow-domain-change", "--user", "ada");
      assertThat(r.status()).isEqualTo(0);
      assertThat(r.err()).contains("poxgen discover: following a RedirectUrl to " + otherHost("/b")
          + " (host 127.0.0.1, outside localhost), without the credentials (--trust 127.0.0.1 would send them)");
      assertThat(server.received.get(0).authorization()).isNotNull();
      assertThat(server.received.get(1).authorization()).isNull();
    }

    @Test
    void trustSendsTheCredentialsAndSaysSo() {
      server.on("/a", (x, body) -> TestServer.redirect(x, 302, otherHost("/b")));
      server.on("/b", (x, body) -> TestServer.xml(x, TestServer.settings("imap.elsewhere")));
      Run r = run("discover", EMAIL, "--endpoint", url("/a"), "--trust", "127.0.0.1", "--user", "ada");
      assertThat(r.status()).isEqualTo(0);
      assertThat(r.err()).contains("following an HTTP redirect to " + otherHost("/b")
          + " (host 127.0.0.1, outside localhost), with the credentials (--trust 127.0.0.1)");
      assertThat(server.received.get(1).authorization()).isEqualTo(server.received.get(0).authorization());
    }

    @Test
    void theHelpIsTheReadmesClientSection() throws Exception {
      Run help = run("discover", "--help");
      assertThat(help.status()).isEqualTo(0);
      String readme = Files.readString(Corpus.root().resolve("README.md"));
      String marker = "```text\n$ poxgen discover --help\n";
      int start = readme.indexOf(marker);
      assertThat(start).isAtLeast(0);
      int end = readme.indexOf("```", start + marker.length());
      String documented = readme.substring(start + marker.length(), end);
      assertThat(strip(help.out())).isEqualTo(strip(documented));
    }

    private String strip(String s) {
      return s.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }
  }
}
