package dev.poxgen.examples.cli;

import dev.poxgen.Finding;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.nio.file.Path;

/** What {@code validate} and {@code show} share: a FILE argument read, and the lines that report on it. */
final class Documents {
  private Documents() {}

  /** The name a FILE argument is reported under: {@code -} is standard input. */
  static String label(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }

  /** Reads a FILE argument, {@code -} from standard input. */
  static ReadResult<Object> read(String file, ReadOptions options) throws PoxReadException {
    return file.equals("-")
        ? AutodiscoverXml.read(Main.StandardInput.get(), options)
        : AutodiscoverXml.read(Path.of(file), options);
  }

  /** {@code FILE:LINE:COL: error: PATH: MESSAGE [CODE]}, as compilers print. */
  static String findingLine(String label, Finding f) {
    return label + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + ": " + f.path() + ": "
        + f.message() + " [" + f.code().id() + "]";
  }

  /** {@code FILE:LINE:COL: fatal: MESSAGE}, for a document that cannot be read. */
  static String fatalLine(String label, PoxReadException e) {
    String m = e.getMessage();
    String prefix = e.line() + ":" + e.column() + ": ";
    String message = m.startsWith(prefix) ? m.substring(prefix.length()) : m; // the line already says where
    return label + ":" + Math.max(e.line(), 1) + ":" + Math.max(e.column(), 1) + ": fatal: " + message;
  }
}
