package dev.poxgen;

import java.util.Objects;

/**
 * How to read: the mode, the limits and the parser. Immutable: each {@code with} method returns
 * new options and changes nothing it was given.
 */
public final class ReadOptions {
  private static final ReadOptions LENIENT = new ReadOptions(Mode.LENIENT, Limits.DEFAULTS, XmlParser.automatic());

  private final Mode mode;
  private final Limits limits;
  private final XmlParser parser;

  private ReadOptions(Mode mode, Limits limits, XmlParser parser) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /** Lenient, default limits, the {@link XmlParser#automatic() automatic} parser: the default. */
  public static ReadOptions lenient() {
    return LENIENT;
  }

  /** Strict, default limits, the automatic parser. */
  public static ReadOptions strict() {
    return LENIENT.withMode(Mode.STRICT);
  }

  public ReadOptions withMode(Mode mode) {
    return new ReadOptions(mode, limits, parser);
  }

  public ReadOptions withLimits(Limits limits) {
    return new ReadOptions(mode, limits, parser);
  }

  /**
   * Reads with this parser: {@link XmlParser#jdkStax()}, {@link XmlParser#xmlPull()}, or a StAX
   * implementation of yours with {@link XmlParser#stax}.
   */
  public ReadOptions withParser(XmlParser parser) {
    return new ReadOptions(mode, limits, parser);
  }

  public Mode mode() {
    return mode;
  }

  public Limits limits() {
    return limits;
  }

  public XmlParser parser() {
    return parser;
  }

  @Override
  public String toString() {
    return "ReadOptions{" + mode + ", " + limits + ", " + parser + "}";
  }
}
