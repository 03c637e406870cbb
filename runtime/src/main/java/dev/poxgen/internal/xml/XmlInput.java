package dev.poxgen.internal.xml;

import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.XmlParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Opens a document's {@link XmlEvents} with the parser the options choose. Bytes are size-limited
 * and checked (UTF-8 for StAX) or decoded strictly by {@link Decoding} before any parser sees them (so that every parser
 * reports encoding errors alike, at line and column, and none prints to standard error);
 * characters are size-limited; an empty document and whitespace before the XML declaration are
 * refused in plain words.
 */
public final class XmlInput {
  /** The system property that overrides what {@link XmlParser#automatic()} takes: {@code jdk-stax} or {@code xml-pull}. */
  public static final String PARSER_PROPERTY = "poxgen.xmlParser";

  private static final XmlParser.Kind AUTOMATIC = automaticKind();
  /** How many bytes of a document the encoding is detected from. */
  private static final int HEAD = 512;

  private XmlInput() {}

  /** What {@link XmlParser#automatic()} reads with here: JDK_STAX on the JVM, XML_PULL on Android. */
  public static XmlParser.Kind automatic() {
    return AUTOMATIC;
  }

  private static XmlParser.Kind automaticKind() {
    String chosen;
    try {
      chosen = System.getProperty(PARSER_PROPERTY);
    } catch (SecurityException e) {
      chosen = null;
    }
    if ("xml-pull".equals(chosen)) {
      return XmlParser.Kind.XML_PULL;
    }
    if ("jdk-stax".equals(chosen)) {
      return XmlParser.Kind.JDK_STAX;
    }
    if (chosen != null && !chosen.isEmpty()) {
      throw new IllegalStateException("-D" + PARSER_PROPERTY + "=" + chosen + " names no parser: use jdk-stax or xml-pull");
    }
    return detectJdkStax() ? XmlParser.Kind.JDK_STAX : XmlParser.Kind.XML_PULL;
  }

  private static boolean detectJdkStax() {
    try {
      return StaxEvents.jdkAvailable();
    } catch (LinkageError | RuntimeException e) {
      return false; // Android, or a StAX API jar without the JDK's implementation
    }
  }

