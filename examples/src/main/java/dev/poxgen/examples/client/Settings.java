package dev.poxgen.examples.client;

import dev.poxgen.Finding;
import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.OutlookResponse;
import java.net.URI;
import java.util.List;

/**
 * The settings Autodiscover found.
 *
 * @param emailAddress the address the settings are for, after any redirectAddr
 * @param endpoint the URL that answered with them
 * @param response the whole typed response
 * @param findings what lenient reading noticed in it
 * @param redirects how many redirects it took
 */
public record Settings(String emailAddress, URI endpoint, AutodiscoverResponse response, List<Finding> findings,
    int redirects) {
  public Settings {
    findings = List.copyOf(findings);
  }

  /** The account settings: protocols and all. */
  public Account account() {
    return response.outlookResponse().flatMap(OutlookResponse::account).orElseThrow();
  }
}
