package dev.poxgen.internal.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.transform.Source;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.io.Stax2ByteArraySource;

/**
 * A document in a byte array for a Stax2 parser (Woodstox), as that array: the parser decodes it
 * in place, as its own buffer, with no stream between and no copy, as Jackson hands it bytes. The
 * Stax2 API is optional (Woodstox depends on it; the JDK's parser does not have it): where it is
 * absent, {@link #takes} says no and no other part of this class is run.
 */
@JvmOnly
final class Stax2Bytes {
  /** Whether the Stax2 API is on the class path, found once. */
  private static final boolean PRESENT = present();

  private Stax2Bytes() {}

  private static boolean present() {
    try {
      return XMLInputFactory2.class.getName() != null;
    } catch (LinkageError e) {
      return false; // no stax2-api: parsers read arrays through a stream
    }
  }

  /** Whether {@code factory} reads a byte array as its own buffer ({@link #source}). */
  static boolean takes(XMLInputFactory factory) {
    return PRESENT && factory instanceof XMLInputFactory2;
  }

  /** {@code document} from {@code start} to its end, UTF-8, as a Stax2 source. */
  static Source source(byte[] document, int start) {
    Stax2ByteArraySource source = new Stax2ByteArraySource(document, start, document.length - start);
    source.setEncoding("UTF-8");
    return source;
  }
}
