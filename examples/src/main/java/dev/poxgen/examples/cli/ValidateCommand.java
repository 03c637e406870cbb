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

/** {@code poxgen validate [--strict] FILE...}: findings in the shape compilers print. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Checks POX Autodiscover documents against the schema and prints one line per finding:",
        "  FILE:LINE:COL: error: PATH: MESSAGE [CODE]",
        "A document that cannot be read as XML gives one line FILE:LINE:COL: fatal: MESSAGE.",
        "Exit status: 0 when no file has an error, 1 when one has, 2 when one cannot be read."})
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--strict", description = "Read strictly: every deviation lenient reading accepts is an error.")
  boolean strict;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReadOptions options = strict ? ReadOptions.strict() : ReadOptions.lenient();
    int status = 0;
    for (String file : files) {
      String label = Documents.label(file);
      try {
        ReadResult<Object> r = Documents.read(file, options);
        for (Finding f : r.findings()) {
          out.println(Documents.findingLine(label, f));
        }
        if (r.hasErrors()) {
          status = Math.max(status, 1);
        }
      } catch (PoxReadException e) {
        out.println(Documents.fatalLine(label, e));
        status = 2;
      }
    }
    return status;
  }
}
