package dev.poxgen;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
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

  /**
   * Which of the {@link Limits} a document exceeded, for a program to act on (a command line
   * names its own option for it) without reading the message.
   */
  public enum Limit {
    /** {@link Limits#maxDepth()}: element nesting. */
    MAX_DEPTH("maxDepth"),
    /** {@link Limits#maxAttributes()}: attributes on one element. */
    MAX_ATTRIBUTES("maxAttributes"),
    /** {@link Limits#maxNameLength()}: characters in one name. */
    MAX_NAME_LENGTH("maxNameLength"),
    /** {@link Limits#maxTextLength()}: characters in one text or attribute value. */
    MAX_TEXT_LENGTH("maxTextLength"),
    /** {@link Limits#maxElements()}: elements in the document. */
    MAX_ELEMENTS("maxElements"),
    /** {@link Limits#maxDocumentSize()}: bytes or characters of input. */
    MAX_DOCUMENT_SIZE("maxDocumentSize");

    private final String property;

    Limit(String property) {
      this.property = property;
    }

    /** The name of the {@link Limits} component: {@code maxDepth}. */
    public String property() {
      return property;
    }
  }

  private final Kind kind;
  private final int line;
  private final int column;
  private final String reason;
  private final @Nullable Limit limit;
  private final long limitValue;

  public PoxReadException(Kind kind, int line, int column, String message, @Nullable Throwable cause) {
    this(kind, null, 0, line, column, message, cause);
  }

  /**
   * A {@link Kind#LIMIT} exception: which limit, the value it had, where, and the message.
   *
   * @param value the limit's value when reading stopped: the document had more than this
   */
  public PoxReadException(Limit limit, long value, int line, int column, String message, @Nullable Throwable cause) {
    this(Kind.LIMIT, Objects.requireNonNull(limit, "limit"), value, line, column, message, cause);
  }

  private PoxReadException(Kind kind, @Nullable Limit limit, long limitValue, int line, int column, String message,
      @Nullable Throwable cause) {
    super((line > 0 ? line + ":" + column + ": " : "") + message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.line = line;
    this.column = column;
    this.reason = message;
    this.limit = limit;
    this.limitValue = limitValue;
  }

  public Kind kind() {
    return kind;
  }

  /** What was wrong: the message without the {@code line:column: } it starts with. */
  public String reason() {
    return reason;
  }

  /**
   * The limit exceeded, when the kind is {@link Kind#LIMIT} and the limit is known (a parser's own
   * backstop limit is not one of ours); empty otherwise.
   */
  public Optional<Limit> limit() {
    return Optional.ofNullable(limit);
  }

  /** The value of {@link #limit()} when reading stopped (the document had more), or 0 when there is none. */
  public long limitValue() {
    return limitValue;
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
