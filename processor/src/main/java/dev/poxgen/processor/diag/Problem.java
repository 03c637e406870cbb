package dev.poxgen.processor.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A problem a stage found that stops generation for one annotation: a catalogue message and its
 * arguments. The entry turns it into a compiler error at the annotation. A stage that reports and
 * goes on throws the first problem it found with the others {@linkplain #all() attached}, so that
 * one compile lists them all.
 */
public final class Problem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Message kind;
  private final transient List<Object> args;
  private final transient List<Problem> more;

  public Problem(Message kind, Object... args) {
    this(null, kind, args);
  }

  public Problem(Throwable cause, Message kind, Object... args) {
    this(cause, kind, List.of(args), List.of());
  }

  private Problem(Throwable cause, Message kind, List<Object> args, List<Problem> more) {
    super(kind.format(args.toArray()), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.args = args;
    this.more = List.copyOf(more);
  }

  /**
   * The problems as one: the first, with the others attached in the order given.
   *
   * @throws IllegalArgumentException when there are none
   */
  public static Problem together(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    List<Problem> all = new ArrayList<>();
    problems.forEach(p -> all.addAll(p.all()));
    Problem first = all.get(0);
    return new Problem(first.getCause(), first.kind, first.args, all.subList(1, all.size()));
  }

  /** This problem and every one attached to it, in the order they were found. */
  public List<Problem> all() {
    List<Problem> all = new ArrayList<>();
    all.add(this);
    all.addAll(more);
    return List.copyOf(all);
  }

  public Message kind() {
    return kind;
  }

  public List<Object> args() {
    return args;
  }
}
