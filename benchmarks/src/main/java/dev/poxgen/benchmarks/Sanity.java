package dev.poxgen.benchmarks;

import dev.poxgen.ReadOptions;

/**
 * Every validating contender accepts the document and rejects a copy with one bad value, so that
 * none wins by not checking.
 *
 * <p>A benchmark's fork checks only the contender it measures ({@link #check(byte[], String)}):
 * running every contender there too would train the JIT's type profiles on parsers the measured
 * code never meets (poxgen on Woodstox had the JDK's parser at two thirds of its call sites'
 * profiles), which no process that uses one parser sees. The build checks them all ({@link
 * #check(byte[])}).
 */
public final class Sanity {
  private Sanity() {}

  /** Checks every contender on {@code document}. */
  static void check(byte[] document) throws Exception {
    byte[] broken = Documents.broken(document);
    for (Contender c : Contender.values()) {
      c.check(document, broken);
    }
  }

  /**
   * Checks the contender the benchmark method {@code benchmark} (its simple or qualified name)
   * measures; the floors, which do not validate, have none.
   */
  static void check(byte[] document, String benchmark) throws Exception {
    String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    byte[] broken = Documents.broken(document);
    for (Contender c : Contender.values()) {
      if (c.measuredBy(method)) {
        c.check(document, broken);
      }
    }
  }

  /** Whether the benchmark method {@code method} measures a contender this class checks. */
  static boolean checks(String method) {
    for (Contender c : Contender.values()) {
      if (c.measuredBy(method)) {
        return true;
      }
    }
    return false;
  }

  /** A validating contender, with the benchmark methods that measure it. */
  private enum Contender {
    POXGEN("poxgen", Rejects.BY_FINDINGS,
        d -> Contenders.poxgenValidate(d, ReadOptions.lenient()) == 0, "poxgenRead", "poxgenReadValidate"),
    POXGEN_WOODSTOX("poxgen on Woodstox", Rejects.BY_FINDINGS,
        d -> Contenders.poxgenValidate(d, Contenders.Woodstox.OPTIONS) == 0, "poxgenReadValidateWoodstox"),
    POXGEN_TWO_PASSES("poxgen, two passes", Rejects.BY_FINDINGS,
        d -> Contenders.poxgenReadThenValidate(d, ReadOptions.lenient()) == 0, "poxgenReadThenValidate"),
    POXGEN_STRICT("poxgen strict", Rejects.BY_FINDINGS,
        d -> !Contenders.poxgen(d, ReadOptions.strict()).hasErrors(), "poxgenStrict"),
    JAXB("JAXB with schema", Rejects.BY_THROWING, d -> {
      Contenders.jaxb(d, true);
      return true;
    }, "jaxbUnmarshal", "jaxbUnmarshalValidate"),
    DOM("DOM + validator", Rejects.BY_THROWING, d -> {
      Contenders.domValidate(d);
      return true;
    }, "domValidate"),
    SAX("SAX validator", Rejects.BY_THROWING, d -> {
      Contenders.saxValidate(d);
      return true;
    }, "saxValidate"),
    /** Jackson neither types nor validates: it is checked to read the document, not to reject the broken one. */
    JACKSON("Jackson", Rejects.NEVER,
        d -> Contenders.jackson(d).response.account != null, "jacksonRead", "jacksonReadWarmSymbols");

    private final String who;
    private final Rejects rejects;
    private final Verdict verdict;
    private final String[] methods;

    Contender(String who, Rejects rejects, Verdict verdict, String... methods) {
      this.who = who;
      this.rejects = rejects;
      this.verdict = verdict;
      this.methods = methods;
    }

    boolean measuredBy(String method) {
      for (String m : methods) {
        if (m.equals(method)) {
          return true;
        }
      }
      return false;
    }

    /** Accepts {@code document} (an exception it throws is passed on) and rejects {@code broken}. */
    void check(byte[] document, byte[] broken) throws Exception {
      expect(verdict.accepts(document), who + " accepts");
      switch (rejects) {
        case BY_FINDINGS:
          expect(!verdict.accepts(broken), who + " rejects");
          break;
        case BY_THROWING:
          expect(throwsOn(() -> verdict.accepts(broken)), who + " rejects");
          break;
        case NEVER:
        default:
          break;
      }
    }
  }

  /** How a contender rejects a document: with findings, by throwing, or not at all. */
  private enum Rejects {
    BY_FINDINGS,
    BY_THROWING,
    NEVER
  }

  /** Whether a contender accepts a document; an exception is its failure to read it. */
  private interface Verdict {
    boolean accepts(byte[] document) throws Exception;
  }

  /** What a sanity check runs, expecting it to throw or not. */
  public interface Action {
    void run() throws Exception;
  }

  /** Whether {@code a} throws. */
  public static boolean throwsOn(Action a) {
    try {
      a.run();
      return false;
    } catch (Exception e) {
      return true;
    }
  }

  /** Stops the benchmark, naming the check, unless {@code ok}. */
  public static void expect(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("sanity check failed: " + what);
    }
  }
}
