package dev.poxgen.internal.xml;

import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import java.io.Closeable;

/**
 * One document's events, from whichever parser reads it (StAX or XmlPull), hardened and checked
 * against the {@link Limits} as they arrive. This is the whole of what poxgen's reading needs from
 * a parser; the backends make their parsers agree on it.
 *
 * <p>The events are {@link #START_ELEMENT}, {@link #END_ELEMENT}, {@link #TEXT} and {@link
 * #END_DOCUMENT}. TEXT is character data of any spelling: characters, CDATA sections, the five
 * predefined entities and character references, already resolved; one run of text may arrive as
 * several TEXT events (split where the document had a CDATA section, a reference, a comment or a
 * processing instruction), and callers join them. Comments, processing instructions and the XML
 * declaration are never events. A document type declaration is refused with a {@link
 * PoxReadException} of kind {@link PoxReadException.Kind#DOCTYPE DOCTYPE} before anything in it is
 * used; one holding a character XML does not allow is not well-formed (NOT_WELL_FORMED, at that
 * character), as the JDK's parser finds before it reports the declaration. Not well-formed XML, bytes that are not text in the document's encoding and a failing input
 * are {@code PoxReadException}s too, with line and column; no parser prints anything.
 *
 * <p>Limits, each checked as the event that exceeds it arrives, with the position of that event:
 * {@code maxElements}, {@code maxDepth}, {@code maxAttributes}, {@code maxNameLength} (element and
 * attribute local names) and {@code maxTextLength} (an attribute value, or one run of text between
 * two tags) here; {@code maxDocumentSize} as the input is read.
 *
 * <p>Accessors answer for the current event and are valid until the next call to {@link #next()}:
 * names and attributes at START_ELEMENT (names also at END_ELEMENT), text at TEXT. Strings are never
 * null: "" stands for no namespace and no prefix. Namespace declarations ({@code xmlns},
 * {@code xmlns:p}) are never attributes; they are read with {@link #namespaceCount()} and the
 * in-scope bindings with {@link #namespaceUri(String)}.
 *
 * <p>Positions ({@link #line()}, {@link #column()}) are 1-based and are those the JDK's StAX reader
 * reports for the event: at a start or end tag, just past its {@code >}; in text, where the parser
 * stopped reading it. Both backends report the same positions for tags; see the README for text.
 *
 * <p>One instance reads one document on one thread. Open one with {@link XmlInput}.
 */
public abstract class XmlEvents implements Closeable {
  /** A start tag (an empty element is a START_ELEMENT then an END_ELEMENT). */
  public static final int START_ELEMENT = 1;
  /** An end tag. */
  public static final int END_ELEMENT = 2;
  /** Character data, resolved; see the class comment. */
  public static final int TEXT = 3;
  /** The end of the document; {@link #next()} must not be called again. */
  public static final int END_DOCUMENT = 4;

  /**
   * What a character XML does not allow, inside a document type declaration, is said to be, in the
   * words every backend uses: not the DOCTYPE refusal, since the declaration is not well-formed.
   */
  static final String INVALID_CHARACTER_IN_DTD =
      "a character that XML does not allow, inside the document type declaration (<!DOCTYPE ...>)";

  /**
   * Sees every event as it is read, for a check that needs the whole document (identity
   * constraints) whatever the reader does with it.
   */
  public interface Observer {
    /** The event just read; the backend's accessors describe it. */
    void event(XmlEvents events, int event);

    /** The start tag just read is about to be left: its attributes can still be read. */
    void leavingStart(XmlEvents events);
  }

  private final Limits limits;
  private Observer observer;
  private int event;
  private int depth;
  private int elements;
  private long textRun;

  XmlEvents(Limits limits) {
    this.limits = limits;
  }

