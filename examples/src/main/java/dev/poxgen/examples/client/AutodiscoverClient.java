package dev.poxgen.examples.client;

import dev.poxgen.PoxWriteException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * POX Autodiscover, as Microsoft's Autodiscover pages describe it, for a network that may be
 * hostile. For an address in DOMAIN it POSTs the request to {@code
 * https://DOMAIN/autodiscover/autodiscover.xml}, then to {@code
 * https://autodiscover.DOMAIN/autodiscover/autodiscover.xml}, then sends the unauthenticated GET to
 * {@code http://autodiscover.DOMAIN/autodiscover/autodiscover.xml} and uses only its redirect to
 * an https URL, then looks up the DNS SRV record {@code _autodiscover._tcp.DOMAIN}; it follows
 * {@code redirectAddr}, {@code redirectUrl} and HTTP redirects by hand.
 *
 * <p>What it guarantees:
 *
 * <ul>
 *   <li>at most 10 redirects in all (addresses, URLs, HTTP redirects, SRV records); a repeat of an
 *       endpoint and address, or of an address, is a loop;
 *   <li>only https, never a URL with user info, never a label stripped off the user's domain;
 *   <li>every redirect target is checked (well formed, https, no user info, not a loop, within
 *       the limit) and then put to the caller's {@link RedirectConsent} before anything is sent to
 *       its host; by default redirects within the user's domain are followed without credentials
 *       and all others refused;
 *   <li>credentials go to the endpoints it starts from (derived from the address, or named with
 *       {@link Builder#endpoints}) and after a redirect only when the consent answers {@link
 *       RedirectConsent.Decision#FOLLOW_WITH_CREDENTIALS}: never automatically with an HTTP 3xx;
 *   <li>each exchange ends within {@link Builder#requestTimeout} from the request to the answer's
 *       last byte, each DNS lookup within {@link Builder#dnsTimeout}, and the whole discovery
 *       within {@link Builder#deadline} (time in the consent callback not counted): a server that
 *       trickles or stalls ends in {@link AutodiscoverException.Timeout};
 *   <li>answers are capped in size, read with the generated reader (no DTD, nothing fetched), and
 *       acted on only when unambiguous;
 *   <li>each failure is its own {@link AutodiscoverException}; an endpoint that fails (no
 *       connection, a status other than 200, a timeout, an answer that is not Autodiscover) gives
 *       way to the next, and {@link AutodiscoverException.NoEndpoint} carries what each did.
 * </ul>
 *
 * <p>What it leaves to the caller: which hosts to trust with the credentials (the consent),
 * certificate trust ({@code java.net.http} checks the chain and the host name against the {@link
 * Builder#sslContext}), what to do with the settings, caching them, and SCP lookup in Active
 * Directory, which it does not do.
 */
public final class AutodiscoverClient {
  /** The POX endpoint path under a host. */
  static final String PATH = "/autodiscover/autodiscover.xml";

  private final HttpClient http;
  private final Duration requestTimeout;
  private final Duration deadline;
  private final Duration dnsTimeout;
  private final long maxResponseBytes;
  private final int maxRedirects;
  private final RedirectConsent consent;
  private final List<URI> endpoints;
  private final String authorization;
  private final boolean unauthenticatedGet;
  private final SrvLookup srv;

  private AutodiscoverClient(Builder b) {
    HttpClient.Builder h = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(b.connectTimeout);
    if (b.sslContext != null) {
      h.sslContext(b.sslContext);
    }
    this.http = h.build();
    this.requestTimeout = b.requestTimeout;
    this.deadline = b.deadline;
    this.dnsTimeout = b.dnsTimeout;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxRedirects = b.maxRedirects;
    this.consent = b.consent;
    this.endpoints = b.endpoints;
    this.authorization = b.user == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((b.user + ":" + new String(b.password)).getBytes(StandardCharsets.UTF_8));
    this.unauthenticatedGet = b.unauthenticatedGet;
    this.srv = b.srvLookup ? new SrvLookup(b.dnsServer) : null;
  }

  /** A builder with the defaults given on each of its methods. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs Autodiscover for an address.
   *
   * @throws IllegalArgumentException if the address is not an e-mail address (the caller's
   *     mistake; a server's malformed address is {@link AutodiscoverException.MalformedRedirect})
   */
  public Settings discover(String emailAddress) throws AutodiscoverException {
    MailAddress address;
    try {
      address = MailAddress.parse(Objects.requireNonNull(emailAddress, "emailAddress"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an e-mail address: \"" + AutodiscoverException.printable(emailAddress)
          + "\": " + e.getMessage(), e);
    }
    return new Run(address).discover();
  }

  /** The candidate endpoints for a domain, in order, without the HTTP GET and SRV fallbacks. */
  public static List<URI> candidates(String domain) {
    return Collections.unmodifiableList(List.of(
        URI.create("https://" + domain + PATH),
        URI.create("https://autodiscover." + domain + PATH)));
  }

  /** Whether a host is the domain or one of its subdomains. */
  static boolean within(String host, String domain) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals(domain) || h.endsWith("." + domain);
  }

  /** Where the next POST goes, and whether the credentials go with it. */
  private record Hop(URI url, boolean credentials) {}

  /** What an endpoint's chain of answers came to: settings, or an address to start again with. */
  private record Outcome(Settings settings, MailAddress redirectAddr, String from) {}

  /** One discovery: its address, its redirects, what it has tried, its deadline. */
  private final class Run {
    private final String userDomain;
    private MailAddress address;
    /** Whether the endpoints of the current address get the credentials. */
    private boolean startCredentials = true;
    private int redirects;
    private final Set<String> tried = new HashSet<>();
    private long deadlineNanos;

    Run(MailAddress address) {
      this.address = address;
      this.userDomain = address.domain();
      this.deadlineNanos = System.nanoTime() + deadline.toNanos();
      tried.add("address:" + address.text().toLowerCase(Locale.ROOT));
    }

    Settings discover() throws AutodiscoverException {
      while (true) {
        Outcome outcome = endpoints != null ? fromEndpoints() : fromDomain(address.domain());
        if (outcome.settings() != null) {
          return outcome.settings();
        }
        MailAddress next = outcome.redirectAddr();
        if (!tried.add("address:" + next.text().toLowerCase(Locale.ROOT))) {
          throw new AutodiscoverException.RedirectLoop("the address " + next.text());
        }
        count("the address " + next.text());
        if (!next.domain().equals(address.domain())) {
          RedirectConsent.Decision d = ask(new Redirect(Redirect.Kind.REDIRECT_ADDR, outcome.from(), next.text(),
              next.domain(), userDomain, within(next.domain(), userDomain), authorization != null));
          startCredentials = d == RedirectConsent.Decision.FOLLOW_WITH_CREDENTIALS;
        }
        address = next;
      }
    }

    /** The caller's endpoints, in order: one endpoint's failure, or NoEndpoint for several. */
    private Outcome fromEndpoints() throws AutodiscoverException {
      if (endpoints.size() == 1) {
        return post(new Hop(endpoints.get(0), startCredentials));
      }
      List<AutodiscoverException> failures = new ArrayList<>();
      for (URI endpoint : endpoints) {
        Outcome o = attempt(new Hop(endpoint, startCredentials), failures);
        if (o != null) {
          return o;
        }
      }
      throw new AutodiscoverException.NoEndpoint(address.domain(), " (of the endpoints given)", failures);
    }

    /** The two candidates, the unauthenticated GET, the SRV records; the first that answers. */
    private Outcome fromDomain(String domain) throws AutodiscoverException {
      List<AutodiscoverException> failures = new ArrayList<>();
      for (URI candidate : candidates(domain)) {
        Outcome o = attempt(new Hop(candidate, startCredentials), failures);
        if (o != null) {
          return o;
        }
      }
      if (unauthenticatedGet) {
        Hop hop = unauthenticatedGet(domain, failures);
        if (hop != null) {
          Outcome o = attempt(hop, failures);
          if (o != null) {
            return o;
          }
        }
      }
      String note = "";
      if (srv != null) {
        SrvStep step = new SrvStep(domain, failures);
        Outcome o = step.run();
        if (o != null) {
          return o;
        }
        note = step.note;
      }
      throw new AutodiscoverException.NoEndpoint(domain, note, failures);
    }

    /** POSTs to a starting point; a failure that gives way is kept and null returned. */
    private Outcome attempt(Hop hop, List<AutodiscoverException> failures) throws AutodiscoverException {
      try {
        return post(hop);
      } catch (AutodiscoverException e) {
        if (!givesWay(e)) {
          throw e;
        }
        failures.add(e);
        return null;
      }
    }

    /**
     * Failures of one endpoint, after which the next is tried: it is not there, not in time, or
     * not an Autodiscover endpoint. A server's error, a rule's stop and the whole deadline end the
     * discovery.
     */
    private boolean givesWay(AutodiscoverException e) {
      return e instanceof AutodiscoverException.HttpFailure
          || (e instanceof AutodiscoverException.Timeout t && !t.wholeDiscovery())
          || e instanceof AutodiscoverException.InvalidResponse
          || e instanceof AutodiscoverException.ResponseTooLarge;
    }

    /** The SRV step: the records in order, each checked and put to the consent, the first that answers. */
    private final class SrvStep {
      private final String name;
      private final List<AutodiscoverException> failures;
      String note = "";

      SrvStep(String domain, List<AutodiscoverException> failures) {
        this.name = "_autodiscover._tcp." + domain;
        this.failures = failures;
      }

      Outcome run() throws AutodiscoverException {
        SrvLookup.Answer answer;
        Duration budget = budget(dnsTimeout, "dns:" + name);
        try {
          answer = srv.lookup(name, budget);
        } catch (AutodiscoverException.Timeout e) {
          if (budget.compareTo(dnsTimeout) < 0) {
            throw wholeDeadline("dns:" + name, e);
          }
          failures.add(e);
          return null;
        } catch (AutodiscoverException.DnsFailure e) {
          failures.add(e);
          return null;
        }
        for (String bad : answer.malformed()) {
          failures.add(new AutodiscoverException.MalformedRedirect("SRV record of " + name, bad, "not an SRV record", null));
        }
        if (answer.records().isEmpty()) {
          note = answer.malformed().isEmpty() ? "; no SRV record " + name : "";
          return null;
        }
        if (answer.records().size() == 1 && answer.records().get(0).target().equals(".")) {
          note = "; the SRV record " + name + " says there is no Autodiscover service";
          return null;
        }
        for (SrvLookup.Record r : answer.records()) {
          Hop hop;
          try {
            hop = hop(r);
          } catch (AutodiscoverException.MalformedRedirect | AutodiscoverException.InsecureRedirect
              | AutodiscoverException.RedirectLoop | AutodiscoverException.RedirectRefused e) {
            failures.add(e); // this record is skipped; the next may do
            continue;
          }
          Outcome o = attempt(hop, failures);
          if (o != null) {
            return o;
          }
        }
        return null;
      }

      private Hop hop(SrvLookup.Record r) throws AutodiscoverException {
        String what = "SRV record of " + name;
        String target = r.target().endsWith(".") ? r.target().substring(0, r.target().length() - 1) : r.target();
        String host;
        try {
          host = MailAddress.hostName(target, "its target");
        } catch (IllegalArgumentException e) {
          throw new AutodiscoverException.MalformedRedirect(what, r.toString(), e.getMessage(), e);
        }
        URI url = URI.create("https://" + host + PATH);
        if (r.port() != 443) {
          throw new AutodiscoverException.InsecureRedirect(what + " (" + r + ")",
              "its port is " + r.port() + "; only SRV records for port 443, https, are used");
        }
        if (tried.contains(key(url))) {
          throw new AutodiscoverException.RedirectLoop(url + " (from the " + what + ")");
        }
        count(url.toString());
        RedirectConsent.Decision d = ask(new Redirect(Redirect.Kind.SRV_RECORD, name, url.toString(), host,
            userDomain, within(host, userDomain), authorization != null));
        return new Hop(url, d == RedirectConsent.Decision.FOLLOW_WITH_CREDENTIALS);
      }
    }

    private void count(String target) throws AutodiscoverException {
      if (redirects >= maxRedirects) {
        throw new AutodiscoverException.TooManyRedirects(maxRedirects, target);
      }
      redirects++;
    }

    /** Asks the consent, with the deadline paused; a refusal is thrown. */
    private RedirectConsent.Decision ask(Redirect r) throws AutodiscoverException {
      long start = System.nanoTime();
      RedirectConsent.Decision d;
      try {
        d = consent.decide(r);
      } finally {
        deadlineNanos += System.nanoTime() - start;
      }
      if (d == null || d == RedirectConsent.Decision.DENY) {
        throw new AutodiscoverException.RedirectRefused(r);
      }
      return d;
    }

    /**
     * A redirect's target checked, in this order: well formed, absolute https without user info,
     * not a loop, within the limit, allowed by the consent.
     */
    private Hop follow(Redirect.Kind kind, URI from, String target) throws AutodiscoverException {
      String what = kind == Redirect.Kind.REDIRECT_URL ? "RedirectUrl" : "Location";
      String text = target.strip();
      if (text.length() > 2048) {
        throw new AutodiscoverException.MalformedRedirect(what, text, "longer than 2048 characters", null);
      }
      URI uri;
      try {
        uri = new URI(text);
      } catch (URISyntaxException e) {
        throw new AutodiscoverException.MalformedRedirect(what, text, "not a URL (" + e.getMessage() + ")", e);
      }
      if (!uri.isAbsolute()) {
        if (kind == Redirect.Kind.REDIRECT_URL) {
          throw new AutodiscoverException.MalformedRedirect(what, text, "not an absolute URL", null);
        }
        uri = from.resolve(uri); // a relative Location is relative to the URL that answered
      }
      if (!"https".equalsIgnoreCase(uri.getScheme())) {
        throw new AutodiscoverException.InsecureRedirect(text, "only https URLs are followed");
      }
      if (uri.getRawUserInfo() != null) {
        throw new AutodiscoverException.InsecureRedirect(text, "a URL with user info is never followed");
      }
      if (uri.getHost() == null) {
        throw new AutodiscoverException.MalformedRedirect(what, text, "no host name in it", null);
      }
      if (tried.contains(key(uri))) {
        throw new AutodiscoverException.RedirectLoop(uri.toString());
      }
      count(uri.toString());
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      RedirectConsent.Decision d = ask(new Redirect(kind, from.toString(), uri.toString(), host, userDomain,
          within(host, userDomain), authorization != null));
      return new Hop(uri, d == RedirectConsent.Decision.FOLLOW_WITH_CREDENTIALS);
    }

    /** An endpoint and address, so that a repeat is seen whatever the spelling of the port or case of the host. */
    private String key(URI url) {
      int port = url.getPort() == -1 ? 443 : url.getPort();
      String q = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
      return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port
          + url.getRawPath() + q + "|" + address.text().toLowerCase(Locale.ROOT);
    }

    /** POSTs the request, following redirectUrl and HTTP redirects; settings or a redirectAddr. */
    private Outcome post(Hop first) throws AutodiscoverException {
      Hop hop = first;
      if (!"https".equalsIgnoreCase(hop.url().getScheme()) || hop.url().getHost() == null) {
        throw new AutodiscoverException.InsecureRedirect(hop.url().toString(), "only https endpoints are used");
      }
      while (true) {
        URI url = hop.url();
        if (!tried.add(key(url))) {
          throw new AutodiscoverException.RedirectLoop(url.toString());
        }
        Reply reply = send(hop);
        int status = reply.status();
        if (isRedirect(status)) {
          String location = reply.response().headers().firstValue("Location").orElseThrow(
              () -> new AutodiscoverException.HttpFailure(url.toString(), "HTTP status " + status + " without a Location", null));
          hop = follow(Redirect.Kind.HTTP_REDIRECT, url, location);
          continue;
        }
        if (status != 200) {
          String unsent = status == 401 && authorization != null && !hop.credentials()
              ? " (the credentials were not sent: this redirect was not allowed them)" : "";
          throw new AutodiscoverException.HttpFailure(url.toString(), "HTTP status " + status + unsent, null);
        }
        Answers.Answer answer = Answers.read(reply.body(), url.toString(), reply.mediaType());
        if (answer instanceof Answers.Answer.RedirectUrl r) {
          hop = follow(Redirect.Kind.REDIRECT_URL, url, r.url());
          continue;
        }
        if (answer instanceof Answers.Answer.RedirectAddr r) {
          MailAddress next;
          try {
            next = MailAddress.parse(r.address());
          } catch (IllegalArgumentException e) {
            throw new AutodiscoverException.MalformedRedirect("RedirectAddr", r.address(), e.getMessage(), e);
          }
          return new Outcome(null, next, url.toString());
        }
        Answers.Answer.Settings s = (Answers.Answer.Settings) answer;
        return new Outcome(new Settings(address.text(), url, s.read().value(), s.read().findings(), redirects), null,
            url.toString());
      }
    }

    private boolean isRedirect(int status) {
      return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private Reply send(Hop hop) throws AutodiscoverException {
      URI url = hop.url();
      String xml;
      try {
        xml = AutodiscoverRequests.xml(address.text());
      } catch (PoxWriteException e) {
        throw new AutodiscoverException.InvalidResponse(url.toString(), "the request cannot be written: " + e.getMessage(), e);
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(url)
          .header("Content-Type", "text/xml; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8));
      if (authorization != null && hop.credentials()) {
        request.header("Authorization", authorization);
      }
      return exchange(url, request, true);
    }

    /** The unauthenticated GET over plain HTTP: only its redirect to an https URL is used. */
    private Hop unauthenticatedGet(String domain, List<AutodiscoverException> failures) throws AutodiscoverException {
      URI url = URI.create("http://autodiscover." + domain + PATH);
      try {
        Reply reply = exchange(url, HttpRequest.newBuilder(url).GET(), false);
        if (!isRedirect(reply.status())) {
          failures.add(new AutodiscoverException.HttpFailure(url.toString(), "HTTP status " + reply.status()
              + ", not a redirect", null));
          return null;
        }
        String location = reply.response().headers().firstValue("Location").orElse("");
        return follow(Redirect.Kind.UNAUTHENTICATED_GET, url, location);
      } catch (AutodiscoverException e) {
        if (e instanceof AutodiscoverException.Timeout t && t.wholeDiscovery()) {
          throw e;
        }
        failures.add(e);
        return null;
      }
    }

    /** One exchange, bounded by the request timeout and the whole deadline, body included. */
    private Reply exchange(URI url, HttpRequest.Builder request, boolean wantBody) throws AutodiscoverException {
      Duration budget = budget(requestTimeout, url.toString());
      boolean whole = budget.compareTo(requestTimeout) < 0;
      AtomicReference<BoundedBody> body = new AtomicReference<>();
      HttpResponse.BodyHandler<byte[]> handler = info -> {
        BoundedBody b = wantBody && info.statusCode() == 200 && readable(info)
            ? BoundedBody.reading(maxResponseBytes,
                () -> new AutodiscoverException.ResponseTooLarge(url.toString(), maxResponseBytes))
            : BoundedBody.discarding();
        body.set(b);
        return b;
      };
      CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request.timeout(budget).build(), handler);
      try {
        HttpResponse<byte[]> response = future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        return check(url, response, wantBody);
      } catch (TimeoutException e) {
        abandon(future, body);
        throw timeout(url.toString(), whole, e);
      } catch (InterruptedException e) {
        abandon(future, body);
        Thread.currentThread().interrupt();
        throw new AutodiscoverException.HttpFailure(url.toString(), "interrupted", e);
      } catch (ExecutionException e) {
        abandon(future, body);
        Throwable cause = e.getCause();
        while (cause instanceof CompletionException && cause.getCause() != null) {
          cause = cause.getCause();
        }
        for (Throwable c = cause; c != null; c = c.getCause()) {
          if (c instanceof AutodiscoverException ae) {
            throw ae;
          }
          if (c instanceof HttpTimeoutException) {
            throw timeout(url.toString(), whole, c);
          }
        }
        if (cause instanceof IOException) {
          throw new AutodiscoverException.HttpFailure(url.toString(), "cannot connect or read: " + cause, cause);
        }
        throw new AutodiscoverException.HttpFailure(url.toString(), String.valueOf(cause), cause);
      }
    }

    /** Whether the headers promise a body worth reading: a type that may hold an answer, a size within the cap. */
    private boolean readable(HttpResponse.ResponseInfo info) {
      String type = Answers.mediaType(info.headers().firstValue("Content-Type"));
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      return Answers.mayHoldAnswer(type) && declared <= maxResponseBytes;
    }

    /** The reply of a 200, with its body read, or why not. */
    private Reply check(URI url, HttpResponse<byte[]> response, boolean wantBody) throws AutodiscoverException {
      String type = Answers.mediaType(response.headers().firstValue("Content-Type"));
      if (wantBody && response.statusCode() == 200) {
        if (response.headers().firstValueAsLong("Content-Length").orElse(-1) > maxResponseBytes) {
          throw new AutodiscoverException.ResponseTooLarge(url.toString(), maxResponseBytes);
        }
        if (!Answers.mayHoldAnswer(type)) {
          throw new AutodiscoverException.InvalidResponse(url.toString(), "it was sent as " + type
              + ", which is neither XML nor text", null);
        }
      }
      return new Reply(response, type);
    }

    private void abandon(CompletableFuture<?> future, AtomicReference<BoundedBody> body) {
      BoundedBody b = body.get();
      if (b != null) {
        b.cancel();
      }
      future.cancel(true);
    }

    /** The time one step may take: its own limit, or what is left of the whole deadline if less. */
    private Duration budget(Duration limit, String where) throws AutodiscoverException {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        throw new AutodiscoverException.Timeout(where, deadline, true, null);
      }
      return left < limit.toNanos() ? Duration.ofNanos(left) : limit;
    }

    private AutodiscoverException.Timeout timeout(String where, boolean whole, Throwable cause) {
      return new AutodiscoverException.Timeout(where, whole ? deadline : requestTimeout, whole, cause);
    }

    private AutodiscoverException.Timeout wholeDeadline(String where, Throwable cause) {
      return new AutodiscoverException.Timeout(where, deadline, true, cause);
    }
  }

  /** An exchange's answer: its status, headers and (for a 200 to a POST) body. */
  private record Reply(HttpResponse<byte[]> response, String mediaType) {
    int status() {
      return response.statusCode();
    }

    byte[] body() {
      return response.body();
    }
  }

  /** Configures a client. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration deadline = Duration.ofSeconds(60);
    private Duration dnsTimeout = Duration.ofSeconds(5);
    private long maxResponseBytes = 1024 * 1024;
    private int maxRedirects = 10;
    private RedirectConsent consent = RedirectConsent.WITHIN_DOMAIN;
    private List<URI> endpoints;
    private SSLContext sslContext;
    private String user;
    private char[] password;
    private boolean unauthenticatedGet = true;
    private boolean srvLookup = true;
    private String dnsServer;

    private Builder() {}

    /** How long to wait for a connection (default 5 s); also bounded by the request timeout. */
    public Builder connectTimeout(Duration d) {
      this.connectTimeout = positive(d, "connectTimeout");
      return this;
    }

    /**
     * How long one exchange may take, from sending the request to the answer's last byte (default
     * 10 s). A server that sends its headers and then trickles or stalls ends in {@link
     * AutodiscoverException.Timeout} when it runs out.
     */
    public Builder requestTimeout(Duration d) {
      this.requestTimeout = positive(d, "requestTimeout");
      return this;
    }

    /**
     * How long the whole discovery may take, every endpoint, redirect and DNS lookup together
     * (default 60 s); the time the {@link RedirectConsent} takes is not counted.
     */
    public Builder deadline(Duration d) {
      this.deadline = positive(d, "deadline");
      return this;
    }

    /** How long the DNS SRV lookup may take (default 5 s). */
    public Builder dnsTimeout(Duration d) {
      this.dnsTimeout = positive(d, "dnsTimeout");
      return this;
    }

    /** The largest answer read, in bytes (default 1 MiB); a larger one is refused. */
    public Builder maxResponseBytes(long n) {
      if (n < 0) {
        throw new IllegalArgumentException("maxResponseBytes " + n);
      }
      this.maxResponseBytes = n;
      return this;
    }

    /** The most redirects followed in one discovery (default 10, as Microsoft's pages say). */
    public Builder maxRedirects(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("maxRedirects " + n);
      }
      this.maxRedirects = n;
      return this;
    }

    /** Who decides on each redirect; {@link RedirectConsent#WITHIN_DOMAIN} by default. */
    public Builder consent(RedirectConsent c) {
      this.consent = Objects.requireNonNull(c);
      return this;
    }

    /**
     * Starts from these https endpoints, in order, instead of those derived from the address; no
     * unauthenticated GET and no SRV lookup. They get the credentials.
     */
    public Builder endpoints(List<URI> uris) {
      if (uris.isEmpty()) {
        throw new IllegalArgumentException("no endpoints");
      }
      this.endpoints = Collections.unmodifiableList(new ArrayList<>(uris));
      return this;
    }

    /** The TLS context, such as one trusting a test certificate. */
    public Builder sslContext(SSLContext context) {
      this.sslContext = Objects.requireNonNull(context);
      return this;
    }

    /** Basic credentials, sent only over https, to the endpoints it starts from and where the consent allows. */
    public Builder credentials(String user, char[] password) {
      this.user = Objects.requireNonNull(user);
      this.password = password.clone();
      return this;
    }

    /** Whether to send the unauthenticated GET over plain http when the candidates fail (default on). */
    public Builder unauthenticatedGet(boolean on) {
      this.unauthenticatedGet = on;
      return this;
    }

    /** Whether to look up the DNS SRV record when the rest fails (default on). */
    public Builder srvLookup(boolean on) {
      this.srvLookup = on;
      return this;
    }

    /**
     * The DNS server for the SRV lookup: {@code host}, {@code host:port} or {@code [v6]:port};
     * null (the default) for the system's.
     */
    public Builder dnsServer(String server) {
      if (server != null) {
        URI u;
        try {
          u = new URI("dns://" + server);
        } catch (URISyntaxException e) {
          throw new IllegalArgumentException("not a DNS server: \"" + server + "\"", e);
        }
        if (u.getHost() == null || u.getRawPath().length() > 0 || u.getRawUserInfo() != null || u.getRawQuery() != null) {
          throw new IllegalArgumentException("not a DNS server (HOST or HOST:PORT): \"" + server + "\"");
        }
      }
      this.dnsServer = server;
      return this;
    }

    /** The client; it can be shared and used by several threads at once. */
    public AutodiscoverClient build() {
      return new AutodiscoverClient(this);
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive: " + d);
      }
      return d;
    }
  }
}
