package dev.poxgen.examples.cli;

import dev.poxgen.PoxWriteException;
import dev.poxgen.examples.client.AutodiscoverRequests;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code poxgen request EMAIL}: the request document a client POSTs. */
@Command(name = "request", mixinStandardHelpOptions = true,
    description = "Writes the POX Autodiscover request for an e-mail address, as Outlook sends it.")
final class RequestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "EMAIL", description = "The address to discover settings for.")
  String email;

  @Override
  public Integer call() throws PoxWriteException {
    try {
      spec.commandLine().getOut().print(AutodiscoverRequests.xml(email));
      return 0;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("poxgen request: " + e.getMessage());
      return 2;
    }
  }
}
