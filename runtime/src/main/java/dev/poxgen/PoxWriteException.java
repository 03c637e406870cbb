package dev.poxgen;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A value that could not be written: the output failed, or a value holds characters XML cannot
 * carry (such as U+0000). The message names the element path; the cause, if any, is kept.
 */
public final class PoxWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  public PoxWriteException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
