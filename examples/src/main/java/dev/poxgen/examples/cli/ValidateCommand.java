package dev.poxgen.examples.cli;

import dev.poxgen.Finding;
import dev.poxgen.ReadOptions;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code poxgen validate [--strict] FILE...}: findings in the shape compilers print. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Checks documents against the schema and prints one line per finding.",
    description = {
        "Prints one line per finding, in the shape compilers print:",
        "  FILE:LINE:COL: error: PATH: MESSAGE [CODE]",
        "(or warning:), and one line for a FILE that cannot be read as a document at all (not XML, a"
            + " DOCTYPE, a limit exceeded, no such file, a directory):",
        "  FILE:LINE:COL: fatal: MESSAGE",
        "Every FILE is read, whatever happens to the others.",
        "Exit status: 0 when no file has an error, 1 when one has, 2 when one cannot be read (or the"
            + " command line is wrong)."})
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--strict", description = "Read strictly: every deviation lenient reading accepts is an error.")
  boolean strict;

  @Mixin LimitOptions limits;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to check; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReadOptions options = (strict ? ReadOptions.strict() : ReadOptions.lenient()).withLimits(limits.limits());
    int status = 0;
    for (String file : files) {
      Documents.Outcome o = Documents.read(file, options);
      if (o.fatal() != null) {
        out.println(Documents.fatalLine(o));
      } else {
        for (Finding f : o.result().findings()) {
          out.println(Documents.findingLine(o.label(), f));
        }
      }
      status = Math.max(status, o.status());
    }
    return status;
  }
}
