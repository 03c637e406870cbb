package dev.poxgen.benchmarks;

import dev.poxgen.ReadOptions;

/** Every validating contender accepts the document and rejects a copy with one bad value. */
public final class Sanity {
  private Sanity() {}

  static void check(byte[] document) throws Exception {
    byte[] broken = Documents.broken(document);
    expect(Contenders.poxgenValidate(document, ReadOptions.lenient()) == 0, "poxgen accepts");
    expect(Contenders.poxgenValidate(broken, ReadOptions.lenient()) > 0, "poxgen rejects");
    expect(Contenders.poxgenValidate(document, Contenders.Woodstox.OPTIONS) == 0, "poxgen on Woodstox accepts");
    expect(Contenders.poxgenValidate(broken, Contenders.Woodstox.OPTIONS) > 0, "poxgen on Woodstox rejects");
    expect(Contenders.poxgenReadThenValidate(document, ReadOptions.lenient()) == 0, "poxgen, two passes, accepts");
    expect(Contenders.poxgenReadThenValidate(broken, ReadOptions.lenient()) > 0, "poxgen, two passes, rejects");
    expect(!Contenders.poxgen(document, ReadOptions.strict()).hasErrors(), "poxgen strict accepts");
    expect(Contenders.poxgen(broken, ReadOptions.strict()).hasErrors(), "poxgen strict rejects");
    Contenders.jaxb(document, true);
    expect(throwsOn(() -> Contenders.jaxb(broken, true)), "JAXB with schema rejects");
    Contenders.domValidate(document);
    expect(throwsOn(() -> Contenders.domValidate(broken)), "DOM + validator rejects");
    Contenders.saxValidate(document);
    expect(throwsOn(() -> Contenders.saxValidate(broken)), "SAX validator rejects");
    expect(Contenders.jackson(document).response.account != null, "Jackson reads the account");
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
