package dev.poxgen.processor;

import javax.annotation.processing.Processor;

/** Test access to the processor's schema-stage seam. */
public final class ProcessorAccess {
  private ProcessorAccess() {}

  public static Processor processor() {
    return new PoxProcessor();
  }

  /** A processor whose schema stage throws, as a bug in poxgen would. */
  public static Processor failingWith(RuntimeException e) {
    return new PoxProcessor(set -> {
      throw e;
    });
  }
}
