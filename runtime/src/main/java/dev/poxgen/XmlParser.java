package dev.poxgen;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Which XML parser reads a document. poxgen reads through one of two backends held to the same
 * guarantees (DOCTYPE refused, every {@link Limits limit}, strict decoding, the same findings): StAX
 * ({@code javax.xml.stream}, on the JVM) and XmlPull ({@code org.xmlpull.v1}, the parser Android
 * ships). The default, {@link #automatic()}, takes the JDK's StAX where it exists and XmlPull where
 * it does not, so the same generated code reads on both.
 *
 * <p>Immutable and thread-safe; make one and share it. Choose it with {@link
 * ReadOptions#withParser(XmlParser)}.
 */
public final class XmlParser {
  /** The kinds of parser poxgen reads with. */
  public enum Kind {
    /** The JDK's own StAX where {@code javax.xml.stream} exists, else XmlPull. */
    AUTOMATIC,
    /** The JDK's own StAX implementation, pinned, whatever else is on the class path. */
    JDK_STAX,
    /** A StAX implementation of the caller's choosing (Woodstox, say), hardened by poxgen. */
    STAX,
    /** {@code org.xmlpull.v1.XmlPullParser}: Android's built-in parser, or kXML 2 on the JVM. */
    XML_PULL
  }

  private static final XmlParser AUTOMATIC = new XmlParser(Kind.AUTOMATIC, null);
  private static final XmlParser JDK_STAX = new XmlParser(Kind.JDK_STAX, null);
  private static final XmlParser XML_PULL = new XmlParser(Kind.XML_PULL, null);

  private final Kind kind;
  private final @Nullable Supplier<?> factories;

  private XmlParser(Kind kind, @Nullable Supplier<?> factories) {
    this.kind = kind;
    this.factories = factories;
  }

  /**
   * The JDK's StAX where {@code javax.xml.stream} exists (the JVM), else XmlPull (Android): the
   * default. The system property {@code poxgen.xmlParser} ({@code jdk-stax} or {@code xml-pull}),
   * read once, overrides the choice, to run a JVM test suite as Android reads.
   */
  public static XmlParser automatic() {
    return AUTOMATIC;
  }

  /** The JDK's own StAX ({@code XMLInputFactory.newDefaultFactory()}), whatever else is on the class path. */
  public static XmlParser jdkStax() {
    return JDK_STAX;
  }

  /**
   * The XmlPull parser of the platform: on Android its built-in one, on the JVM the implementation
   * that {@code XmlPullParserFactory} finds (kXML 2, {@code net.sf.kxml:kxml2}, is the one poxgen is
   * tested with).
   */
  public static XmlParser xmlPull() {
    return XML_PULL;
  }

  /**
   * A StAX implementation of your choosing, for example {@code XmlParser.stax(WstxInputFactory::new)}.
   * The supplier must return a new factory each time: poxgen owns what it returns, sets on it what
   * makes it safe (no DTD, no external entities, the parser's own limits above poxgen's), and calls
   * it once for each {@link Limits} it reads with. So options that share this parser but not their
   * limits each read with their own factory and their own limits, and no factory of yours that the
   * supplier did not make is ever changed. A factory that refuses those settings makes the first
   * read with it fail with an {@link IllegalArgumentException} that names the setting; so does a
   * supplier that returns a factory it returned before ({@code () -> myFactory}), which would
   * otherwise carry the limits set last.
   *
   * @param factories returns a new {@code javax.xml.stream.XMLInputFactory} on each call
   */
  public static XmlParser stax(Supplier<? extends javax.xml.stream.XMLInputFactory> factories) {
    return new XmlParser(Kind.STAX, Objects.requireNonNull(factories, "factories"));
  }

  /** Which kind of parser this is. */
  public Kind kind() {
    return kind;
  }

  /**
   * For {@link Kind#STAX}: the caller's supplier of {@code XMLInputFactory} instances; null for the
   * other kinds. Typed loosely so that this class never links to {@code javax.xml.stream}, which
   * Android lacks.
   */
  public @Nullable Supplier<?> staxFactories() {
    return factories;
  }

  @Override
  public String toString() {
    return "XmlParser." + kind;
  }
}
