package dev.poxgen.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar poxgen.jar}: the entry, and the command's help and version. */
@Command(
    name = "poxgen",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads, checks and writes POX Autodiscover documents with code poxgen generated.",
    footer = "Run poxgen help COMMAND (or poxgen COMMAND --help) for what a command does and its options.",
    subcommands = {ValidateCommand.class, ShowCommand.class, RequestCommand.class, DiscoverCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.in));
  }

  /** Runs the command line with these streams; returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
    CommandLine line = new CommandLine(new Main());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println("poxgen: " + e.getMessage());
      return 2;
    });
    StandardInput.set(in);
    try {
      return line.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"poxgen " + p.getProperty("version", "(unknown version)")};
    }
  }

  /** Standard input, replaceable for tests. */
  static final class StandardInput {
    private static volatile InputStream in = System.in;

    private StandardInput() {}

    static void set(InputStream stream) {
      in = stream;
    }

    static InputStream get() {
      return in;
    }
  }
}
