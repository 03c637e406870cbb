package dev.poxgen.internal.xml;

import dev.poxgen.PoxReadException;
import java.io.CharConversionException;
import java.io.IOException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** StAX errors made into {@link PoxReadException}s with a kind, a location and a plain message. */
@JvmOnly
final class StaxFailures {
  private StaxFailures() {}

  static PoxReadException translate(XMLStreamException e, int fallbackLine, int fallbackColumn) {
    Location at = e.getLocation();
    int line = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : fallbackLine;
    int column = at != null && at.getColumnNumber() > 0 ? at.getColumnNumber() : fallbackColumn;
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof LimitedInput.LimitExceeded limit) {
        return new PoxReadException(PoxReadException.Kind.LIMIT, line, column, limit.getMessage(), limit);
      }
      if (t instanceof Decoding.EncodingError enc) {
        return new PoxReadException(PoxReadException.Kind.ENCODING, enc.line, enc.column, enc.getMessage(), enc);
      }
      if (t instanceof CharConversionException) {
        return new PoxReadException(PoxReadException.Kind.ENCODING, line, column,
            "the bytes are not text in the document's encoding: " + plain(t.getMessage()), e);
      }
      if (t instanceof IOException io) {
        return new PoxReadException(PoxReadException.Kind.IO, line, column,
            "reading the input failed: " + io, io);
      }
    }
    Throwable nested = e.getNestedException();
    if (nested instanceof IOException io && !(nested instanceof CharConversionException)) {
      return new PoxReadException(PoxReadException.Kind.IO, line, column, "reading the input failed: " + io, e);
    }
    String message = plain(e.getMessage());
    PoxReadException.Kind kind = message.contains("Invalid byte") || message.contains("invalid UTF-8")
        || message.contains("Invalid UTF-8") || message.contains("encoding")
        ? PoxReadException.Kind.ENCODING
        : PoxReadException.Kind.NOT_WELL_FORMED;
    return new PoxReadException(kind, line, column, "not well-formed XML: " + message, e);
  }

  private static Throwable next(Throwable t) {
    Throwable n = t instanceof XMLStreamException x && x.getNestedException() != null ? x.getNestedException() : t.getCause();
    return n == t ? null : n;
  }

  /** The parser's message without its "ParseError at [row,col]:[2,6] Message: " framing. */
  static String plain(String message) {
    if (message == null) {
      return "(no message)";
    }
    String m = message;
    int i = m.indexOf("Message: ");
    if (m.startsWith("ParseError at") && i >= 0) {
      m = m.substring(i + "Message: ".length());
    }
    return m.replaceAll("\\s+", " ").strip();
  }
}