  /**
   * Advances to the next event and returns it.
   *
   * @throws PoxReadException when the document is not well-formed, has a DOCTYPE, exceeds a limit,
   *     holds bytes that are not text in its encoding, or the input fails
   */
  public final int next() throws PoxReadException {
    // Small, for the JIT to inline where every event is read: what most reads never meet (an
    // observer, a call past the end) and what most tags never have (attributes) are out of line.
    if (observer != null || event == END_DOCUMENT) {
      return observedNext();
    }
    return step();
  }

  /** {@link #next()} past the end (refused), or with an observer, which sees the event. */
  private int observedNext() throws PoxReadException {
    if (event == END_DOCUMENT) {
      throw new IllegalStateException("next() after END_DOCUMENT");
    }
    if (event == START_ELEMENT) {
      observer.leavingStart(this);
    }
    int e = step();
    observer.event(this, e);
    return e;
  }

  /** The next event, its limits checked. */
  private int step() throws PoxReadException {
    int e = advance();
    event = e;
    if (e == START_ELEMENT) {
      textRun = 0;
      depth++;
      checkStart();
    } else if (e == END_ELEMENT) {
      textRun = 0;
      depth--;
    } else if (e == TEXT) {
      textRun += textLength();
      if (textRun > limits.maxTextLength()) {
        throw limit(PoxReadException.Limit.MAX_TEXT_LENGTH);
      }
    }
    return e;
  }

  /** From now on, {@code o} sees every event read. */
  public final void observe(Observer o) {
    this.observer = o;
  }

  /** The current event, or 0 before the first {@link #next()}. */
  public final int event() {
    return event;
  }

  /** Elements open at the current event: 1 at the document element's start tag, 0 after its end tag. */
  public final int depth() {
    return depth;
  }

  /** The limits this document is read with. */
  public final Limits limits() {
    return limits;
  }

  /** The backend's next event, before the limits are checked. */
  abstract int advance() throws PoxReadException;

  // ---- names

  /** The local name of the element at START_ELEMENT or END_ELEMENT. */
  public abstract String localName();

  /** Its namespace URI, "" for none. */
  public abstract String namespace();

  /** Its prefix as written, "" for none. */
  public abstract String prefix();

  // ---- attributes (at START_ELEMENT; never namespace declarations)

  public abstract int attributeCount();

  public abstract String attributeLocalName(int i);

  /** The attribute's namespace URI, "" for none. */
  public abstract String attributeNamespace(int i);

  /** The attribute's prefix as written, "" for none. */
  public abstract String attributePrefix(int i);

  /** The attribute's value, normalized as XML 1.0 says (references resolved, whitespace as spaces). */
  public abstract String attributeValue(int i);

  // ---- namespaces

  /** How many namespace declarations the current start tag makes. */
  public abstract int namespaceCount();

  /** The prefix the {@code i}-th declaration binds, "" for the default namespace. */
  public abstract String namespacePrefix(int i);

  /** The URI the {@code i}-th declaration binds, "" when it undeclares the default namespace. */
  public abstract String namespaceUri(int i);

  /**
   * The URI {@code prefix} ("" for the default namespace) is bound to at the current start tag, or
   * null when it is bound to none (or the default namespace is undeclared): for values of type
   * {@code xs:QName}.
   */
  public abstract String namespaceUri(String prefix);

  // ---- text (at TEXT)

  /** The buffer holding the current text, from {@link #textStart()}, for {@link #textLength()} chars; do not change it. */
  public abstract char[] textCharacters();

  public abstract int textStart();

  public abstract int textLength();

  /** The current text as a String. */
  public String text() {
    return new String(textCharacters(), textStart(), textLength());
  }

