package dev.poxgen.examples.cli;

import dev.poxgen.Finding;
import dev.poxgen.ReadOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code poxgen show [--json] FILE...}: the settings a client would use. */
@Command(name = "show", mixinStandardHelpOptions = true,
    header = "Shows the settings a client would use from each document, with the schema's defaults applied.",
    description = {
        "One line per protocol (protocol type=SMTP server=... port=587 ssl=on spa=off authRequired=on"
            + " smtpLast=off), redirect (redirect addr=... or redirect url=...), error (error code=600"
            + " message=\"...\") or user; with several FILEs, each file's lines come after a line == FILE.",
        "A value the document gives that is not valid is shown as invalid, with what the document said,"
            + " never as the default: smtpLast=yes (invalid: not one of on, On, off, Off).",
        "Reads leniently; findings and fatal lines go to standard error as validate prints them.",
        "With --json, standard output has one JSON object per FILE, each on one line (JSON Lines):",
        "  {\"file\": \"a.xml\", \"valid\": false,",
        "   \"fatal\": null or {\"line\": 1, \"column\": 1, \"message\": \"...\"},",
        "   \"findings\": [{\"severity\": \"error\", \"code\": \"range\", \"line\": 18,",
        "                 \"column\": 23, \"path\": \"/Autodiscover/...\", \"message\": \"...\"}],",
        "   \"entries\": [{\"kind\": \"protocol\", \"port\": 587, \"ssl\": \"on\", ...}]}",
        "where a value that is not valid is {\"invalid\": \"yes\", \"reason\": \"...\"}; nothing goes to"
            + " standard error.",
        "Every FILE is read, whatever happens to the others.",
        "Exit status, as validate: 0 when no file has an error, 1 when one has, 2 when one cannot be"
            + " read (or the command line is wrong)."})
final class ShowCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per FILE, one per line, findings included.")
  boolean json;

  @Mixin LimitOptions limits;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    ReadOptions options = ReadOptions.lenient().withLimits(limits.limits());
    int status = 0;
    for (String file : files) {
      Documents.Outcome o = Documents.read(file, options);
      if (json) {
        spec.commandLine().getOut().println(Json.write(json(o)));
      } else {
        text(o);
      }
      status = Math.max(status, o.status());
    }
    return status;
  }

  private void text(Documents.Outcome o) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (files.size() > 1) {
      out.println("== " + o.label());
    }
    if (o.fatal() != null) {
      err.println(Documents.fatalLine(o));
      return;
    }
    for (Finding f : o.result().findings()) {
      err.println(Documents.findingLine(o.label(), f));
    }
    SettingsView.of(o.result().value()).forEach(e -> out.println(SettingsView.text(e)));
  }

  /** The JSON object of one FILE; every key always present, in this order. */
  private static Map<String, Object> json(Documents.Outcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", o.label());
    m.put("valid", o.status() == 0);
    if (o.fatal() != null) {
      Map<String, Object> fatal = new LinkedHashMap<>();
      fatal.put("line", o.fatal().line());
      fatal.put("column", o.fatal().column());
      fatal.put("message", o.fatal().message());
      m.put("fatal", fatal);
    } else {
      m.put("fatal", null);
    }
    List<Object> findings = new ArrayList<>();
    List<Object> entries = new ArrayList<>();
    if (o.result() != null) {
      for (Finding f : o.result().findings()) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("severity", f.severity().label());
        finding.put("code", f.code().id());
        finding.put("line", f.line());
        finding.put("column", f.column());
        finding.put("path", f.path());
        finding.put("message", f.message());
        findings.add(finding);
      }
      SettingsView.of(o.result().value()).forEach(e -> entries.add(SettingsView.json(e)));
    }
    m.put("findings", findings);
    m.put("entries", entries);
    return m;
  }
}
