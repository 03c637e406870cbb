package dev.poxgen.processor.diag;

import java.util.List;
import java.util.Objects;

/**
 * A problem a stage found that stops generation for one annotation: a catalogue message and its
 * arguments. The entry turns it into a compiler error at the annotation.
 */
public final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Message kind;
  private final transient List<Object> args;

  public Problem(Message kind, Object... args) {
    this(null, kind, args);
  }

  public Problem(Throwable cause, Message kind, Object... args) {
    super(kind.format(args), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.args = List.of(args);
  }

  public Message kind() {
    return kind;
  }

  public List<Object> args() {
    return args;
  }
}
