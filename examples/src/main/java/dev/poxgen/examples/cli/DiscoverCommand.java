package dev.poxgen.examples.cli;

import dev.poxgen.examples.client.AutodiscoverClient;
import dev.poxgen.examples.client.AutodiscoverException;
import dev.poxgen.examples.client.Redirect;
import dev.poxgen.examples.client.RedirectConsent;
import dev.poxgen.examples.client.Settings;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code poxgen discover EMAIL}: runs POX Autodiscover and shows what it found. Its help states
 * what the client guarantees; the README's client section repeats it word for word, and a test
 * holds the two together.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
    header = "Runs POX Autodiscover for EMAIL and prints the settings a client would use.",
    description = {
        "Runs POX Autodiscover for EMAIL and prints the settings as show does. It tries",
        "https://DOMAIN/autodiscover/autodiscover.xml, https://autodiscover.DOMAIN/...,",
        "the redirect of the plain-http GET of http://autodiscover.DOMAIN/..., then the",
        "DNS SRV record _autodiscover._tcp.DOMAIN; --endpoint replaces all of these.",
        "It guarantees:",
        " - at most 10 redirects in all; a repeat is a loop; https only, no user info;",
        " - a redirect out of EMAIL's domain is followed only to a --trust host or with",
        "   --allow-domain-change; each redirect followed or refused is printed;",
        " - the credentials (--user) go to the endpoints it starts from, and after a",
        "   redirect (an HTTP 3xx too) only to a --trust host;",
        " - SRV records are used only for port 443, in priority and weight order;",
        " - each exchange, body included, ends within --timeout, the whole run within",
        "   --deadline;",
        " - answers over 1 MiB, not XML or text, not Autodiscover, or with an Action",
        "   that is unknown, repeated or missing beside a redirect are refused; so is a",
        "   malformed RedirectAddr or RedirectUrl, before anything is sent there.",
        "It leaves to you which hosts to --trust, and the certificates (the JDK's trust",
        "store checks them and their host names).",
        "Exit status: 0 with settings; 1 when the discovery ran and gave none (why, on",
        "standard error); 2 when it could not run (a malformed EMAIL or option)."})
final class DiscoverCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "EMAIL", description = "The address to discover settings for.")
  String email;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Ask this https endpoint instead (repeatable: in order).")
  List<URI> endpoints;

  @Option(names = "--trust", paramLabel = "HOST",
      description = "Follow redirects to HOST and send it the credentials (repeatable).")
  List<String> trusted = new ArrayList<>();

  @Option(names = "--allow-domain-change",
      description = "Follow redirects to other domains too, without the credentials.")
  boolean allowDomainChange;

  @Option(names = "--user", paramLabel = "NAME", description = "A user name for Basic authentication, sent over https only.")
  String user;

  @Option(names = "--password-env", paramLabel = "VAR", description = "The environment variable holding the password.")
  String passwordEnv;

  private int timeoutSeconds = 10;
  private int deadlineSeconds = 60;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Per exchange, body included (default: ${DEFAULT-VALUE}).")
  void timeout(int seconds) {
    timeoutSeconds = positive(seconds, "--timeout");
  }

  @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "60",
      description = "For the whole discovery (default: ${DEFAULT-VALUE}).")
  void deadline(int seconds) {
    deadlineSeconds = positive(seconds, "--deadline");
  }

  @Option(names = "--dns-server", paramLabel = "HOST[:PORT]",
      description = "The DNS server for the SRV lookup (default: the system's).")
  String dnsServer;

  @Option(names = "--no-srv", description = "Do not look up the DNS SRV record.")
  boolean noSrv;

  private int positive(int seconds, String option) {
    if (seconds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), option + " must be at least 1 second: " + seconds);
    }
    return seconds;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AutodiscoverClient client;
    try {
      AutodiscoverClient.Builder b = AutodiscoverClient.builder()
          .requestTimeout(Duration.ofSeconds(timeoutSeconds))
          .deadline(Duration.ofSeconds(deadlineSeconds))
          .consent(printing(err, RedirectConsent.trusting(trusted, allowDomainChange
              ? r -> RedirectConsent.Decision.FOLLOW : RedirectConsent.WITHIN_DOMAIN)))
          .srvLookup(!noSrv)
          .dnsServer(dnsServer);
      if (endpoints != null && !endpoints.isEmpty()) {
        b.endpoints(endpoints);
      }
      if (user != null) {
        String password = passwordEnv == null ? "" : System.getenv(passwordEnv);
        b.credentials(user, (password == null ? "" : password).toCharArray());
      }
      client = b.build();
    } catch (IllegalArgumentException e) {
      err.println("poxgen discover: " + e.getMessage());
      return 2;
    }
    try {
      Settings s = client.discover(email);
      err.println("poxgen discover: settings for " + s.emailAddress() + " from " + s.endpoint()
          + " after " + s.redirects() + " redirect(s)");
      SettingsView.of(s.response()).forEach(e -> out.println(SettingsView.text(e)));
      return 0;
    } catch (AutodiscoverException e) {
      err.println("poxgen discover: " + e.getMessage());
      for (Throwable t : e.getSuppressed()) {
        err.println("  " + t.getMessage());
      }
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("poxgen discover: " + e.getMessage());
      return 2;
    }
  }

  /** The policy, saying on standard error what it decides about each redirect and which host. */
  private static RedirectConsent printing(PrintWriter err, RedirectConsent policy) {
    return r -> {
      RedirectConsent.Decision d = policy.decide(r);
      if (d == null || d == RedirectConsent.Decision.DENY) {
        err.println("poxgen discover: not following " + r.describe()
            + (r.withinUserDomain() ? "" : "; --trust " + r.host() + " or --allow-domain-change would follow it"));
      } else {
        err.println("poxgen discover: following " + r.describe() + ", " + credentials(r, d));
      }
      return d;
    };
  }

  private static String credentials(Redirect r, RedirectConsent.Decision d) {
    if (!r.credentials()) {
      return "no credentials given";
    }
    return d == RedirectConsent.Decision.FOLLOW_WITH_CREDENTIALS
        ? "with the credentials (--trust " + r.host() + ")"
        : "without the credentials (--trust " + r.host() + " would send them)";
  }
}
