package dev.poxgen.examples.client;

import java.util.Objects;

/**
 * A redirect the client would follow, put to the caller's {@link RedirectConsent} before anything
 * is sent to its host. The client asks only after the target is known to be well formed, https,
 * without user info, not a loop and within the redirect limit.
 *
 * @param kind what the redirect came from
 * @param from where it came from: the URL that answered, or the DNS name of the SRV record
 * @param target where it leads: the https URL the client would POST to next, or for {@link
 *     Kind#REDIRECT_ADDR} the e-mail address it would start again with
 * @param host the host the next request goes to, in lower-case ASCII ({@code xn--} for an
 *     internationalized name); for {@link Kind#REDIRECT_ADDR} the new address's domain, whose
 *     endpoints {@code https://DOMAIN/...} and {@code https://autodiscover.DOMAIN/...} come next
 *     (or, when the caller named the endpoints, the same endpoints with the new address)
 * @param userDomain the domain of the address the discovery started with
 * @param withinUserDomain whether the host is the user's domain or one of its subdomains (a
 *     look-alike such as {@code example.com.evil.test}, a trailing dot or an IP address is not)
 * @param credentials whether the client holds credentials, which go to the host only if the
 *     answer is {@link RedirectConsent.Decision#FOLLOW_WITH_CREDENTIALS}
 */
public record Redirect(Kind kind, String from, String target, String host, String userDomain,
    boolean withinUserDomain, boolean credentials) {
  public Redirect {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(userDomain, "userDomain");
  }

  /** What a redirect came from. */
  public enum Kind {
    /** An answer with {@code Action} {@code redirectUrl}. */
    REDIRECT_URL("a RedirectUrl"),
    /** An answer with {@code Action} {@code redirectAddr}, to an address in another domain. */
    REDIRECT_ADDR("a RedirectAddr"),
    /** An HTTP 301, 302, 303, 307 or 308 to a POST. */
    HTTP_REDIRECT("an HTTP redirect"),
    /** The HTTP 301 or 302 answering the unauthenticated GET over plain http. */
    UNAUTHENTICATED_GET("the unauthenticated GET's redirect"),
    /** A DNS SRV record {@code _autodiscover._tcp.DOMAIN}. */
    SRV_RECORD("a DNS SRV record");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** How messages name it: "an HTTP redirect". */
    public String description() {
      return description;
    }
  }

  /** "an HTTP redirect to https://x/ (host x, outside example.com)", for messages. */
  public String describe() {
    return kind.description() + " to " + target + " (host " + host + ", "
        + (withinUserDomain ? "in " : "outside ") + userDomain + ")";
  }
}
