package dev.poxgen.internal;

import dev.poxgen.Code;
import dev.poxgen.Extras;
import dev.poxgen.Finding;
import dev.poxgen.Limits;
import dev.poxgen.Mode;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.Severity;
import dev.poxgen.XmlAttribute;
import dev.poxgen.XmlElement;
import dev.poxgen.XmlNode;
import dev.poxgen.XmlText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The reading loop generated readers drive: a hardened {@link XMLStreamReader} with the limits
 * checked on every event, the element path kept for messages, text joined across comments, CDATA
 * and entity references, unknown content captured whole, and every finding collected.
 *
 * <p>Generated code calls it; it is public only for that. One cursor reads one document on one
 * thread.
 */
public final class PoxCursor implements Sink {
  private final XMLStreamReader reader;
  private final Limits limits;
  private final boolean strict;
  private final List<Finding> findings = new ArrayList<>();

  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int[] known = new int[16];
  private Extras.Builder[] extras = new Extras.Builder[16];
  private String[] actualNamespaces = new String[16];
  private String[] expectedNamespaces = new String[16];
  private int depth;
  private int elements;

  private char[] text = new char[256];
  private int textLength;

  private boolean peeked;
  private int peekLine;
  private int peekColumn;
  private List<XmlAttribute> snapshot;

  public PoxCursor(XMLStreamReader reader, ReadOptions options) {
    this.reader = reader;
    this.limits = options.limits();
    this.strict = options.mode() == Mode.STRICT;
  }

  public boolean strict() {
    return strict;
  }

  public List<Finding> findings() {
    return findings;
  }

  // ---- the document

