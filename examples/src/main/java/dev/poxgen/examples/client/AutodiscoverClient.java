package dev.poxgen.examples.client;

import dev.poxgen.PoxReadException;
import dev.poxgen.PoxWriteException;
import dev.poxgen.ReadResult;
import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.Action;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.ErrorType;
import dev.poxgen.examples.autodiscover.OutlookResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * POX Autodiscover, as Microsoft's Autodiscover pages describe it: the candidate endpoints in
 * order ({@code https://DOMAIN/autodiscover/autodiscover.xml}, then {@code
 * https://autodiscover.DOMAIN/...}, then the unauthenticated HTTP GET of {@code
 * http://autodiscover.DOMAIN/...} whose 302 points at an https endpoint), a POST of the request,
 * and {@code redirectAddr}, {@code redirectUrl} and HTTP redirects followed by hand.
 *
 * <p>Untrusted answers are kept in bounds: at most 10 redirects in all, a repeat is a loop, every
 * redirect target must be an absolute https URL without user info, a change of domain needs the
 * caller's {@link RedirectConsent} (denied by default), credentials only ever go over https,
 * connections and answers time out, and answers are capped in size. Each failure is its own
 * {@link AutodiscoverException}. (The DNS SRV lookup of the pages is not done.)
 */
public final class AutodiscoverClient {
  private final HttpClient http;
  private final Duration requestTimeout;
  private final long maxResponseBytes;
  private final int maxRedirects;
  private final RedirectConsent consent;
  private final List<URI> endpoints;
  private final String authorization;

  private AutodiscoverClient(Builder b) {
    HttpClient.Builder h = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(b.connectTimeout);
    if (b.sslContext != null) {
      h.sslContext(b.sslContext);
    }
    this.http = h.build();
    this.requestTimeout = b.requestTimeout;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxRedirects = b.maxRedirects;
    this.consent = b.consent;
    this.endpoints = b.endpoints == null ? null : List.copyOf(b.endpoints);
    this.authorization = b.user == null ? null : "Basic " + Base64.getEncoder()
        .encodeToString((b.user + ":" + new String(b.password)).getBytes(StandardCharsets.UTF_8));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Runs Autodiscover for an address. */
  public Settings discover(String emailAddress) throws AutodiscoverException {
    Run run = new Run(emailAddress);
    return run.discover();
  }

  /** The candidate endpoints for a domain, in order, without the HTTP GET fallback. */
  public static List<URI> candidates(String domain) {
    return List.of(
        URI.create("https://" + domain + "/autodiscover/autodiscover.xml"),
        URI.create("https://autodiscover." + domain + "/autodiscover/autodiscover.xml"));
  }

  static String domainOf(String email) {
    int at = email.lastIndexOf('@');
    if (at < 1 || at == email.length() - 1) {
      throw new IllegalArgumentException("not an e-mail address: \"" + email + "\"");
    }
    return email.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  /** Whether a host is the domain or one of its subdomains. */
  static boolean within(String host, String domain) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals(domain) || h.endsWith("." + domain);
  }

  /** One discovery: its address, its redirects, what it has tried. */
  private final class Run {
    private final String userDomain;
    private String email;
    private int redirects;
    private final Set<String> tried = new HashSet<>();

    Run(String email) {
      this.email = Objects.requireNonNull(email, "email");
      this.userDomain = domainOf(email);
    }

    Settings discover() throws AutodiscoverException {
      while (true) {
        String domain = domainOf(email);
        List<URI> candidates = endpoints != null ? endpoints : candidates(domain);
        List<AutodiscoverException> failures = new ArrayList<>();
        Outcome outcome = null;
        for (URI candidate : candidates) {
          try {
            outcome = post(candidate);
            break;
          } catch (AutodiscoverException.HttpFailure | AutodiscoverException.Timeout e) {
            if (endpoints != null) {
              throw e; // the caller named the endpoint: no falling back
            }
            failures.add(e);
          }
        }
        if (outcome == null && endpoints == null) {
          Optional<URI> redirected = unauthenticatedGet(domain, failures);
          if (redirected.isPresent()) {
            outcome = post(redirected.get());
          }
        }
        if (outcome == null) {
          AutodiscoverException.NoEndpoint none = new AutodiscoverException.NoEndpoint(domain);
          failures.forEach(none::addSuppressed);
          throw none;
        }
        if (outcome.settings != null) {
          return outcome.settings;
        }
        String next = outcome.redirectAddr;
        redirect("address " + next);
        String nextDomain = domainOf(next);
        if (!nextDomain.equals(userDomain) && !consent.allow(userDomain, next)) {
          throw new AutodiscoverException.DomainChangeRefused(userDomain, next);
        }
        if (!tried.add("address:" + next.toLowerCase(Locale.ROOT))) {
          throw new AutodiscoverException.RedirectLoop(next);
        }
        email = next;
      }
    }

    private void redirect(String target) throws AutodiscoverException {
      if (redirects >= maxRedirects) {
        throw new AutodiscoverException.TooManyRedirects(maxRedirects, target);
      }
      redirects++;
    }

    /** A redirect URL checked: absolute https, no user info, the domain or consent, not seen. */
    private URI checkedTarget(String target) throws AutodiscoverException {
      URI uri;
      try {
        uri = new URI(target.strip());
      } catch (URISyntaxException e) {
        throw new AutodiscoverException.InsecureRedirect(target, "not a URL");
      }
      if (!"https".equalsIgnoreCase(uri.getScheme())) {
        throw new AutodiscoverException.InsecureRedirect(target, "only https URLs are followed");
      }
      if (uri.getRawUserInfo() != null || uri.getHost() == null) {
        throw new AutodiscoverException.InsecureRedirect(target, "a URL with user info or without a host");
      }
      if (!within(uri.getHost(), userDomain) && !consent.allow(userDomain, target)) {
        throw new AutodiscoverException.DomainChangeRefused(userDomain, target);
      }
      return uri;
    }

    /** POSTs the request, following redirectUrl and HTTP redirects; settings or a redirectAddr. */
    private Outcome post(URI first) throws AutodiscoverException {
      URI url = first;
      if (!"https".equalsIgnoreCase(url.getScheme())) {
        throw new AutodiscoverException.InsecureRedirect(url.toString(), "only https endpoints are used");
      }
      while (true) {
        if (!tried.add(url + "|" + email.toLowerCase(Locale.ROOT))) {
          throw new AutodiscoverException.RedirectLoop(url.toString());
        }
        HttpResponse<InputStream> response = send(url);
        int status = response.statusCode();
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
          String location = response.headers().firstValue("Location")
              .orElseThrow(() -> new AutodiscoverException.HttpFailure(first.toString(), "a redirect without a Location", null));
          close(response);
          redirect(location);
          url = checkedTarget(url.resolve(location).toString());
          continue;
        }
        byte[] body = body(url, response);
        if (status != 200) {
          throw new AutodiscoverException.HttpFailure(url.toString(), "HTTP status " + status, null);
        }
        ReadResult<AutodiscoverResponse> read;
        try {
          read = AutodiscoverXml.readAutodiscoverResponse(new ByteArrayInputStream(body));
        } catch (PoxReadException e) {
          throw new AutodiscoverException.InvalidResponse(url.toString(), e.getMessage(), e);
        }
        AutodiscoverResponse value = read.value();
        if (value.errorResponse().isPresent()) {
          ErrorType error = value.errorResponse().get().hasError() ? value.errorResponse().get().error() : null;
          throw new AutodiscoverException.ServerError(error != null && error.hasErrorCode() ? error.errorCode() : 0,
              error != null && error.hasMessage() ? error.message() : "(no message)");
        }
        Optional<OutlookResponse> outlook = value.outlookResponse();
        if (outlook.isEmpty() || !outlook.get().hasAccount()) {
          throw new AutodiscoverException.InvalidResponse(url.toString(), "no Outlook account in it", null);
        }
        Account account = outlook.get().account();
        if (account.error().isPresent()) {
          throw new AutodiscoverException.ServerError(account.error().get().hasErrorCode()
              ? account.error().get().errorCode() : 0,
              account.error().get().hasMessage() ? account.error().get().message() : "(no message)");
        }
        Action action = account.action().orElse(Action.SETTINGS);
        if (action == Action.REDIRECT_ADDR) {
          String addr = account.redirectAddr().orElseThrow(() -> new AutodiscoverException.InvalidResponse(
              first.toString(), "redirectAddr without a RedirectAddr", null)).strip();
          return Outcome.redirectAddr(addr);
        }
        if (action == Action.REDIRECT_URL) {
          String target = account.redirectUrl().or(account::redirectURL).orElseThrow(
              () -> new AutodiscoverException.InvalidResponse(first.toString(), "redirectUrl without a RedirectUrl", null));
          redirect(target);
          url = checkedTarget(target);
          continue;
        }
        return Outcome.settings(new Settings(email, url, value, read.findings(), redirects));
      }
    }

    private HttpResponse<InputStream> send(URI url) throws AutodiscoverException {
      String xml;
      try {
        xml = AutodiscoverRequests.xml(email);
      } catch (PoxWriteException e) {
        throw new AutodiscoverException.InvalidResponse(url.toString(), "the request cannot be written: " + e.getMessage(), e);
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(url)
          .timeout(requestTimeout)
          .header("Content-Type", "text/xml; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8));
      if (authorization != null && "https".equalsIgnoreCase(url.getScheme())) {
        request.header("Authorization", authorization);
      }
      return exchange(url, request.build());
    }

    private HttpResponse<InputStream> exchange(URI url, HttpRequest request) throws AutodiscoverException {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        throw new AutodiscoverException.Timeout(url.toString(), e);
      } catch (IOException e) {
        throw new AutodiscoverException.HttpFailure(url.toString(), "cannot connect: " + e, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AutodiscoverException.HttpFailure(url.toString(), "interrupted", e);
      }
    }

    private byte[] body(URI url, HttpResponse<InputStream> response) throws AutodiscoverException {
      long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > maxResponseBytes) {
        close(response);
        throw new AutodiscoverException.ResponseTooLarge(url.toString(), maxResponseBytes);
      }
      try (InputStream in = response.body()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) >= 0) {
          out.write(buf, 0, n);
          if (out.size() > maxResponseBytes) {
            throw new AutodiscoverException.ResponseTooLarge(url.toString(), maxResponseBytes);
          }
        }
        return out.toByteArray();
      } catch (HttpTimeoutException e) {
        throw new AutodiscoverException.Timeout(url.toString(), e);
      } catch (IOException e) {
        throw new AutodiscoverException.HttpFailure(url.toString(), "reading the answer failed: " + e, e);
      }
    }

    /** The unauthenticated GET over plain HTTP: only its 302 to an https URL is used. */
    private Optional<URI> unauthenticatedGet(String domain, List<AutodiscoverException> failures) {
      URI url = URI.create("http://autodiscover." + domain + "/autodiscover/autodiscover.xml");
      try {
        HttpResponse<InputStream> response = exchange(url, HttpRequest.newBuilder(url).timeout(requestTimeout).GET().build());
        close(response);
        if (response.statusCode() != 302 && response.statusCode() != 301) {
          return Optional.empty();
        }
        String location = response.headers().firstValue("Location").orElse("");
        redirect(location);
        return Optional.of(checkedTarget(location));
      } catch (AutodiscoverException e) {
        failures.add(e);
        return Optional.empty();
      }
    }

    private void close(HttpResponse<InputStream> response) {
      try {
        response.body().close();
      } catch (IOException e) {
        // nothing to keep from a body we do not read
      }
    }
  }

  /** What one endpoint gave: settings, or an address to start again with. */
  private record Outcome(Settings settings, String redirectAddr) {
    static Outcome settings(Settings s) {
      return new Outcome(s, null);
    }

    static Outcome redirectAddr(String addr) {
      return new Outcome(null, addr);
    }
  }

  /** Configures a client. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);
    private long maxResponseBytes = 1024 * 1024;
    private int maxRedirects = 10;
    private RedirectConsent consent = RedirectConsent.DENY;
    private List<URI> endpoints;
    private SSLContext sslContext;
    private String user;
    private char[] password;

    private Builder() {}

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = Objects.requireNonNull(d);
      return this;
    }

    public Builder requestTimeout(Duration d) {
      this.requestTimeout = Objects.requireNonNull(d);
      return this;
    }

    public Builder maxResponseBytes(long n) {
      this.maxResponseBytes = n;
      return this;
    }

    public Builder maxRedirects(int n) {
      this.maxRedirects = n;
      return this;
    }

    /** Who decides on redirects to another domain; denied by default. */
    public Builder consent(RedirectConsent c) {
      this.consent = Objects.requireNonNull(c);
      return this;
    }

    /** Uses these endpoints instead of the candidates derived from the address; no fallback. */
    public Builder endpoints(List<URI> uris) {
      this.endpoints = List.copyOf(uris);
      return this;
    }

    /** The TLS context, such as one trusting a test certificate. */
    public Builder sslContext(SSLContext context) {
      this.sslContext = Objects.requireNonNull(context);
      return this;
    }

    /** Basic credentials, sent only over https. */
    public Builder credentials(String user, char[] password) {
      this.user = Objects.requireNonNull(user);
      this.password = password.clone();
      return this;
    }

    public AutodiscoverClient build() {
      return new AutodiscoverClient(this);
    }
  }
}
