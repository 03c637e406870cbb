package dev.poxgen;

import java.util.Objects;

/**
 * One thing found in a document or a value: how bad, what kind, where (line and column when it
 * came from a document, 0 otherwise; the element path always) and what was found and expected.
 *
 * @param severity error or warning
 * @param code the stable kind
 * @param line the 1-based line, or 0 when the finding is about a value built in code
 * @param column the 1-based column, or 0
 * @param path the element path, e.g. {@code /Autodiscover/Response/Account/Protocol[2]/SMTPLast}
 * @param message what was found and what is allowed, e.g. {@code "yes" is not one of on, off}
 */
public record Finding(Severity severity, Code code, int line, int column, String path, String message) {
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same finding as a warning or an error. */
  public Finding withSeverity(Severity s) {
    return new Finding(s, code, line, column, path, message);
  }

  /** {@code 12:9: error: /A/B: "yes" is not one of on, off [enumeration]}. */
  @Override
  public String toString() {
    return (line > 0 ? line + ":" + column + ": " : "") + severity.label() + ": " + path + ": " + message
        + " [" + code.id() + "]";
  }
}
