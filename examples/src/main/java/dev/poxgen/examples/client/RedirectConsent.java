package dev.poxgen.examples.client;

import java.net.IDN;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Whether Autodiscover may follow a redirect, and whether the credentials may go along. The client
 * asks before every redirect it would follow (a RedirectUrl, an HTTP 3xx, the unauthenticated
 * GET's redirect, an SRV record, a RedirectAddr to another domain), after checking the target and
 * before sending anything to its host. Credentials go after a redirect only on {@link
 * Decision#FOLLOW_WITH_CREDENTIALS}: never automatically, not even after a 3xx to the same host.
 *
 * <p>The default, {@link #WITHIN_DOMAIN}, follows redirects within the user's domain without
 * credentials and refuses every other: the 2021 Autodiscover leak came from clients that followed
 * answers off the user's domain with the password attached. The client pauses its deadline while
 * the callback runs, so a callback may ask a person.
 */
@FunctionalInterface
public interface RedirectConsent {
  /** What to do with a redirect. */
  enum Decision {
    /** Do not follow it: a redirect answer ends the discovery, an SRV record is skipped. */
    DENY,
    /** Follow it without credentials. */
    FOLLOW,
    /** Follow it and send the credentials to its host (over https; only this redirect). */
    FOLLOW_WITH_CREDENTIALS
  }

  /** Follows redirects within the user's domain without credentials; refuses the rest. */
  RedirectConsent WITHIN_DOMAIN = r -> r.withinUserDomain() ? Decision.FOLLOW : Decision.DENY;

  /** Refuses every redirect. */
  RedirectConsent DENY_ALL = r -> Decision.DENY;

  /**
   * Decides on one redirect. Returning null is taken as {@link Decision#DENY}.
   */
  Decision decide(Redirect redirect);

  /**
   * Follows redirects to these hosts with credentials (exact, case-insensitive names, an
   * internationalized one in either form) and leaves the others to {@code otherwise}. For a RedirectAddr
   * the host is the new address's domain.
   */
  static RedirectConsent trusting(Collection<String> hosts, RedirectConsent otherwise) {
    Objects.requireNonNull(otherwise, "otherwise");
    Set<String> trusted = new HashSet<>();
    for (String h : hosts) {
      String name = h.toLowerCase(Locale.ROOT);
      try {
        name = IDN.toASCII(name).toLowerCase(Locale.ROOT); // as Redirect.host() gives it
      } catch (IllegalArgumentException e) {
        // not a name IDN knows: kept as given, it matches nothing the client asks about
      }
      trusted.add(name);
    }
    return r -> trusted.contains(r.host()) ? Decision.FOLLOW_WITH_CREDENTIALS : otherwise.decide(r);
  }
}