  /**
   * Whether the current text is only XML whitespace (space, tab, line feed, carriage return). A
   * backend may answer from what its parser knows already.
   */
  public boolean isWhitespace() {
    char[] c = textCharacters();
    for (int i = textStart(), end = i + textLength(); i < end; i++) {
      char ch = c[i];
      if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r') {
        return false;
      }
    }
    return true;
  }

  // ---- position

  /** The 1-based line of the current event, 0 when unknown. */
  public abstract int line();

  /** The 1-based column of the current event, 0 when unknown. */
  public abstract int column();

  /** Releases the parser. The input the caller handed in stays theirs to close. */
  @Override
  public abstract void close();

  // ---- checks shared by the backends

  private void checkStart() throws PoxReadException {
    if (++elements > limits.maxElements()) {
      throw limit(PoxReadException.Limit.MAX_ELEMENTS);
    }
    if (depth > limits.maxDepth()) {
      throw limit(PoxReadException.Limit.MAX_DEPTH);
    }
    int n = attributeCount();
    if (n > limits.maxAttributes()) {
      throw limit(PoxReadException.Limit.MAX_ATTRIBUTES);
    }
    if (localName().length() > limits.maxNameLength()) {
      throw limit(PoxReadException.Limit.MAX_NAME_LENGTH);
    }
    if (n > 0) {
      checkAttributes(n);
    }
  }

  /** The limits on the names and values of the start tag's {@code n} attributes. */
  private void checkAttributes(int n) throws PoxReadException {
    for (int i = 0; i < n; i++) {
      if (attributeLocalName(i).length() > limits.maxNameLength()) {
        throw limit(PoxReadException.Limit.MAX_NAME_LENGTH);
      }
      if (attributeValue(i).length() > limits.maxTextLength()) {
        throw limit(PoxReadException.Limit.MAX_TEXT_LENGTH);
      }
    }
  }

  /**
   * The exception for one of the {@link Limits} exceeded at the current event, carrying which limit
   * and its value ({@link PoxReadException#limit()}, {@link PoxReadException#limitValue()}).
   */
  public final PoxReadException limit(PoxReadException.Limit limit) {
    return limit(limit, value(limit, limits), line(), column(), null);
  }

  /**
   * One of the {@link Limits} exceeded, in the words every limit has: which, its value, what it
   * bounds and the call that raises it; the same on every backend, and for a parser's own backstop
   * limit reported as the one of ours behind it.
   */
  static PoxReadException limit(PoxReadException.Limit limit, long value, int line, int column,
      Throwable cause) {
    String name = limit.property();
    String what;
    switch (limit) {
      case MAX_DEPTH:
        what = "levels of nesting";
        break;
      case MAX_ATTRIBUTES:
        what = "attributes on one element";
        break;
      case MAX_NAME_LENGTH:
        what = "characters in a name";
        break;
      case MAX_TEXT_LENGTH:
        what = "characters in one text";
        break;
      case MAX_ELEMENTS:
        what = "elements";
        break;
      case MAX_DOCUMENT_SIZE:
      default:
        what = "bytes or characters";
        break;
    }
    return new PoxReadException(limit, value, line, column, "limit " + name + " exceeded: more than " + value + " "
        + what + " (raise it with Limits.with" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + ")", cause);
  }

  /** The value {@code limits} gives {@code limit}. */
  static long value(PoxReadException.Limit limit, Limits limits) {
    switch (limit) {
      case MAX_DEPTH:
        return limits.maxDepth();
      case MAX_ATTRIBUTES:
        return limits.maxAttributes();
      case MAX_NAME_LENGTH:
        return limits.maxNameLength();
      case MAX_TEXT_LENGTH:
        return limits.maxTextLength();
      case MAX_ELEMENTS:
        return limits.maxElements();
      case MAX_DOCUMENT_SIZE:
      default:
        return limits.maxDocumentSize();
    }
  }

  /** An exception of this kind at the current event. */
  public final PoxReadException fail(PoxReadException.Kind kind, String message) {
    return new PoxReadException(kind, line(), column(), message, null);
  }

  /** The refusal of a document type declaration, the same on every backend, at the current event. */
  final PoxReadException doctype() {
    return doctype(line(), column());
  }

  /** The refusal of a document type declaration, at a place a backend says. */
  final PoxReadException doctype(int line, int column) {
    return new PoxReadException(PoxReadException.Kind.DOCTYPE, line, column, "a document type declaration"
        + " (<!DOCTYPE ...>) is not allowed: poxgen never reads DTDs or entities from them", null);
  }
}
