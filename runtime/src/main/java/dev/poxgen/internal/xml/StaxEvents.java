package dev.poxgen.internal.xml;

import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import dev.poxgen.XmlParser;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.util.Collections;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The StAX backend: a hardened {@link XMLStreamReader}. The factory is the JDK's own
 * ({@code newDefaultFactory()}, whatever else is on the class path) or one the caller's supplier
 * made, which poxgen owns and hardens: DTDs and external entities off, every entity or DTD fetch
 * refused, diagnostics kept out of standard error, and the parser's own limits set above poxgen's.
 * Hardened factories are kept, one per {@link Limits} (and per caller's parser), and shared by
 * reads on any thread: a configured StAX factory is safe for concurrent use.
 *
 * <p>The JDK's parser is costly to make (a fifth of a small document's read), so its readers are
 * reused too: each JDK factory here has {@link #REUSE_INSTANCE} on, which makes it hand out again
 * the reader it made last once that reader is closed, reset for the new input. Such a factory is
 * not safe for concurrent use, so it is never shared: a read takes an idle factory from its {@link
 * Limits}' pool (or makes one), has it alone, and gives it back when it closes ({@link #close}),
 * its reader closed; a read that fails before its events exist gives it back too, and one never
 * closed just keeps its factory (a new one is made for the next read). Every factory in the pool
 * is hardened before its first reader exists and never changed after, so a reused reader has the
 * same settings as a new one; what it keeps from a previous document is only its buffers, and the
 * parser's reset starts its state and its own limits' counts afresh (the 8-thread stress test and
 * the hostile-input tests, which read many failing documents in a row, check that).
 */
@JvmOnly
final class StaxEvents extends XmlEvents {
  /**
   * The JDK's property that makes a factory reuse its reader once that is closed: on JDK 17 and 25
   * its name is this, not the {@code http://java.sun.com/xml/stream/properties/} one, which it refuses.
   */
  static final String REUSE_INSTANCE = "reuse-instance";
  /** Idle factories kept per Limits: enough for as many reads at once as a busy server makes. */
  private static final int IDLE_FACTORIES = 16;
  private static final Map<Limits, BlockingDeque<XMLInputFactory>> JDK_FACTORIES = new ConcurrentHashMap<>();
  private static final Map<XmlParser, Map<Limits, XMLInputFactory>> CALLERS_FACTORIES =
      Collections.synchronizedMap(new WeakHashMap<>());
  /**
   * Every factory a caller's supplier has returned, by identity (factories do not override
   * equals): one returned twice would be hardened for two {@link Limits} and keep the last.
   */
  private static final Set<XMLInputFactory> HARDENED = Collections.synchronizedSet(
      Collections.newSetFromMap(new WeakHashMap<>()));

  private final XMLStreamReader reader;
  /** Whether {@link #isWhitespace()} takes the parser's yes. */
  private final boolean askParserForWhitespace;
  /** The pool this read's JDK factory goes back to when it closes, or null (a caller's factory, or given back). */
  private BlockingDeque<XMLInputFactory> pool;
  private XMLInputFactory factory;
  /** Attribute indexes without namespace declarations, or null when the reader reports none as attributes. */
  private int[] attributes;

  /** {@code callers}: whether the parser is the caller's, not the JDK's (see {@link #isWhitespace()}). */
  private StaxEvents(XMLStreamReader reader, boolean callers, Limits limits) {
    super(limits);
    this.reader = reader;
    this.askParserForWhitespace = callers && !"1.1".equals(reader.getVersion());
  }

  /** Whether the JDK's own StAX is there (not on Android, even where a StAX API jar was bundled). */
  static boolean jdkAvailable() {
    release(pool(Limits.DEFAULTS), jdkFactory(Limits.DEFAULTS));
    return true;
  }

  static XmlEvents open(Reader in, XmlParser parser, Limits limits) throws PoxReadException {
    return open(new Creation(in, null), parser, limits);
  }

  /** The events of UTF-8 bytes {@link Decoding#checkedUtf8} checks as the parser reads them. */
  static XmlEvents open(Decoding.CheckedUtf8 in, XmlParser parser, Limits limits) throws PoxReadException {
    return open(new Creation(null, in), parser, limits);
  }

  /**
   * The events of a whole document's UTF-8 bytes, already checked ({@link
   * Decoding#checkedUtf8(byte[])}), from {@code start} (after a byte order mark) to the end.
   */
  static XmlEvents open(byte[] document, int start, XmlParser parser, Limits limits) throws PoxReadException {
    return open(new Creation(document, start), parser, limits);
  }

  /**
   * How the parser is made: from characters, from checked UTF-8 bytes, or from a checked array. A
   * class, not a lambda (nor the runtime's other parts a first read runs): a process's first
   * lambda bootstraps method handles, which a cold start pays for.
   */
  @JvmOnly
  private static final class Creation {
    private final @Nullable Reader chars;
    private final Decoding.@Nullable CheckedUtf8 bytes;
    private final byte @Nullable [] array;
    private final int start;

    Creation(@Nullable Reader chars, Decoding.@Nullable CheckedUtf8 bytes) {
      this.chars = chars;
      this.bytes = bytes;
      this.array = null;
      this.start = 0;
    }

    Creation(byte[] array, int start) {
      this.chars = null;
      this.bytes = null;
      this.array = array;
      this.start = start;
    }

    /** {@code callers}: whether the factory is the caller's (the JDK's is never a Stax2 one). */
    XMLStreamReader create(XMLInputFactory factory, boolean callers) throws XMLStreamException {
      if (chars != null) {
        return factory.createXMLStreamReader(chars);
      }
      if (bytes != null) {
        return factory.createXMLStreamReader(bytes, "UTF-8");
      }
      if (callers && Stax2Bytes.takes(factory)) {
        return factory.createXMLStreamReader(Stax2Bytes.source(array, start));
      }
      return factory.createXMLStreamReader(new ByteArrayInputStream(array, start, array.length - start), "UTF-8");
    }
  }

  /** The pool of idle JDK factories for these limits, made when first asked for. */
  private static BlockingDeque<XMLInputFactory> pool(Limits limits) {
    BlockingDeque<XMLInputFactory> pool = JDK_FACTORIES.get(limits);
    if (pool == null) {
      BlockingDeque<XMLInputFactory> made = new LinkedBlockingDeque<>(IDLE_FACTORIES);
      pool = JDK_FACTORIES.putIfAbsent(limits, made);
      if (pool == null) {
        pool = made;
      }
    }
    return pool;
  }

  /** Refuses every entity and DTD a document names: none is ever read. */
  @JvmOnly
  private static final class RefusingResolver implements javax.xml.stream.XMLResolver {
    @Override
    public Object resolveEntity(String publicId, String systemId, String base, String namespace)
        throws XMLStreamException {
      throw new XMLStreamException("poxgen refuses to load " + systemId + ": external entities and DTDs are never read");
    }
  }

  /** Takes a parser's diagnostics, which go into poxgen's exceptions instead of standard error. */
  @JvmOnly
  private static final class SilentReporter implements javax.xml.stream.XMLReporter {
    @Override
    public void report(String message, String type, Object info, Location location) {
      // nothing: the error itself reaches the caller as an exception
    }
  }

  /**
   * The events of the parser {@code creation} makes (reading the declaration) with the factory for
   * this parser and these limits, its {@link MissingResourceException} made an error.
   */
  private static XmlEvents open(Creation creation, XmlParser parser, Limits limits) throws PoxReadException {
    if (parser.kind() == XmlParser.Kind.STAX) {
      return open(creation, callersFactory(parser, limits), true, limits);
    }
    BlockingDeque<XMLInputFactory> pool = pool(limits);
    XMLInputFactory idle = pool.pollFirst(); // the latest given back: its buffers are warm
    XMLInputFactory f = idle != null ? idle : jdkFactory(limits);
    boolean opened = false;
    try {
      StaxEvents events = open(creation, f, false, limits);
      events.pool = pool;
      events.factory = f;
      opened = true;
      return events;
    } finally {
      if (!opened) {
        release(pool, f);
      }
    }
  }

  private static StaxEvents open(Creation creation, XMLInputFactory f, boolean callers, Limits limits)
      throws PoxReadException {
    try {
      try {
        return new StaxEvents(creation.create(f, callers), callers, limits);
      } catch (MissingResourceException e) {
        throw StaxFailures.missingMessage(e, null);
      }
    } catch (XMLStreamException e) {
      throw StaxFailures.translate(e, 1, 1, limits);
    }
  }

  /** A new JDK factory, hardened, that reuses its reader. */
  private static XMLInputFactory jdkFactory(Limits limits) {
    XMLInputFactory f = harden(XMLInputFactory.newDefaultFactory(), limits);
    optional(f, REUSE_INSTANCE, Boolean.TRUE); // a JDK without it makes a reader for each read, as before
    return f;
  }

  /** Gives a factory back to its pool for the next read, unless the pool is full. */
  private static void release(BlockingDeque<XMLInputFactory> pool, XMLInputFactory f) {
    pool.offerFirst(f);
  }

  private static XMLInputFactory callersFactory(XmlParser parser, Limits limits) {
    Map<Limits, XMLInputFactory> byLimits;
    synchronized (CALLERS_FACTORIES) {
      byLimits = CALLERS_FACTORIES.computeIfAbsent(parser, p -> new ConcurrentHashMap<>());
    }
    XMLInputFactory known = byLimits.get(limits);
    if (known != null) {
      return known; // as every read but the first with these: no capturing lambda made for it
    }
    return byLimits.computeIfAbsent(limits, l -> {
      Object made = parser.staxFactories().get();
      if (!(made instanceof XMLInputFactory)) {
        throw new IllegalArgumentException("the supplier given to XmlParser.stax returned " + made
            + ", not a javax.xml.stream.XMLInputFactory");
      }
      if (HARDENED.contains(made)) {
        throw new IllegalArgumentException("the supplier given to XmlParser.stax returned a factory it had"
            + " returned before (" + made.getClass().getName() + "): poxgen sets its limits on each factory, so it"
            + " needs a new one each time, as XmlParser.stax(WstxInputFactory::new) gives");
      }
      XMLInputFactory hardened = harden((XMLInputFactory) made, l);
      HARDENED.add(hardened);
      return hardened;
    });
  }

  /**
   * Makes a factory safe to read untrusted XML with, or refuses it. Returns the same factory.
   *
   * @throws IllegalArgumentException when the factory will not turn DTDs or external entities off
   */
  static XMLInputFactory harden(XMLInputFactory f, Limits limits) {
    require(f, XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    require(f, XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    require(f, XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    optional(f, XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
    optional(f, XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    optional(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    optional(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver(new RefusingResolver());
    // Parser diagnostics go into our exception, not to standard error.
    optional(f, XMLInputFactory.REPORTER, new SilentReporter());
    // The parsers' own limits, as a backstop: set above ours, so that ours, which name the limit
    // and how to raise it, are the ones a document meets. The JDK's (17 and 25 both take these
    // names) ...
    // (StaxFailures reports the JDK's, should a document meet one first, as the limit of ours behind it.)
    optional(f, "jdk.xml.maxElementDepth", backstop(limits.maxDepth() * 2L));
    optional(f, "jdk.xml.elementAttributeLimit", backstop(limits.maxAttributes() * 2L + 1));
    // The JDK counts namespace URIs against its name limit too (70 characters and more here), so
    // never below its own default of 1000.
    optional(f, "jdk.xml.maxXMLNameLimit", backstop(Math.max(limits.maxNameLength() * 10L + 1, 1000)));
    optional(f, "jdk.xml.entityExpansionLimit", 64);
    optional(f, "jdk.xml.maxGeneralEntitySizeLimit", 1024);
    optional(f, "jdk.xml.totalEntitySizeLimit", 4096);
    optional(f, "jdk.xml.entityReplacementLimit", 4096);
    // ... and Woodstox's.
    optional(f, "com.ctc.wstx.maxElementDepth", backstop(limits.maxDepth() * 2L));
    optional(f, "com.ctc.wstx.maxAttributesPerElement", backstop(limits.maxAttributes() * 2L + 1));
    optional(f, "com.ctc.wstx.maxAttributeSize", backstop(limits.maxTextLength() * 2L + 1));
    optional(f, "com.ctc.wstx.maxTextLength", limits.maxTextLength() * 2L + 1);
    optional(f, "com.ctc.wstx.maxElementCount", limits.maxElements() * 2L + 1);
    optional(f, "com.ctc.wstx.maxEntityCount", 64L);
    // Woodstox parses a text only when it is asked for, and then fails with an unchecked exception
    // of its own for what it finds there (a byte that is not UTF-8): parse each event at next().
    optional(f, "com.ctc.wstx.lazyParsing", Boolean.FALSE);
    return f;
  }

  /** A parser limit as the int the parsers take: large limits of ours must not wrap to negative ones. */
  private static int backstop(long n) {
    return (int) Math.min(Integer.MAX_VALUE, n);
  }

  private static void require(XMLInputFactory f, String property, Object value) {
    try {
      f.setProperty(property, value);
      if (!value.equals(f.getProperty(property))) {
        throw new IllegalArgumentException(property + " reads back as " + f.getProperty(property));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("poxgen cannot harden " + f.getClass().getName() + ": it will not set "
          + property + " to " + value + ", which keeps DTDs and external entities out of untrusted XML. Use"
          + " the JDK's factory (the default) or Woodstox.", e);
    }
  }

  private static void optional(XMLInputFactory f, String property, Object value) {
    try {
      if (f.isPropertySupported(property)) {
        f.setProperty(property, value);
      }
    } catch (IllegalArgumentException e) {
      // Not this implementation's property: the checks in XmlEvents apply regardless.
    }
  }

  // ---- events

  @Override
  int advance() throws PoxReadException {
    try {
      while (true) {
        int event = parserNext();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            attributes = namespaceAttributes();
            return START_ELEMENT;
          case XMLStreamConstants.END_ELEMENT:
            return END_ELEMENT;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
          case XMLStreamConstants.ENTITY_REFERENCE:
            return TEXT;
          case XMLStreamConstants.DTD:
            throw doctype();
          case XMLStreamConstants.END_DOCUMENT:
            return END_DOCUMENT;
          default:
            break; // comments, processing instructions
        }
      }
    } catch (XMLStreamException e) {
      throw StaxFailures.translate(e, line(), column(), limits());
    }
  }

  /**
   * The parser's next event. The JDK's parser throws {@link MissingResourceException} for a few
   * errors (a character XML does not allow, inside a DTD); that is made the error it meant, here.
   */
  private int parserNext() throws XMLStreamException {
    try {
      return reader.next();
    } catch (MissingResourceException e) {
      throw StaxFailures.missingMessage(e, reader.getLocation());
    }
  }

  /**
   * The indexes of the attributes that are not namespace declarations, or null when all are not.
   * Namespace declarations are not attributes, but the JDK's reader reports them as such in XML 1.1
   * documents (seen on JDK 25).
   */
  private int[] namespaceAttributes() {
    int n = reader.getAttributeCount();
    return n == 0 ? null : namespaceAttributes(n);
  }

  /** {@link #namespaceAttributes()} of a start tag with {@code n} attributes, out of line. */
  private int[] namespaceAttributes(int n) {
    int declarations = 0;
    for (int i = 0; i < n; i++) {
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(reader.getAttributeNamespace(i))) {
        declarations++;
      }
    }
    if (declarations == 0) {
      return null;
    }
    int[] kept = new int[n - declarations];
    for (int i = 0, k = 0; i < n; i++) {
      if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(reader.getAttributeNamespace(i))) {
        kept[k++] = i;
      }
    }
    return kept;
  }

  /** The parser, for the tests of its reuse. */
  XMLStreamReader reader() {
    return reader;
  }

  private int index(int i) {
    return attributes == null ? i : attributes[i];
  }

  @Override
  public String localName() {
    return reader.getLocalName();
  }

  @Override
  public String namespace() {
    return orEmpty(reader.getNamespaceURI());
  }

  @Override
  public String prefix() {
    return orEmpty(reader.getPrefix());
  }

  @Override
  public int attributeCount() {
    return attributes == null ? reader.getAttributeCount() : attributes.length;
  }

  @Override
  public String attributeLocalName(int i) {
    return reader.getAttributeLocalName(index(i));
  }

  @Override
  public String attributeNamespace(int i) {
    return orEmpty(reader.getAttributeNamespace(index(i)));
  }

  @Override
  public String attributePrefix(int i) {
    return orEmpty(reader.getAttributePrefix(index(i)));
  }

  @Override
  public String attributeValue(int i) {
    return reader.getAttributeValue(index(i));
  }

  @Override
  public int namespaceCount() {
    return reader.getNamespaceCount();
  }

  @Override
  public String namespacePrefix(int i) {
    return orEmpty(reader.getNamespacePrefix(i));
  }

  @Override
  public String namespaceUri(int i) {
    return orEmpty(reader.getNamespaceURI(i));
  }

  @Override
  public String namespaceUri(String prefix) {
    String uri = reader.getNamespaceContext().getNamespaceURI(prefix);
    return uri == null || uri.isEmpty() ? null : uri;
  }

  @Override
  public char[] textCharacters() {
    return reader.getTextCharacters();
  }

  @Override
  public int textStart() {
    return reader.getTextStart();
  }

  /**
   * A caller's parser's answer where it says whitespace and the document is XML 1.0; else poxgen's
   * own look at the text. Woodstox knows the answer already for the indentation between tags,
   * which it marks as it reads it, and that is most of the text a read meets (about 4% of a read
   * of a large document). Its whitespace is every character up to U+0020: XML's in XML 1.0, which
   * allows no other of them at all, but not in XML 1.1, which allows them as references. The
   * JDK's parser looks at the text to answer, as poxgen does, so it is not asked.
   */
  @Override
  public boolean isWhitespace() {
    return (askParserForWhitespace && reader.isWhiteSpace()) || super.isWhitespace();
  }

  @Override
  public int textLength() {
    return reader.getTextLength();
  }

  @Override
  public int line() {
    Location l = reader.getLocation();
    return l == null ? 0 : Math.max(l.getLineNumber(), 0);
  }

  @Override
  public int column() {
    Location l = reader.getLocation();
    return l == null ? 0 : Math.max(l.getColumnNumber(), 0);
  }

  /** Closes the parser and gives its factory back (once, however often this is called). */
  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // Closing releases the parser; the input is the caller's to close.
    }
    if (pool != null) {
      release(pool, factory);
      pool = null;
      factory = null;
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
