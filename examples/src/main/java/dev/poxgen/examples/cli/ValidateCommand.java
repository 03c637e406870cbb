package dev.poxgen.examples.cli;

import dev.poxgen.Finding;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.io.PrintWriter;
import java.nio.file.Path;
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
      String label = file.equals("-") ? "<stdin>" : file;
      try {
        ReadResult<Object> r = file.equals("-")
            ? AutodiscoverXml.read(Main.StandardInput.get(), options)
            : AutodiscoverXml.read(Path.of(file), options);
        for (Finding f : r.findings()) {
          out.println(line(label, f));
        }
        if (r.hasErrors()) {
          status = Math.max(status, 1);
        }
      } catch (PoxReadException e) {
        out.println(label + ":" + Math.max(e.line(), 1) + ":" + Math.max(e.column(), 1) + ": fatal: " + message(e));
        status = 2;
      }
    }
    return status;
  }

  static String line(String file, Finding f) {
    return file + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + ": " + f.path() + ": "
        + f.message() + " [" + f.code().id() + "]";
  }

  /** The exception's message without the line:column it starts with, which the line already has. */
  static String message(PoxReadException e) {
    String m = e.getMessage();
    String prefix = e.line() + ":" + e.column() + ": ";
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }
}
