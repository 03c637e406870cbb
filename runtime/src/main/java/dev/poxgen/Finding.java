package dev.poxgen;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing found in a document or a value: how bad, what kind, where (line and column when it
 * came from a document, 0 otherwise; the element path always) and what was found and expected.
 * Immutable, with value equality.
 */
public final class Finding {
  private final Severity severity;
  private final Code code;
  private final int line;
  private final int column;
  private final String path;
  private final String message;

  /**
   * @param severity error or warning
   * @param code the stable kind
   * @param line the 1-based line, or 0 when the finding is about a value built in code
   * @param column the 1-based column, or 0
   * @param path the element path, e.g. {@code /Autodiscover/Response/Account/Protocol[2]/SMTPLast}
   * @param message what was found and what is allowed, e.g. {@code "yes" is not one of on, off}
   */
  public Finding(Severity severity, Code code, int line, int column, String path, String message) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.code = Objects.requireNonNull(code, "code");
    this.line = line;
    this.column = column;
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** Error or warning. */
  public Severity severity() {
    return severity;
  }

  /** The stable kind. */
  public Code code() {
    return code;
  }

  /** The 1-based line, or 0 when the finding is about a value built in code. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0. */
  public int column() {
    return column;
  }

  /** The element path, e.g. {@code /Autodiscover/Response/Account/Protocol[2]/SMTPLast}. */
  public String path() {
    return path;
  }

  /** What was found and what is allowed. */
  public String message() {
    return message;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same finding as a warning or an error. */
  public Finding withSeverity(Severity s) {
    return new Finding(s, code, line, column, path, message);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Finding f && severity == f.severity && code == f.code && line == f.line && column == f.column
        && path.equals(f.path) && message.equals(f.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, line, column, path, message);
  }

  /** {@code 12:9: error: /A/B: "yes" is not one of on, off [enumeration]}. */
  @Override
  public String toString() {
    return (line > 0 ? line + ":" + column + ": " : "") + severity.label() + ": " + path + ": " + message
        + " [" + code.id() + "]";
  }
}
