package dev.poxgen.examples.cli;

import dev.poxgen.examples.client.AutodiscoverClient;
import dev.poxgen.examples.client.AutodiscoverException;
import dev.poxgen.examples.client.Settings;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code poxgen discover EMAIL}: runs POX Autodiscover and shows what it found. */
@Command(name = "discover", mixinStandardHelpOptions = true,
    description = {
        "Runs POX Autodiscover for an address over HTTPS and shows the settings as show does.",
        "Follows at most 10 redirects, only to https URLs, and never to another domain unless",
        "--allow-domain-change is given. Exit status: 0 with settings, 1 otherwise."})
final class DiscoverCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "EMAIL", description = "The address to discover settings for.")
  String email;

  @Option(names = "--endpoint", paramLabel = "URL",
      description = "Ask this https endpoint instead of the ones derived from the address.")
  List<URI> endpoints;

  @Option(names = "--allow-domain-change", description = "Follow redirects to other domains (off by default).")
  boolean allowDomainChange;

  @Option(names = "--user", description = "A user name for Basic authentication, sent over https only.")
  String user;

  @Option(names = "--password-env", paramLabel = "VAR", description = "The environment variable holding the password.")
  String passwordEnv;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Per request (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AutodiscoverClient.Builder b = AutodiscoverClient.builder()
        .requestTimeout(Duration.ofSeconds(timeoutSeconds))
        .consent((from, to) -> allowDomainChange);
    if (endpoints != null && !endpoints.isEmpty()) {
      b.endpoints(endpoints);
    }
    if (user != null) {
      String password = passwordEnv == null ? "" : System.getenv(passwordEnv);
      b.credentials(user, (password == null ? "" : password).toCharArray());
    }
    try {
      Settings s = b.build().discover(email);
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
}
