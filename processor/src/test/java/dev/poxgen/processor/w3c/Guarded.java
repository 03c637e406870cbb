package dev.poxgen.processor.w3c;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task on a thread of its own, with a large stack and a time limit, so that no schema or
 * document (a stack overflow, a loop, an error) can end the whole run.
 */
final class Guarded {
  /** What went wrong, in one line: the throwable's class and message, or the time limit. */
  static final class Crashed extends Exception {
    private static final long serialVersionUID = 1L;

    Crashed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final long STACK_BYTES = 64L << 20;
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private Guarded() {}

  static <T> T call(String what, Callable<T> task) throws Crashed {
    AtomicReference<T> value = new AtomicReference<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        value.set(task.call());
      } catch (Throwable t) {
        thrown.set(t);
      }
    }, "w3c " + what, STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join(LIMIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Crashed("interrupted", e);
    }
    if (thread.isAlive()) {
      thread.interrupt(); // a daemon: if it does not stop, it cannot keep the JVM alive
      throw new Crashed("no answer within " + LIMIT.toSeconds() + " s", null);
    }
    if (thrown.get() != null) {
      throw new Crashed(oneLine(thrown.get()), thrown.get());
    }
    return value.get();
  }

  static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
    return t.getClass().getName() + message;
  }
}
