package dev.poxgen.internal;

import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Hardened StAX readers. The factory is the JDK's own ({@code newDefaultFactory()}, whatever else
 * is on the class path) unless the caller hands one in; either way DTDs and external entities are
 * off, every entity or DTD fetch is refused, and the limits are set on the parser too where it
 * knows them. A DOCTYPE is rejected by {@link PoxCursor}; the document size is counted here.
 */
public final class PoxInput {
  private static final Map<Limits, XMLInputFactory> JDK_FACTORIES = new ConcurrentHashMap<>();

  private PoxInput() {}

  /** The JDK factory for these limits, hardened, shared. */
  static XMLInputFactory jdkFactory(Limits limits) {
    return JDK_FACTORIES.computeIfAbsent(limits, l -> harden(XMLInputFactory.newDefaultFactory(), l));
  }

  /**
   * Makes a factory safe to read untrusted XML with, or refuses it. Returns the same factory.
   *
   * @throws IllegalArgumentException when the factory will not turn DTDs or external entities off
   */
  public static XMLInputFactory harden(XMLInputFactory f, Limits limits) {
    require(f, XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    require(f, XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    require(f, XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    optional(f, XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
    optional(f, XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    optional(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    optional(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("poxgen refuses to load " + systemId + ": external entities and DTDs are never read");
    });
    // Parser diagnostics go into our exception, not to standard error.
    optional(f, XMLInputFactory.REPORTER, (javax.xml.stream.XMLReporter) (message, type, info, location) -> { });
    // The parsers' own limits, as a backstop: set above ours, so that ours, which name the limit
    // and how to raise it, are the ones a document meets. The JDK's (17 and 25 both take these
    // names) ...
    // (Failures reports the JDK's, should a document meet one first, as the limit of ours behind it.)
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
      // Not this implementation's property: the checks in PoxCursor apply regardless.
    }
  }

  private static XMLInputFactory factory(ReadOptions options) {
    return options.factory().orElseGet(() -> jdkFactory(options.limits()));
  }

  /**
   * A reader over bytes: size-limited, decoded strictly by {@link Decoding} (so that both
   * parsers report encoding errors alike), and refusing whitespace before the XML declaration.
   */
  public static XMLStreamReader open(InputStream in, ReadOptions options) throws PoxReadException {
    PushbackInputStream counted = new PushbackInputStream(LimitedInput.of(in, options.limits().maxDocumentSize()), 512);
    try {
      byte[] head = new byte[512];
      int n = 0;
      while (n < head.length) {
        int r = counted.read(head, n, head.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      if (n > 0) {
        counted.unread(head, 0, n);
      }
      return open(Decoding.reader(counted, Decoding.detect(head, n)), false, options);
    } catch (PoxReadException e) {
      throw e;
    } catch (LimitedInput.LimitExceeded e) {
      throw e.at(1, 1);
    } catch (IOException e) {
      throw new PoxReadException(PoxReadException.Kind.IO, 0, 0, "reading the input failed: " + e, e);
    }
  }

  /** {@code characters}: the caller's own characters, whose declaration {@link Decoding#detect} has not seen. */
  private static XMLStreamReader open(Reader decoded, boolean characters, ReadOptions options) throws PoxReadException {
    PushbackReader reader = new PushbackReader(decoded, 256);
    try {
      char[] head = new char[256];
      int n = reader.read(head, 0, head.length);
      if (n < 0) {
        throw new PoxReadException(PoxReadException.Kind.NOT_WELL_FORMED, 1, 1,
            "the document is empty: there is not even a document element", null);
      }
      if (n > 0) {
        reader.unread(head, 0, n);
        String text = new String(head, 0, n);
        checkLeadingWhitespace(text);
        if (characters) {
          Decoding.declaredEncoding(text);
        }
      }
      return create(factory(options), reader);
    } catch (XMLStreamException e) {
      throw Failures.translate(e, 1, 1, options.limits());
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

  /** The parser over these characters (it reads the declaration), its {@link MissingResourceException} made an error. */
  private static XMLStreamReader create(XMLInputFactory factory, Reader reader) throws XMLStreamException {
    try {
      return factory.createXMLStreamReader(reader);
    } catch (MissingResourceException e) {
      throw Failures.missingMessage(e, null);
    }
  }

  /** A reader over characters: size-limited, and refusing whitespace before the XML declaration. */
  public static XMLStreamReader open(Reader in, ReadOptions options) throws PoxReadException {
    return open(LimitedInput.of(in, options.limits().maxDocumentSize()), true, options);
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
