package dev.poxgen.examples.client;

import java.time.Duration;
import java.util.List;

/**
 * Autodiscover did not give settings. Each reason is its own subclass, so callers can tell a
 * server's refusal from a bad answer from a policy stop from a network failure.
 *
 * <ul>
 *   <li>the server said no: {@link ServerError};
 *   <li>the answer is unusable: {@link InvalidResponse}, {@link ResponseTooLarge}, {@link
 *       MalformedRedirect};
 *   <li>a rule stopped it: {@link TooManyRedirects}, {@link RedirectLoop}, {@link
 *       InsecureRedirect}, {@link RedirectRefused};
 *   <li>the network failed: {@link Timeout}, {@link HttpFailure}, {@link DnsFailure};
 *   <li>nothing answered at all: {@link NoEndpoint}, with what each endpoint did suppressed on it.
 * </ul>
 */
public abstract sealed class AutodiscoverException extends Exception
    permits AutodiscoverException.ServerError, AutodiscoverException.TooManyRedirects,
        AutodiscoverException.RedirectLoop, AutodiscoverException.InsecureRedirect,
        AutodiscoverException.MalformedRedirect, AutodiscoverException.RedirectRefused,
        AutodiscoverException.Timeout, AutodiscoverException.ResponseTooLarge,
        AutodiscoverException.InvalidResponse, AutodiscoverException.HttpFailure,
        AutodiscoverException.DnsFailure, AutodiscoverException.NoEndpoint {
  private static final long serialVersionUID = 1L;

  AutodiscoverException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The server answered with an Autodiscover error (such as 600 Invalid Request). */
  public static final class ServerError extends AutodiscoverException {
    private static final long serialVersionUID = 1L;
    private final int code;

    ServerError(int code, String message) {
      super("the Autodiscover server answered with error " + code + ": " + message, null);
      this.code = code;
    }

    /** The {@code ErrorCode}, or 0 when the answer had none. */
    public int code() {
      return code;
    }
  }

  /** More redirects (addresses, URLs, HTTP redirects and SRV records together) than allowed. */
  public static final class TooManyRedirects extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    TooManyRedirects(int max, String next) {
      super("more than " + max + " redirects; refused the next, to " + next, null);
    }
  }

  /** A redirect back to an endpoint and address already tried, or to the address itself. */
  public static final class RedirectLoop extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    RedirectLoop(String target) {
      super("redirect loop: " + target + " was already tried", null);
    }
  }

  /**
   * A redirect or endpoint that is well formed but not safe to use: not https, with user info, or
   * (for an SRV record) a port other than 443.
   */
  public static final class InsecureRedirect extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    InsecureRedirect(String target, String why) {
      super("refused the redirect to " + target + ": " + why, null);
    }
  }

  /**
   * A redirect target that is not well formed: a {@code RedirectAddr} that is not an e-mail
   * address ({@code nobody}, {@code ada@exa mple.com}, two {@code @}, a trailing dot, too long), a
   * {@code RedirectUrl} or {@code Location} that is not an absolute URL with a host, an SRV target
   * that is not a host name. Decided before the caller's consent is asked.
   */
  public static final class MalformedRedirect extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    MalformedRedirect(String what, String target, String why, Throwable cause) {
      super("the server's " + what + " \"" + printable(target) + "\" is not usable: " + why, cause);
    }
  }

  /** A redirect the caller's {@link RedirectConsent} did not allow. */
  public static final class RedirectRefused extends AutodiscoverException {
    private static final long serialVersionUID = 1L;
    private final transient Redirect redirect;

    RedirectRefused(Redirect redirect) {
      super("refused " + redirect.describe() + ": the caller did not allow it"
          + (redirect.withinUserDomain() ? "" : " (a change of domain needs the caller's consent)"), null);
      this.redirect = redirect;
    }

    /** The redirect that was refused. */
    public Redirect redirect() {
      return redirect;
    }
  }

  /**
   * A deadline ran out: one exchange's (from sending the request to the last byte of the answer,
   * or one DNS lookup), or the whole discovery's.
   */
  public static final class Timeout extends AutodiscoverException {
    private static final long serialVersionUID = 1L;
    private final boolean wholeDiscovery;

    Timeout(String where, Duration limit, boolean wholeDiscovery, Throwable cause) {
      super(wholeDiscovery
          ? "the discovery ran out of its deadline of " + seconds(limit) + " at " + where
          : "no complete answer in time from " + where + " (the limit is " + seconds(limit) + ")", cause);
      this.wholeDiscovery = wholeDiscovery;
    }

    /** Whether it was the deadline of the whole discovery, rather than of one exchange. */
    public boolean wholeDiscovery() {
      return wholeDiscovery;
    }
  }

  /** The answer was larger than the limit. */
  public static final class ResponseTooLarge extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    ResponseTooLarge(String url, long limit) {
      super("the answer from " + url + " is larger than " + limit + " bytes", null);
    }
  }

  /**
   * The answer is not an Autodiscover response the client can act on: not XML, not POX, a
   * Content-Type that is not text, no account, an {@code Action} missing beside a redirect, unknown
   * or given twice, a redirect element given twice.
   */
  public static final class InvalidResponse extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    InvalidResponse(String url, String why, Throwable cause) {
      super("the answer from " + url + " is not a usable Autodiscover response: " + why, cause);
    }
  }

  /** An HTTP status other than 200 or a redirect, or a connection or TLS failure. */
  public static final class HttpFailure extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    HttpFailure(String url, String why, Throwable cause) {
      super(url + ": " + why, cause);
    }
  }

  /** The DNS SRV lookup failed (not: found nothing, which is not a failure). */
  public static final class DnsFailure extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    DnsFailure(String name, String why, Throwable cause) {
      super("the DNS SRV lookup of " + name + " failed: " + why, cause);
    }
  }

  /** No endpoint gave an answer; what each one did is suppressed on this one, in order. */
  public static final class NoEndpoint extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    NoEndpoint(String domain, String note, List<AutodiscoverException> failures) {
      super("no Autodiscover endpoint for " + domain + " answered" + note, null);
      for (AutodiscoverException f : failures) {
        addSuppressed(f);
      }
    }
  }

  static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  /** The text with controls escaped and cut to a readable length, for a message. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 120; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c)) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return s.length() > 120 ? b + "... (" + s.length() + " characters)" : b.toString();
  }
}
