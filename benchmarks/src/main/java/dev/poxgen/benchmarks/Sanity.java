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
    POXGEN("poxgenRead", "poxgenReadValidate") {
      @Override
      void check(byte[] document, byte[] broken) throws Exception {
        expect(Contenders.poxgenValidate(document, ReadOptions.lenient()) == 0, "poxgen accepts");
        expect(Contenders.poxgenValidate(broken, ReadOptions.lenient()) > 0, "poxgen rejects");
      }
    },
    POXGEN_WOODSTOX("poxgenReadValidateWoodstox") {
      @Override
      void check(byte[] document, byte[] broken) throws Exception {
        expect(Contenders.poxgenValidate(document, Contenders.Woodstox.OPTIONS) == 0, "poxgen on Woodstox accepts");
        expect(Contenders.poxgenValidate(broken, Contenders.Woodstox.OPTIONS) > 0, "poxgen on Woodstox rejects");
      }
    },
    POXGEN_TWO_PASSES("poxgenReadThenValidate") {
      @Override
      void check(byte[] document, byte[] broken) throws Exception {
        expect(Contenders.poxgenReadThenValidate(document, ReadOptions.lenient()) == 0, "poxgen, two passes, accepts");
        expect(Contenders.poxgenReadThenValidate(broken, ReadOptions.lenient()) > 0, "poxgen, two passes, rejects");
      }
    },
    POXGEN_STRICT("poxgenStrict") {
      @Override
      void check(byte[] document, byte[] broken) throws Exception {
        expect(!Contenders.poxgen(document, ReadOptions.strict()).hasErrors(), "poxgen strict accepts");
        expect(Contenders.poxgen(broken, ReadOptions.strict()).hasErrors(), "poxgen strict rejects");
      }
    },
    JAXB("jaxbUnmarshal", "jaxbUnmarshalValidate") {
      @Override
      void check(byte[] document, byte[] broken) throws Exception {
        Contenders.jaxb(document, true);
        expect(throwsOn(() -> Contenders.jaxb(broken, true)), "JAXB with schema rejects");
      }
    },
    DOM("domValidate") {
      @Override
      void check(byte[] document, byte[] broken) throws Exception {
        Contenders.domValidate(document);
        expect(throwsOn(() -> Contenders.domValidate(broken)), "DOM + validator rejects");
      }
    },
    SAX("saxValidate") {
      @Override
      void check(byte[] document, byte[] broken) throws Exception {
        Contenders.saxValidate(document);
        expect(throwsOn(() -> Contenders.saxValidate(broken)), "SAX validator rejects");
      }
    },
    JACKSON("jacksonRead", "jacksonReadWarmSymbols") {
      @Override
      void check(byte[] document, byte[] broken) throws Exception {
        expect(Contenders.jackson(document).response.account != null, "Jackson reads the account");
      }
    };

    private final String[] methods;

    Contender(String... methods) {
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

    abstract void check(byte[] document, byte[] broken) throws Exception;
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