  /**
   * The events of a document given as bytes; the encoding is detected. UTF-8 goes to a StAX parser
   * as bytes, checked as it reads them ({@link Decoding#checkedUtf8}); other encodings, and every
   * document for XmlPull, as characters {@link Decoding} decoded.
   */
  public static XmlEvents open(InputStream in, ReadOptions options) throws PoxReadException {
    InputStream limited = LimitedInput.of(in, options.limits().maxDocumentSize());
    try {
      byte[] head = new byte[HEAD];
      int n = 0;
      while (n < head.length) {
        int r = limited.read(head, n, head.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      if (available(in) > options.limits().maxDocumentSize() - n) {
        // What an in-memory document or a file says it holds is over the limit: say so at once,
        // at 1:1, however far a parser would have read before its reads passed the limit.
        throw new LimitedInput.LimitExceeded(options.limits().maxDocumentSize(), "bytes");
      }
      Charset charset = Decoding.detect(head, n);
      if (charset.equals(StandardCharsets.UTF_8) && stax(options.parser())) {
        Decoding.CheckedUtf8 bytes = Decoding.checkedUtf8(limited, head, n);
        if (bytes.empty()) {
          throw empty();
        }
        checkLeadingWhitespace(bytes.head());
        return StaxEvents.open(bytes, options.parser(), options.limits());
      }
      PushbackInputStream counted = new PushbackInputStream(limited, head.length);
      if (n > 0) {
        counted.unread(head, 0, n);
      }
      return open(Decoding.reader(counted, charset), false, options);
    } catch (Decoding.EncodingError e) {
      throw new PoxReadException(PoxReadException.Kind.ENCODING, e.line, e.column, e.getMessage(), e);
    } catch (LimitedInput.LimitExceeded e) {
      throw e.at(1, 1);
    } catch (PoxReadException e) {
      throw e;
    } catch (IOException e) {
      throw new PoxReadException(PoxReadException.Kind.IO, 0, 0, "reading the input failed: " + e, e);
    }
  }

  /**
   * The events of a document held in a byte array, which is read in place. UTF-8 for a StAX
   * parser is checked whole here ({@link Decoding#checkedUtf8(byte[])}), with the errors a stream
   * of the same bytes gives, and the parser reads the array itself: a Stax2 parser (Woodstox)
   * takes it as its own buffer, the JDK's through a stream over it. Anything else reads as {@link
   * #open(InputStream, ReadOptions)} reads a stream of these bytes.
   */
  public static XmlEvents open(byte[] document, ReadOptions options) throws PoxReadException {
    if (!stax(options.parser())) {
      return open(new ByteArrayInputStream(document), options);
    }
    if (document.length > options.limits().maxDocumentSize()) {
      throw new LimitedInput.LimitExceeded(options.limits().maxDocumentSize(), "bytes").at(1, 1);
    }
    if (!Decoding.detect(document, Math.min(document.length, HEAD)).equals(StandardCharsets.UTF_8)) {
      return open(new ByteArrayInputStream(document), options);
    }
    Decoding.CheckedUtf8 checked;
    try {
      checked = Decoding.checkedUtf8(document);
    } catch (Decoding.EncodingError e) {
      throw new PoxReadException(PoxReadException.Kind.ENCODING, e.line, e.column, e.getMessage(), e);
    }
    if (checked.empty()) {
      throw empty();
    }
    checkLeadingWhitespace(checked.head());
    return StaxEvents.open(document, checked.start(), options.parser(), options.limits());
  }

  /** The events of a document given as characters. */
  public static XmlEvents open(Reader in, ReadOptions options) throws PoxReadException {
    return open(LimitedInput.of(in, options.limits().maxDocumentSize()), true, options);
  }

  /** The events of a document given as a string. */
  public static XmlEvents open(String xml, ReadOptions options) throws PoxReadException {
    return open(new StringReader(xml), options);
  }

  /** {@code characters}: the caller's own characters, whose declaration {@link Decoding#detect} has not seen. */
  private static XmlEvents open(Reader decoded, boolean characters, ReadOptions options) throws PoxReadException {
    PushbackReader reader = new PushbackReader(decoded, 256);
    try {
      char[] head = new char[256];
      int n = reader.read(head, 0, head.length);
      if (n < 0) {
        throw empty();
      }
      if (n > 0) {
        reader.unread(head, 0, n);
        String text = new String(head, 0, n);
        checkLeadingWhitespace(text);
        if (characters) {
          Decoding.declaredEncoding(text);
        }
      }
      return backend(reader, options.parser(), options.limits());
    } catch (PoxReadException e) {
      throw e;
    } catch (Decoding.EncodingError e) {
      throw new PoxReadException(PoxReadException.Kind.ENCODING, e.line, e.column, e.getMessage(), e);
    } catch (LimitedInput.LimitExceeded e) {
      throw e.at(1, 1);
    } catch (IOException e) {
      throw new PoxReadException(PoxReadException.Kind.IO, 0, 0, "reading the input failed: " + e, e);
    }
  }

  private static XmlEvents backend(Reader reader, XmlParser parser, Limits limits) throws PoxReadException {
    return stax(parser) ? StaxEvents.open(reader, parser, limits) : PullEvents.open(reader, limits);
  }

  /** Whether this parser is a StAX one (and not XmlPull). */
  private static boolean stax(XmlParser parser) {
    switch (parser.kind()) {
      case JDK_STAX:
      case STAX:
        return true;
      case XML_PULL:
        return false;
      case AUTOMATIC:
      default:
        return AUTOMATIC == XmlParser.Kind.JDK_STAX;
    }
  }

  /** What the input says it still holds, 0 when it says nothing. */
  private static int available(InputStream in) {
    try {
      return in.available();
    } catch (IOException e) {
      return 0;
    }
  }

  private static PoxReadException empty() {
    return new PoxReadException(PoxReadException.Kind.NOT_WELL_FORMED, 1, 1,
        "the document is empty: there is not even a document element", null);
  }

  /**
   * Whitespace before {@code <?xml} is a common server bug (a stray newline before the
   * declaration); parsers report it obscurely, so say exactly what it is.
   */
  private static void checkLeadingWhitespace(String head) throws PoxReadException {
    int i = head.startsWith("\ufeff") ? 1 : head.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
    int start = i;
    int line = 1;
    int column = 1;
    while (i < head.length() && (head.charAt(i) == ' ' || head.charAt(i) == '\t' || head.charAt(i) == '\n'
        || head.charAt(i) == '\r')) {
      if (head.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i++;
    }
    if (i > start && head.startsWith("<?xml", i)) {
      throw new PoxReadException(PoxReadException.Kind.NOT_WELL_FORMED, 1, 1,
          "not well-formed XML: whitespace before the XML declaration, which must be the very first thing in"
              + " the document; the declaration starts at line " + line + ", column " + column
              + ". Remove what comes before it.", null);
    }
  }
}
