package dev.poxgen;

import java.util.Objects;
import java.util.Optional;
import dev.poxgen.internal.PoxInput;
import javax.xml.stream.XMLInputFactory;

/**
 * How to read: the mode, the limits, and optionally a StAX factory of your own (Woodstox, say),
 * which poxgen hardens before use or refuses if it cannot.
 */
public final class ReadOptions {
  private static final ReadOptions LENIENT = new ReadOptions(Mode.LENIENT, Limits.DEFAULTS, null);

  private final Mode mode;
  private final Limits limits;
  private final XMLInputFactory factory;

  private ReadOptions(Mode mode, Limits limits, XMLInputFactory factory) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.factory = factory;
  }

  /** Lenient, default limits, the JDK's own StAX: the default. */
  public static ReadOptions lenient() {
    return LENIENT;
  }

  /** Strict, default limits, the JDK's own StAX. */
  public static ReadOptions strict() {
    return LENIENT.withMode(Mode.STRICT);
  }

  public ReadOptions withMode(Mode mode) {
    return new ReadOptions(mode, limits, factory);
  }

  public ReadOptions withLimits(Limits limits) {
    return new ReadOptions(mode, limits, factory == null ? null : PoxInput.harden(factory, limits));
  }

  /**
   * Reads with this factory instead of the JDK's. poxgen sets on it what makes it safe (no DTD,
   * no external entities, its limits) and refuses it with an {@link IllegalArgumentException} if
   * it will not take those settings. Share one factory across reads; do not change it after.
   */
  public ReadOptions withFactory(XMLInputFactory factory) {
    return new ReadOptions(mode, limits, PoxInput.harden(Objects.requireNonNull(factory, "factory"), limits));
  }

  public Mode mode() {
    return mode;
  }

  public Limits limits() {
    return limits;
  }

  public Optional<XMLInputFactory> factory() {
    return Optional.ofNullable(factory);
  }
}
