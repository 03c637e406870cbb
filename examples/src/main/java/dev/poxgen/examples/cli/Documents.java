package dev.poxgen.examples.cli;

import dev.poxgen.Finding;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverDocument;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What {@code validate} and {@code show} share: a FILE argument read, whatever is wrong with it,
 * and the lines that report on it. Reading never throws, so one bad file never stops a batch.
 */
final class Documents {
  private Documents() {}

  /** Why a FILE could not be read: where (1:1 when it is the file as a whole) and what, in words. */
  record Fatal(int line, int column, String message) {}

  /**
   * What reading one FILE gave: its result, or why it could not be read.
   *
   * @param label the name it is reported under
   * @param result the result, or null when it could not be read
   * @param fatal why it could not be read, or null
   */
  record Outcome(String label, ReadResult<AutodiscoverDocument> result, Fatal fatal) {
    /** The exit status this file alone gives: 0 no error, 1 an error finding, 2 unreadable. */
    int status() {
      return fatal != null ? 2 : result.hasErrors() ? 1 : 0;
    }
  }

  /** The name a FILE argument is reported under: {@code -} is standard input. */
  static String label(String file) {
    return file.equals("-") ? "<stdin>" : file;
  }

  /** Reads a FILE argument, {@code -} from standard input. Never throws: a failure is the outcome's fatal. */
  static Outcome read(String file, ReadOptions options) {
    String label = label(file);
    try {
      if (file.equals("-")) {
        return new Outcome(label, AutodiscoverXml.read(XmlInput.of(Main.StandardInput.get()), options), null);
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        return fatal(label, "this is a directory, not a file; name the documents in it");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new Outcome(label, AutodiscoverXml.read(XmlInput.of(in), options), null);
      }
    } catch (PoxReadException e) {
      return new Outcome(label, null, new Fatal(Math.max(e.line(), 1), Math.max(e.column(), 1), words(e)));
    } catch (NoSuchFileException e) {
      return fatal(label, "no such file");
    } catch (AccessDeniedException e) {
      return fatal(label, "permission denied: this user may not read the file");
    } catch (FileSystemException e) {
      return fatal(label, "the file cannot be opened: " + (e.getReason() == null ? "the system gave no reason" : e.getReason()));
    } catch (IOException e) {
      return fatal(label, "reading the file failed: " + reason(e));
    } catch (InvalidPathException e) {
      return fatal(label, "not a file name this system allows: " + e.getReason());
    } catch (RuntimeException e) {
      return fatal(label, "poxgen failed on this document, which is a bug in poxgen; please report it with the"
          + " document (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }

  private static Outcome fatal(String label, String message) {
    return new Outcome(label, null, new Fatal(1, 1, message));
  }

  /**
   * What was wrong, in the command line's words: a limit names the option that raises it (the
   * library's message names {@code Limits.with...}, which a user of the command cannot call), an
   * input that failed says how, and anything else is the library's own plain message.
   */
  static String words(PoxReadException e) {
    if (e.kind() == PoxReadException.Kind.LIMIT && e.limit().isPresent()) {
      return LimitOptions.explain(e.limit().get(), e.limitValue());
    }
    if (e.kind() == PoxReadException.Kind.IO) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof IOException io && !(t instanceof PoxReadException)) {
          return "reading the file failed: " + reason(io);
        }
      }
    }
    return e.reason();
  }

  private static String reason(IOException e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? "the system gave no reason" : e.getMessage();
  }

  /** {@code FILE:LINE:COL: error: PATH: MESSAGE [CODE]}, as compilers print. */
  static String findingLine(String label, Finding f) {
    return label + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + ": " + f.path() + ": "
        + f.message() + " [" + f.code().id() + "]";
  }

  /** {@code FILE:LINE:COL: fatal: MESSAGE}, for a document that cannot be read. */
  static String fatalLine(Outcome o) {
    return o.label() + ":" + o.fatal().line() + ":" + o.fatal().column() + ": fatal: " + o.fatal().message();
  }
}
