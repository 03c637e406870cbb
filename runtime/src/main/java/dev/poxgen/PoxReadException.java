package dev.poxgen;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A document that could not be read at all: not well-formed XML, a DOCTYPE, a limit exceeded, an
 * encoding error, an input that failed. The message says what and where (line:column); the cause,
 * if any, is kept. Schema violations are not exceptions but {@link Finding}s.
 */
public final class PoxReadException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why the document could not be read. */
  public enum Kind {
    /** Not well-formed XML (including an empty document and text before the declaration). */
    NOT_WELL_FORMED,
    /** A document type declaration, which poxgen never reads. */
    DOCTYPE,
    /** A {@link Limits limit} was exceeded. */
    LIMIT,
    /** Bytes that are not text in the document's encoding. */
    ENCODING,
    /** The input itself failed (the stream threw). */
    IO,
    /** The document element is not one this reader reads. */
    UNKNOWN_ROOT
  }

  private final Kind kind;
  private final int line;
  private final int column;

  public PoxReadException(Kind kind, int line, int column, String message, @Nullable Throwable cause) {
    super((line > 0 ? line + ":" + column + ": " : "") + message, cause);
    this.kind = kind;
    this.line = line;
    this.column = column;
  }

  public Kind kind() {
    return kind;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }
}
