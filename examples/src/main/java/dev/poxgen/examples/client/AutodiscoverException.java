package dev.poxgen.examples.client;

/**
 * Autodiscover did not give settings. Each reason is its own subclass, so callers can tell a
 * server's refusal from a policy stop from a network failure.
 */
public abstract sealed class AutodiscoverException extends Exception
    permits AutodiscoverException.ServerError, AutodiscoverException.TooManyRedirects,
        AutodiscoverException.RedirectLoop, AutodiscoverException.InsecureRedirect,
        AutodiscoverException.DomainChangeRefused, AutodiscoverException.Timeout,
        AutodiscoverException.ResponseTooLarge, AutodiscoverException.InvalidResponse,
        AutodiscoverException.HttpFailure, AutodiscoverException.NoEndpoint {
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

    public int code() {
      return code;
    }
  }

  /** More redirects (addresses, URLs and HTTP redirects together) than allowed. */
  public static final class TooManyRedirects extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    TooManyRedirects(int max, String next) {
      super("more than " + max + " redirects; refused the next, to " + next, null);
    }
  }

  /** A redirect back to an endpoint and address already tried. */
  public static final class RedirectLoop extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    RedirectLoop(String target) {
      super("redirect loop: " + target + " was already tried", null);
    }
  }

  /** A redirect to something other than an absolute https URL without user info. */
  public static final class InsecureRedirect extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    InsecureRedirect(String target, String why) {
      super("refused the redirect to " + target + ": " + why, null);
    }
  }

  /** A redirect to another domain that the caller did not consent to. */
  public static final class DomainChangeRefused extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    DomainChangeRefused(String from, String to) {
      super("refused the redirect from the domain " + from + " to " + to
          + ": a change of domain needs the caller's consent", null);
    }
  }

  /** The server did not answer in time. */
  public static final class Timeout extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    Timeout(String url, Throwable cause) {
      super("no answer in time from " + url, cause);
    }
  }

  /** The answer was larger than the limit. */
  public static final class ResponseTooLarge extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    ResponseTooLarge(String url, long limit) {
      super("the answer from " + url + " is larger than " + limit + " bytes", null);
    }
  }

  /** The answer is not an Autodiscover response poxgen can read. */
  public static final class InvalidResponse extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    InvalidResponse(String url, String why, Throwable cause) {
      super("the answer from " + url + " is not a usable Autodiscover response: " + why, cause);
    }
  }

  /** An HTTP status or a connection failure. */
  public static final class HttpFailure extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    HttpFailure(String url, String why, Throwable cause) {
      super(url + ": " + why, cause);
    }
  }

  /** No candidate endpoint gave an answer; each failure is suppressed on this one. */
  public static final class NoEndpoint extends AutodiscoverException {
    private static final long serialVersionUID = 1L;

    NoEndpoint(String domain) {
      super("no Autodiscover endpoint for " + domain + " answered", null);
    }
  }
}
