package dev.poxgen.processor.testing;

import dev.poxgen.Finding;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadResult;
import java.io.IOException;
import java.util.List;

/**
 * The JDK's validator as the judge of a fixture's generated reader: a fixture's {@code Check.java}
 * reads a document strictly with the generated code and asks whether the JDK, validating the same
 * text against the fixture's own {@code schema.xsd}, gives the same verdict.
 */
public final class Oracle {
  /** A strict read of a document's text with the generated reader. */
  @FunctionalInterface
  public interface StrictRead {
    ReadResult<?> read(String xml) throws PoxReadException;
  }

  /** The generated validator of a read value's type. */
  @FunctionalInterface
  public interface Validate {
    List<Finding> validate(Object value);
  }

  /** What a fixture does with a document both call valid: true when it counts it (it round-trips it, say). */
  @FunctionalInterface
  public interface WhenValid {
    boolean accept(String xml, Object value) throws Exception;
  }

  private final JdkXsdValidator jdk;

  private Oracle(JdkXsdValidator jdk) {
    this.jdk = jdk;
  }

  /** The oracle for the fixture {@code name}'s {@code schema.xsd}. */
  public static Oracle forFixture(String name) {
    return new Oracle(JdkXsdValidator.forResource("fixtures/" + name + "/schema.xsd"));
  }

  /**
   * Reads {@code xml} strictly, checks that it is valid exactly when the JDK says so, and that the
   * verdict is {@code expectValid} (so a test states what it means and cannot agree by accident);
   * returns the read.
   */
  public ReadResult<?> agrees(String xml, boolean expectValid, StrictRead read) throws Exception {
    List<JdkXsdValidator.Finding> jdkFindings = jdk.validate(xml);
    ReadResult<?> result = same(xml, jdkFindings, read);
    if (jdkFindings.isEmpty() != expectValid) {
      throw new AssertionError("both say " + (jdkFindings.isEmpty() ? "valid" : "invalid")
          + ", the test expects otherwise: " + xml + "\n  JDK: " + jdkFindings);
    }
    return result;
  }

  /**
   * Reads a generated {@code xml} strictly and checks that it is valid exactly when the JDK says
   * so; returns that verdict, so that a caller can check its inputs reach both.
   */
  public boolean agreesOnVerdict(String xml, StrictRead read) throws Exception {
    List<JdkXsdValidator.Finding> jdkFindings = jdk.validate(xml);
    same(xml, jdkFindings, read);
    return jdkFindings.isEmpty();
  }

  private static ReadResult<?> same(String xml, List<JdkXsdValidator.Finding> jdkFindings, StrictRead read)
      throws Exception {
    boolean jdkValid = jdkFindings.isEmpty();
    ReadResult<?> result;
    try {
      result = read.read(xml);
    } catch (PoxReadException e) {
      throw new AssertionError("poxgen could not read " + xml + ": " + e.getMessage(), e);
    }
    List<Finding> errors = result.errors();
    if (jdkValid != errors.isEmpty()) {
      throw new AssertionError("verdicts differ on " + xml + "\n  JDK: " + (jdkValid ? "valid" : jdkFindings)
          + "\n  poxgen strict: " + (errors.isEmpty() ? "valid" : errors));
    }
    return result;
  }

  /**
   * Whether the JDK's validator finds {@code xml} valid: for a document poxgen refuses to read
   * (a {@code PoxReadException}), which {@link #agrees} cannot compare.
   */
  public boolean jdkValid(String xml) throws Exception {
    return jdk.validate(xml).isEmpty();
  }

  /**
   * The errors among {@code findings} as {@code CODE message}, without line:column and sorted: what
   * a reader and a validator, which report in different orders and places, can be compared by.
   */
  public static List<String> messages(List<Finding> findings) {
    return findings.stream().filter(Finding::isError)
        .map(f -> f.code() + " " + f.message().replaceAll(" \\(\\d+:\\d+\\)", "")).sorted().toList();
  }

  /**
   * Generates 300 documents from {@code seed}, the same every run, and for each checks the JDK's
   * verdict ({@link #agreesOnVerdict}) and that the reader's findings are the validator's; each
   * valid one goes to {@code whenValid}. The documents must reach both verdicts: more than 30 and
   * fewer than 270 of them counted valid.
   */
  public void randomDocuments(long seed, java.util.function.Function<java.util.Random, String> generate,
      StrictRead read, Validate validate, WhenValid whenValid) throws Exception {
    java.util.Random random = new java.util.Random(seed);
    int valid = 0;
    for (int i = 0; i < 300; i++) {
      String x = generate.apply(random);
      boolean ok = agreesOnVerdict(x, read);
      ReadResult<?> r = read.read(x);
      List<String> byValidator = messages(validate.validate(r.value()));
      expect(messages(r.findings()).equals(byValidator),
          "reader " + messages(r.findings()) + ", validator " + byValidator + " on " + x);
      if (ok && whenValid.accept(x, r.value())) {
        valid++;
      }
    }
    expect(valid > 30 && valid < 270, "random documents reach both verdicts: " + valid + " of 300 valid");
  }

  /** Throws unless {@code ok}. */
  public static void expect(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }
}