  /** Advances to the document element. A DOCTYPE, text or an empty document is an exception. */
  public void toRoot() throws PoxReadException {
    try {
      while (true) {
        int event = next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            checkElement();
            return;
          case XMLStreamConstants.DTD:
            throw fail(PoxReadException.Kind.DOCTYPE,
                "a document type declaration (<!DOCTYPE ...>) is not allowed: poxgen never reads DTDs"
                    + " or entities from them", null);
          case XMLStreamConstants.CHARACTERS:
            if (!reader.isWhiteSpace()) {
              throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "text before the document element", null);
            }
            break;
          case XMLStreamConstants.END_DOCUMENT:
            throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "the document has no element", null);
          default:
            break;
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  /** After the document element: only comments, processing instructions and whitespace may follow. */
  public void finish() throws PoxReadException {
    try {
      while (reader.hasNext()) {
        int event = next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          throw fail(PoxReadException.Kind.NOT_WELL_FORMED,
              "a second document element <" + reader.getLocalName() + ">: a document has one", null);
        }
        if (event == XMLStreamConstants.CHARACTERS && !reader.isWhiteSpace()) {
          throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "text after the document element", null);
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  // ---- the current element

  public String localName() {
    return reader.getLocalName();
  }

  public String namespace() {
    String ns = reader.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  /**
   * Enters the current start tag as the schema's element {@code name} (its canonical spelling),
   * the {@code index}-th of a repeated element (1-based), or 0 for a single one.
   */
  public void enter(String name, int index) {
    if (depth > 0) {
      known[depth - 1]++;
    }
    if (depth == names.length) {
      int n = depth * 2;
      names = Arrays.copyOf(names, n);
      indexes = Arrays.copyOf(indexes, n);
      known = Arrays.copyOf(known, n);
      extras = Arrays.copyOf(extras, n);
      actualNamespaces = Arrays.copyOf(actualNamespaces, n);
      expectedNamespaces = Arrays.copyOf(expectedNamespaces, n);
    }
    actualNamespaces[depth] = null;
    expectedNamespaces[depth] = null;
    names[depth] = name;
    indexes[depth] = index;
    known[depth] = 0;
    extras[depth] = null;
    depth++;
  }

  /** What the current element held beyond the schema so far; it stays entered. */
  public Extras takeExtras() {
    Extras.Builder b = extras[depth - 1];
    extras[depth - 1] = null;
    return b == null ? Extras.NONE : b.build();
  }

  /** Leaves the current element, at its end tag. */
  public void leave() {
    depth--;
  }

  /** Sets the item index of the current element, once a shared name's declaration is chosen. */
  public void reindex(int index) {
    indexes[depth - 1] = index;
  }

  /**
   * The current element, entered and looked into with {@link #peekFirstChild()}, is one more than
   * its declaration allows: keeps the whole of it where it was, with an error, and leaves it.
   */
  public void tooMany(String localName, int max) throws PoxReadException {
    int line = line();
    int column = column();
    String path = path(depth);
    List<XmlAttribute> attrs = snapshot == null ? List.of() : snapshot;
    snapshot = null;
    List<XmlNode> children = new ArrayList<>();
    try {
      boolean atChild = peeked && reader.getEventType() == XMLStreamConstants.START_ELEMENT;
      peeked = false;
      if (atChild || reader.getEventType() != XMLStreamConstants.END_ELEMENT) {
        if (atChild) {
          children.add(capture());
        }
        while (true) {
          int event = next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            checkElement();
            children.add(capture());
          } else if (event == XMLStreamConstants.END_ELEMENT) {
            break;
          } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
            StringBuilder t = new StringBuilder();
            appendText(t);
            children.add(new XmlText(t.toString()));
          } else if (event == XMLStreamConstants.END_DOCUMENT) {
            throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "the document ends inside <" + localName + ">", null);
          }
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
    depth--;
    known[depth - 1]--;
    extrasHere().addNode(known[depth - 1], new XmlElement(namespace(), localName, attrs, children));
    report(Severity.ERROR, Code.TOO_MANY, line, column, path,
        "<" + localName + "> appears more often than allowed here (" + (max == 1 ? "once" : max + " times")
            + "); the extra one is kept");
  }

  /** The document element is not one the reader reads. */
  public PoxReadException unknownRoot(String expected) {
    String ns = namespace();
    return fail(PoxReadException.Kind.UNKNOWN_ROOT, "the document element is <" + reader.getLocalName() + ">"
        + (ns.isEmpty() ? "" : " of " + ns) + "; expected " + expected, null);
  }

  /** Keeps an item of a repeated simple element whose text is not a value, whole, where it was. */
  public void keepInvalidItem(String namespace, String localName, String text) {
    extrasHere().addNode(Math.max(known[depth - 1] - 1, 0),
        new XmlElement(namespace, localName, List.of(), List.of(new XmlText(text))));
    known[depth - 1]--;
  }

  /**
   * Checks the namespace of an element matched by its local name, where the namespace was taken
   * before the cursor moved on (see {@link #peekFirstChild()}).
   */
  public void expectNamespace(String actual, String expected, String localName) {
    actualNamespaces[depth - 1] = actual;
    expectedNamespaces[depth - 1] = expected;
    if (actual.equals(expected)) {
      return;
    }
    if (depth >= 2 && actual.equals(actualNamespaces[depth - 2]) && expected.equals(expectedNamespaces[depth - 2])) {
      return; // the parent's deviation, reported there, goes on: one finding per subtree, not per element
    }
    String message = "<" + localName + "> is in " + spelling(actual, expected) + (strict ? "" : "; read as the schema's");
    Severity severity = strict ? Severity.ERROR : Severity.WARNING;
    report(severity, Code.NAMESPACE, elementLine(), elementColumn(), path(depth), message);
  }

  private static String spelling(String actual, String expected) {
    if (isHttpsSpelling(actual, expected)) {
      return "the https:// spelling of the namespace " + expected + "; real servers use http://";
    }
    if (actual.isEmpty()) {
      return "no namespace, not " + expected;
    }
    return "the namespace " + actual + ", not " + expected;
  }

  /** A sink that names an attribute of the current element in each message. */
  public Sink attributeSink(String attribute) {
    return new Sink() {
      @Override
      public void error(Code code, String message) {
        PoxCursor.this.error(code, "@" + attribute + ": " + message);
      }

      @Override
      public void errorAboutChild(Code code, String child, String message) {
        PoxCursor.this.errorAboutChild(code, child, message);
      }
    };
  }

  /**
   * Leaves a child that holds only text: what it held beyond its value (attributes the schema
   * does not declare, elements inside it) goes to its parent, under the child's name.
   */
  public void exitSimple(String key) {
    depth--;
    Extras.Builder b = extras[depth];
    extras[depth] = null;
    if (b == null) {
      return;
    }
    Extras child = b.build();
    Extras.Builder parent = extrasHere();
    for (XmlAttribute a : child.attributes()) {
      parent.addChildAttribute(key, a);
    }
    for (Extras.Unknown u : child.nodes()) {
      parent.addNode(known[depth - 1], u.node());
    }
  }

  private Extras.Builder extrasHere() {
    Extras.Builder b = extras[depth - 1];
    if (b == null) {
      b = Extras.builder();
      extras[depth - 1] = b;
    }
    return b;
  }

  /** Whether the value's spelling is kept: callers keep the raw text only when it is not canonical. */
  public Extras.Builder extras() {
    return extrasHere();
  }

  /** Keeps the raw text of a value of the current element under {@code key}. */
  public void keepRaw(String key, String raw) {
    extrasHere().putRaw(key, raw);
  }

  /**
   * Checks the namespace of an element or document element matched by its local name: the
   * schema's namespace is silent; another one is a {@link Code#NAMESPACE} finding (an error in
   * strict mode) naming both, and is still read.
   */
  public void expectNamespace(String expected) {
    expectNamespace(namespace(), expected, reader.getLocalName());
  }

  /** Whether {@code actual} is {@code expected} with {@code https://} for {@code http://}. */
  public static boolean isHttpsSpelling(String actual, String expected) {
    return expected.startsWith("http://") && actual.startsWith("https://")
        && actual.regionMatches(8, expected, 7, expected.length() - 7) && actual.length() == expected.length() + 1;
  }

  // ---- attributes

  public int attributeCount() {
    return snapshot != null ? snapshot.size() : reader.getAttributeCount();
  }

  public String attributeLocalName(int i) {
    return snapshot != null ? snapshot.get(i).localName() : reader.getAttributeLocalName(i);
  }

  public String attributeNamespace(int i) {
    if (snapshot != null) {
      return snapshot.get(i).namespace();
    }
    String ns = reader.getAttributeNamespace(i);
    return ns == null ? "" : ns;
  }

  public String attributeValue(int i) {
    return snapshot != null ? snapshot.get(i).value() : reader.getAttributeValue(i);
  }

  /** Keeps an attribute the schema does not declare, with a finding (an error in strict mode). */
  public void unknownAttribute(int i) {
    if (isNamespaceDeclaration(i)) {
      return;
    }
    XmlAttribute a = attribute(i);
    extrasHere().addAttribute(a);
    deviation(Code.UNKNOWN_ATTRIBUTE, "the attribute " + a.localName()
        + (a.namespace().isEmpty() ? "" : " of " + a.namespace()) + " is not declared here"
        + (strict ? "" : "; kept"));
  }

  /**
   * Whether attribute {@code i} is an {@code xmlns} declaration. Namespace declarations are not
   * attributes, but the JDK's reader reports them as such in XML 1.1 documents (seen on JDK 25).
   */
  private boolean isNamespaceDeclaration(int i) {
    return XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attributeNamespace(i));
  }

  private XmlAttribute attribute(int i) {
    if (snapshot != null) {
      return snapshot.get(i);
    }
    String prefix = reader.getAttributePrefix(i);
    return new XmlAttribute(attributeNamespace(i), reader.getAttributeLocalName(i), prefix == null ? "" : prefix,
        reader.getAttributeValue(i));
  }

  /** The current element holds only text: each of its attributes is one the schema does not declare. */
  public void noAttributes() {
    for (int i = 0, n = reader.getAttributeCount(); i < n; i++) {
      unknownAttribute(i);
    }
  }

  /** Ends attribute binding for the current element: forgets a snapshot taken by {@link #peekFirstChild()}. */
  public void attributesDone() {
    snapshot = null;
  }

  // ---- children

  /**
   * Advances to the next child element (true) or to the end tag of the current element (false).
   * Whitespace, comments and processing instructions are skipped; other text is kept where it was,
   * with a finding.
   */
  public boolean nextChild() throws PoxReadException {
    if (peeked) {
      peeked = false;
      return reader.getEventType() == XMLStreamConstants.START_ELEMENT;
    }
    try {
      while (true) {
        int event = next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            checkElement();
            return true;
          case XMLStreamConstants.END_ELEMENT:
            return false;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
          case XMLStreamConstants.ENTITY_REFERENCE:
            if (!reader.isWhiteSpace()) {
              strayText();
            }
            break;
          case XMLStreamConstants.END_DOCUMENT:
            throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "the document ends inside <" + names[depth - 1] + ">", null);
          default:
            break;
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  private void strayText() throws XMLStreamException, PoxReadException {
    int line = line();
    int column = column();
    StringBuilder s = new StringBuilder();
    appendText(s);
    extrasHere().addNode(known[depth - 1], new XmlText(s.toString()));
    String shown = s.toString().strip();
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "...";
    }
    report(strict ? Severity.ERROR : Severity.WARNING, Code.UNEXPECTED_TEXT, line, column, path(depth),
        "text \"" + shown + "\" where only elements are allowed" + (strict ? "" : "; kept"));
  }

  private void appendText(StringBuilder s) throws PoxReadException {
    s.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    if (s.length() > limits.maxTextLength()) {
      throw limit(PoxReadException.Limit.MAX_TEXT_LENGTH, limits.maxTextLength());
    }
  }

  /**
   * At a child's start tag, when two declarations share its local name: keeps its attributes, then
   * advances to its first child and returns that child's local name (null when it has none), so
   * the caller can choose the declaration. The chosen reader then continues from there.
   */
  public String peekFirstChild() throws PoxReadException {
    peekLine = line();
    peekColumn = column();
    List<XmlAttribute> attrs = new ArrayList<>(reader.getAttributeCount());
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      attrs.add(attribute(i));
    }
    boolean child = nextChild();
    snapshot = attrs;
    peeked = true;
    return child ? reader.getLocalName() : null;
  }

  /**
   * Keeps the current child element whole, where it was, as content the schema does not declare
   * here: a finding with this code and message (an error in strict mode, or when {@code error}).
   * Leaves the cursor at its end tag.
   */
  public void keepUnknown(Code code, String message, boolean error) throws PoxReadException {
    int line = line();
    int column = column();
    String name = reader.getLocalName();
    XmlElement captured = capture();
    extrasHere().addNode(known[depth - 1], captured);
    report(error || strict ? Severity.ERROR : Severity.WARNING, code, line, column, path(depth) + "/" + name,
        message);
  }

  /** Keeps the current child element as not declared here. */
  public void unknownElement() throws PoxReadException {
    String name = reader.getLocalName();
    String ns = namespace();
    keepUnknown(Code.UNKNOWN_ELEMENT, "<" + name + ">" + (ns.isEmpty() ? "" : " of " + ns)
        + " is not declared in <" + names[depth - 1] + ">" + (strict ? "" : "; kept"), false);
  }

  private XmlElement capture() throws PoxReadException {
    String ns = namespace();
    String local = reader.getLocalName();
    List<XmlAttribute> attrs = new ArrayList<>(reader.getAttributeCount());
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (!isNamespaceDeclaration(i)) {
        attrs.add(attribute(i));
      }
    }
    List<XmlNode> children = new ArrayList<>();
    int captureDepth = depth + 1;
    if (captureDepth > limits.maxDepth()) {
      throw limit(PoxReadException.Limit.MAX_DEPTH, limits.maxDepth());
    }
    StringBuilder pending = null;
    try {
      while (true) {
        int event = next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            if (pending != null) {
              children.add(new XmlText(pending.toString()));
              pending = null;
            }
            checkElement();
            depth++;
            try {
              children.add(capture());
            } finally {
              depth--;
            }
            break;
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
          case XMLStreamConstants.ENTITY_REFERENCE:
            if (pending == null) {
              pending = new StringBuilder();
            }
            appendText(pending);
            break;
          case XMLStreamConstants.END_ELEMENT:
            if (pending != null) {
              children.add(new XmlText(pending.toString()));
            }
            return new XmlElement(ns, local, attrs, withoutIndentation(children));
          case XMLStreamConstants.END_DOCUMENT:
            throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "the document ends inside <" + local + ">", null);
          default:
            break;
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  /**
   * Whitespace-only text between child elements is the document's indentation, not content: it is
   * dropped, so a kept element reads back equal however it was indented. Text beside no element is
   * kept as it was.
   */
  private static List<XmlNode> withoutIndentation(List<XmlNode> children) {
    boolean elements = false;
    for (XmlNode n : children) {
      elements |= n instanceof XmlElement;
    }
    if (!elements) {
      return children;
    }
    List<XmlNode> out = new ArrayList<>(children.size());
    for (XmlNode n : children) {
      if (!(n instanceof XmlText t) || !t.text().isBlank()) {
        out.add(n);
      }
    }
    return out;
  }

  // ---- text

  /**
   * Reads the text of the current element up to its end tag, joined across comments, CDATA and
   * entity references. Elements inside it are kept, with an error.
   */
  public void readText() throws PoxReadException {
    textLength = 0;
    try {
      while (true) {
        int event = next();
        switch (event) {
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE:
          case XMLStreamConstants.ENTITY_REFERENCE:
            int n = reader.getTextLength();
            if (textLength + n > limits.maxTextLength()) {
              throw limit(PoxReadException.Limit.MAX_TEXT_LENGTH, limits.maxTextLength());
            }
            if (textLength + n > text.length) {
              text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + n));
            }
            System.arraycopy(reader.getTextCharacters(), reader.getTextStart(), text, textLength, n);
            textLength += n;
            break;
          case XMLStreamConstants.START_ELEMENT:
            checkElement();
            keepUnknown(Code.UNEXPECTED_CONTENT, "<" + reader.getLocalName() + "> inside <" + names[depth - 1]
                + ">, which holds only text; kept", true);
            break;
          case XMLStreamConstants.END_ELEMENT:
            return;
          case XMLStreamConstants.END_DOCUMENT:
            throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "the document ends inside <" + names[depth - 1] + ">", null);
          default:
            break;
        }
      }
    } catch (XMLStreamException e) {
      throw translate(e);
    }
  }

  /** The text read by {@link #readText()}: the buffer, valid up to {@link #textLength()}. */
  public char[] textBuffer() {
    return text;
  }

  public int textLength() {
    return textLength;
  }

  /** The text read by {@link #readText()}, as a String. */
  public String text() {
    return new String(text, 0, textLength);
  }

  // ---- findings

  /** A finding at the current position about the current element. */
  @Override
  public void error(Code code, String message) {
    report(Severity.ERROR, code, elementLine(), elementColumn(), path(depth), message);
  }

  /** A finding that is a warning when lenient and an error when strict. */
  public void deviation(Code code, String message) {
    report(strict ? Severity.ERROR : Severity.WARNING, code, elementLine(), elementColumn(), path(depth), message);
  }

  /**
   * The line of findings about the current element: its start tag while its attributes are bound
   * from a snapshot (the cursor has moved on to its first child), else the current position.
   */
  private int elementLine() {
    return snapshot != null ? peekLine : line();
  }

  private int elementColumn() {
    return snapshot != null ? peekColumn : column();
  }

  /** A finding about a child of the current element that is not there, such as a missing one. */
  @Override
  public void errorAboutChild(Code code, String child, String message) {
    report(Severity.ERROR, code, line(), column(), path(depth) + "/" + child, message);
  }

  private void report(Severity severity, Code code, int line, int column, String path, String message) {
    findings.add(new Finding(severity, code, line, column, path, message));
  }

  /** The path of the element at {@code level}: {@code /Autodiscover/Response/Account/Protocol[2]}. */
  private String path(int level) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < level; i++) {
      b.append('/').append(names[i]);
      if (indexes[i] > 0) {
        b.append('[').append(indexes[i]).append(']');
      }
    }
    return b.length() == 0 ? "/" : b.toString();
  }

  /** The path of the current element. */
  public String path() {
    return path(depth);
  }

  public int line() {
    Location l = reader.getLocation();
    return l == null ? 0 : Math.max(l.getLineNumber(), 0);
  }

  public int column() {
    Location l = reader.getLocation();
    return l == null ? 0 : Math.max(l.getColumnNumber(), 0);
  }

  // ---- limits and failures

  private void checkElement() throws PoxReadException {
    if (++elements > limits.maxElements()) {
      throw limit(PoxReadException.Limit.MAX_ELEMENTS, limits.maxElements());
    }
    if (depth + 1 > limits.maxDepth()) {
      throw limit(PoxReadException.Limit.MAX_DEPTH, limits.maxDepth());
    }
    if (reader.getAttributeCount() > limits.maxAttributes()) {
      throw limit(PoxReadException.Limit.MAX_ATTRIBUTES, limits.maxAttributes());
    }
    if (reader.getLocalName().length() > limits.maxNameLength()) {
      throw limit(PoxReadException.Limit.MAX_NAME_LENGTH, limits.maxNameLength());
    }
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      if (reader.getAttributeLocalName(i).length() > limits.maxNameLength()) {
        throw limit(PoxReadException.Limit.MAX_NAME_LENGTH, limits.maxNameLength());
      }
      if (reader.getAttributeValue(i).length() > limits.maxTextLength()) {
        throw limit(PoxReadException.Limit.MAX_TEXT_LENGTH, limits.maxTextLength());
      }
    }
  }

  private PoxReadException limit(PoxReadException.Limit limit, long value) {
    return Failures.limit(limit, value, line(), column(), null);
  }

  /**
   * The parser's next event. The JDK's parser throws {@link MissingResourceException} for a few
   * errors (a character XML does not allow, inside a DTD); that is made the error it meant, here.
   */
  private int next() throws XMLStreamException {
    try {
      return reader.next();
    } catch (MissingResourceException e) {
      throw Failures.missingMessage(e, reader.getLocation());
    }
  }

  private PoxReadException fail(PoxReadException.Kind kind, String message, Throwable cause) {
    return new PoxReadException(kind, line(), column(), message, cause);
  }

  /** Turns a parser error into ours: kind, line:column, and a message without the parser's framing. */
  public PoxReadException translate(XMLStreamException e) {
    return Failures.translate(e, line(), column(), limits);
  }
}
