package dev.poxgen.examples.cli;

import dev.poxgen.Finding;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code poxgen show [--json] FILE}: the settings a client would use. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = {
        "Shows what a client needs from a document, with the schema's defaults applied: one line per",
        "protocol (protocol type=SMTP server=... port=587 ssl=on spa=off authRequired=on smtpLast=off),",
        "redirect (redirect addr=... / redirect url=...) or error (error code=600 message=\"...\").",
        "Reads leniently; findings go to standard error. Exit status: 0, or 2 when a file cannot be read."})
final class ShowCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print a JSON array of the entries instead (one FILE only).")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    if (json && files.size() > 1) {
      spec.commandLine().getErr().println("poxgen show: --json takes one FILE");
      return 2;
    }
    int status = 0;
    for (String file : files) {
      if (files.size() > 1) {
        spec.commandLine().getOut().println("== " + file);
      }
      status = Math.max(status, show(file));
    }
    return status;
  }

  private int show(String file) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String label = Documents.label(file);
    try {
      ReadResult<Object> r = Documents.read(file, ReadOptions.lenient());
      for (Finding f : r.findings()) {
        err.println(Documents.findingLine(label, f));
      }
      List<SettingsView.Entry> entries = SettingsView.of(r.value());
      if (json) {
        out.println(SettingsView.json(entries));
      } else {
        entries.forEach(e -> out.println(SettingsView.text(e)));
      }
      return 0;
    } catch (PoxReadException e) {
      err.println(Documents.fatalLine(label, e));
      return 2;
    }
  }
}
