package dev.poxgen.internal.xml;

import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.MissingResourceException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/** StAX errors made into {@link PoxReadException}s with a kind, a location and a plain message. */
@JvmOnly
final class StaxFailures {
  private StaxFailures() {}

  static PoxReadException translate(XMLStreamException e, int fallbackLine, int fallbackColumn, Limits limits) {
    Location at = e.getLocation();
    int line = at != null && at.getLineNumber() > 0 ? at.getLineNumber() : fallbackLine;
    int column = at != null && at.getColumnNumber() > 0 ? at.getColumnNumber() : fallbackColumn;
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof LimitedInput.LimitExceeded limit) {
        return limit.at(line, column);
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
    String message = namespaceWords(plain(e.getMessage()));
    PoxReadException.Limit backstop = jdkLimit(message);
    if (backstop != null) {
      return XmlEvents.limit(backstop, XmlEvents.value(backstop, limits), line, column, e);
    }
    PoxReadException.Kind kind = message.contains("Invalid byte") || message.contains("invalid UTF-8")
        || message.contains("Invalid UTF-8") || message.contains("encoding")
        ? PoxReadException.Kind.ENCODING
        : PoxReadException.Kind.NOT_WELL_FORMED;
    return new PoxReadException(kind, line, column, "not well-formed XML: " + message, e);
  }

  /**
   * The limit of ours behind a JDK parser limit that stopped the document, by the JDK's stable
   * error code, or null. {@link StaxEvents#harden} sets those limits above ours, so a document that
   * meets one exceeds ours too: an element with more attributes than the parser scans before
   * XmlEvents sees it, a name longer than the parser reads.
   */
  private static PoxReadException.Limit jdkLimit(String message) {
    if (message.startsWith("JAXP00010002")) {
      return PoxReadException.Limit.MAX_ATTRIBUTES; // jdk.xml.elementAttributeLimit
    }
    if (message.startsWith("JAXP00010005")) {
      return PoxReadException.Limit.MAX_NAME_LENGTH; // jdk.xml.maxXMLNameLimit
    }
    if (message.startsWith("JAXP00010006")) {
      return PoxReadException.Limit.MAX_DEPTH; // jdk.xml.maxElementDepth
    }
    return null;
  }

  /**
   * The error a parser meant to report when it threw {@link MissingResourceException} instead: the
   * JDK's does, on 17 and 25 alike, for the few errors whose message key its own bundle lacks
   * ({@code InvalidCharInDTD}, a character XML does not allow inside a DTD). The key says what went
   * wrong. The exception returned has {@code e} as its cause.
   */
  static XMLStreamException missingMessage(MissingResourceException e, Location at) {
    String key = e.getKey() == null ? "" : e.getKey();
    String message = key.equals("InvalidCharInDTD")
        ? XmlEvents.INVALID_CHARACTER_IN_DTD
        : key.isEmpty() ? "the parser stopped here without saying why" : words(key);
    XMLStreamException x = at == null ? new XMLStreamException(message) : new XMLStreamException(message, at, e);
    // The constructor with a nested exception makes it the cause too on JDK 25 (not on 17),
    // and a cause cannot be set twice: initCause would throw IllegalStateException there.
    if (x.getCause() == null) {
      x.initCause(e);
    }
    return x;
  }

  /** The domain of the JDK's namespace errors, which it reports as this, a key and its arguments. */
  private static final String NAMESPACE_DOMAIN = "http://www.w3.org/TR/1999/REC-xml-names-19990114#";

  /**
   * The JDK's parser reports its namespace errors (Namespaces in XML) not in words but as
   * {@code http://www.w3.org/TR/1999/REC-xml-names-19990114#KEY?ARG&ARG}, on 17 and 25 alike:
   * those are put in words here; any other message is returned as it is.
   */
  static String namespaceWords(String message) {
    if (!message.startsWith(NAMESPACE_DOMAIN)) {
      return message;
    }
    String rest = message.substring(NAMESPACE_DOMAIN.length());
    int q = rest.indexOf('?');
    String key = q < 0 ? rest : rest.substring(0, q);
    String[] args = q < 0 ? new String[0] : rest.substring(q + 1).split("&", -1);
    switch (key) {
      case "AttributeNotUnique":
      case "AttributeNSNotUnique":
        return args.length >= 2
            ? "the attribute " + args[1] + " appears twice on the element <" + args[0] + ">"
            : "an attribute appears twice on one element";
      case "AttributePrefixUnbound":
        return args.length >= 3
            ? "the prefix " + args[2] + " of the attribute " + args[1] + " on <" + args[0] + "> is bound to no namespace"
            : "an attribute's prefix is bound to no namespace";
      case "ElementPrefixUnbound":
        return args.length >= 2
            ? "the prefix " + args[0] + " of the element <" + args[1] + "> is bound to no namespace"
            : "an element's prefix is bound to no namespace";
      case "ElementXMLNSPrefix":
        return "an element may not have the prefix xmlns";
      case "CantBindXML":
        return "the prefix xml may be bound only to http://www.w3.org/XML/1998/namespace, and that namespace only to xml";
      case "CantBindXMLNS":
        return "the prefix xmlns cannot be declared, and http://www.w3.org/2000/xmlns/ cannot be bound to a prefix";
      case "EmptyPrefixedAttName":
        return args.length >= 1
            ? "the namespace declaration " + args[0] + " has an empty value: a prefix cannot be undeclared in XML 1.0"
            : "a prefix cannot be undeclared in XML 1.0";
      default:
        return "a namespace error (" + words(key) + (args.length == 0 ? "" : ": " + String.join(", ", args)) + ")";
    }
  }

  /** A parser's message key in words: {@code ElementUnterminated} is "element unterminated". */
  private static String words(String key) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean boundary = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(key.charAt(i - 1));
      if (boundary) {
        b.append(' ');
      }
      boolean acronym = Character.isUpperCase(c) && ((i + 1 < key.length() && Character.isUpperCase(key.charAt(i + 1)))
          || (i > 0 && Character.isUpperCase(key.charAt(i - 1))));
      b.append(acronym ? c : Character.toLowerCase(c));
    }
    return b.toString();
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
