package dev.poxgen.examples.client;

/**
 * Whether Autodiscover may follow a redirect to another domain than the user's. The default
 * denies: the 2021 Autodiscover leak came from clients that followed answers off the user's domain.
 */
@FunctionalInterface
public interface RedirectConsent {
  /** Denies every change of domain. */
  RedirectConsent DENY = (from, to) -> false;

  /**
   * @param fromDomain the user's domain
   * @param target the redirect's target: a URL, or an e-mail address for redirectAddr
   */
  boolean allow(String fromDomain, String target);
}
