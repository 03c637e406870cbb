package dev.poxgen.internal.xml;

import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.xmlpull.v1.XmlPullParser;
import org.xmlpull.v1.XmlPullParserException;
import org.xmlpull.v1.XmlPullParserFactory;

/**
 * The XmlPull backend: Android's built-in parser, or kXML 2 on the JVM, read token by token
 * ({@code nextToken()}, so that a DOCTYPE is seen and refused, and references are seen one by one)
 * in its strict, namespace-aware mode. What kXML 2 lets through that the JDK's parser refuses is
 * refused here, with the JDK's words: undeclared entities, character references to what is not an
 * XML character, characters XML does not allow (in a DOCTYPE too, which is then not well-formed
 * rather than refused), duplicate attributes, reserved namespace bindings,
 * {@code --} in comments, a document that ends inside an element. Character references above
 * U+FFFF, which kXML 2 truncates, are decoded here. Positions are the JDK's: kXML 2 counts line 1
 * from column 0, and text is placed where the JDK's reader places it (see {@link #textColumn}).
 */
final class PullEvents extends XmlEvents {
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

  private final XmlPullParser parser;
  private final int[] holder = new int[2];

  /** The token read ahead after a text token, or -1; and the failure met reading it. */
  private int pending = -1;
  private PoxReadException pendingFailure;

  /** The current text, copied out of the parser (which has moved on to the next token). */
  private char[] text = new char[64];
  private int textLength;
  private int textLine;
  private int textColumn;
  /** Whether the document element has ended, and where the parser was before its latest token. */
  private boolean rootDone;
  private int lastLine;
  private int lastColumn;
  /** Where the parser was before the token it read last (ahead or not): where that token starts. */
  private int tokenLine;
  private int tokenColumn;
  /** Whether the current event is a text taken out of the parser, which may have read on. */
  private boolean atText;

  private PullEvents(XmlPullParser parser, Limits limits) {
    super(limits);
    this.parser = parser;
  }

  /** Where the parsers come from: the platform's factory, found once. */
  private static final class Factory {
    static final XmlPullParserFactory INSTANCE = create();

    private static XmlPullParserFactory create() {
      try {
        XmlPullParserFactory f = XmlPullParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        return f;
      } catch (XmlPullParserException e) {
        throw new IllegalStateException("no XmlPull parser found: on the JVM, put kXML 2 (net.sf.kxml:kxml2) on the"
            + " class path, or read with XmlParser.jdkStax()", e);
      }
    }
  }

  static XmlEvents open(Reader in, Limits limits) throws PoxReadException {
    XmlPullParser p;
    try {
      p = Factory.INSTANCE.newPullParser();
      p.setFeature(XmlPullParser.FEATURE_PROCESS_NAMESPACES, true);
      if (p.getFeature(XmlPullParser.FEATURE_PROCESS_DOCDECL)) {
        p.setFeature(XmlPullParser.FEATURE_PROCESS_DOCDECL, false);
      }
      if (p.getFeature("http://xmlpull.org/v1/doc/features.html#relaxed")) {
        p.setFeature("http://xmlpull.org/v1/doc/features.html#relaxed", false);
      }
    } catch (XmlPullParserException e) {
      throw new IllegalStateException("the XmlPull parser " + Factory.INSTANCE + " cannot be set to strict,"
          + " namespace-aware reading without DTDs", e);
    }
    try {
      p.setInput(in);
    } catch (XmlPullParserException e) {
      throw new PoxReadException(PoxReadException.Kind.NOT_WELL_FORMED, 1, 1, "not well-formed XML: " + plain(e), e);
    }
    return new PullEvents(p, limits);
  }

  // ---- events

  @Override
  int advance() throws PoxReadException {
    atText = false;
    while (true) {
      int token;
      if (pendingFailure != null) {
        PoxReadException f = pendingFailure;
        pendingFailure = null;
        throw f;
      }
      if (pending >= 0) {
        token = pending;
        pending = -1;
      } else {
        lastLine = line(parser.getLineNumber());
        lastColumn = column(parser.getLineNumber(), parser.getColumnNumber());
        token = nextToken();
      }
      switch (token) {
        case XmlPullParser.START_TAG:
          if (rootDone) {
            // kXML 2 reads on past the document element; the JDK's reader stops at the '<', here.
            throw new PoxReadException(PoxReadException.Kind.NOT_WELL_FORMED, lastLine, lastColumn + 1,
                "not well-formed XML: The markup in the document following the root element must be well-formed.",
                null);
          }
          checkStartTag();
          return START_ELEMENT;
        case XmlPullParser.END_TAG:
          rootDone = depth() == 1;
          return END_ELEMENT;
        case XmlPullParser.TEXT:
        case XmlPullParser.CDSECT:
        case XmlPullParser.IGNORABLE_WHITESPACE:
          if (takeText(token)) {
            atText = true;
            return TEXT;
          }
          break;
        case XmlPullParser.ENTITY_REF:
          takeReference();
          atText = true;
          return TEXT;
        case XmlPullParser.DOCDECL:
          checkDoctype();
          // The JDK's reader stands one character further after an internal subset ("]>").
          throw doctype(line(), column() + (hasInternalSubset(parser.getText()) ? 1 : 0));
        case XmlPullParser.COMMENT:
          checkComment();
          break;
        case XmlPullParser.PROCESSING_INSTRUCTION:
          checkInstruction();
          break;
        case XmlPullParser.END_DOCUMENT:
          if (depth() > 0) {
            throw notWellFormed("XML document structures must start and end within the same entity.");
          }
          return END_DOCUMENT;
        default:
          break;
      }
    }
  }

  private int nextToken() throws PoxReadException {
    tokenLine = line(parser.getLineNumber());
    tokenColumn = column(parser.getLineNumber(), parser.getColumnNumber());
    try {
      return parser.nextToken();
    } catch (XmlPullParserException e) {
      Throwable cause = e.getDetail();
      if (cause instanceof IOException) {
        throw io((IOException) cause);
      }
      throw new PoxReadException(PoxReadException.Kind.NOT_WELL_FORMED, line(e.getLineNumber()),
          column(e.getLineNumber(), e.getColumnNumber()), "not well-formed XML: " + plain(e), e);
    } catch (IOException e) {
      throw io(e);
    } catch (RuntimeException e) {
      // kXML 2 fails this way on some malformed references and undeclared prefixes.
      throw notWellFormed(runtimeFailure(e.getMessage()));
    }
  }

  /**
   * kXML 2's RuntimeException messages in words: {@code Undefined Prefix: p in
   * org.kxml2.io.KXmlParser@1b2c3d} is an undeclared prefix; any other keeps its message, without
   * the parser object kXML appends.
   */
  static String runtimeFailure(String message) {
    String m = message == null ? "" : message;
    int in = m.indexOf(" in org.kxml2.");
    if (in >= 0) {
      m = m.substring(0, in);
    }
    if (m.startsWith("Undefined Prefix: ")) {
      return "the prefix " + m.substring("Undefined Prefix: ".length()).trim() + " is bound to no namespace";
    }
    return "the parser could not read the markup here" + (m.isEmpty() ? "" : " (" + m + ")");
  }

  private PoxReadException io(IOException e) {
    if (e instanceof Decoding.EncodingError) {
      Decoding.EncodingError enc = (Decoding.EncodingError) e;
      return new PoxReadException(PoxReadException.Kind.ENCODING, enc.line, enc.column, enc.getMessage(), enc);
    }
    if (e instanceof LimitedInput.LimitExceeded) {
      return ((LimitedInput.LimitExceeded) e).at(line(), column());
    }
    return new PoxReadException(PoxReadException.Kind.IO, line(), column(), "reading the input failed: " + e, e);
  }

  /**
   * Copies a text token out of the parser and reads the token after it, which says where the JDK's
   * reader would place the text. False when the token holds no character (kXML's empty text).
   */
  private boolean takeText(int token) throws PoxReadException {
    char[] chars = parser.getTextCharacters(holder);
    int start = holder[0];
    int length = holder[1];
    if (length == 0 || chars == null) {
      return false;
    }
    checkCharacters(chars, start, length, "in the element content of the document");
    setText(chars, start, length);
    int line = line(parser.getLineNumber());
    int column = column(parser.getLineNumber(), parser.getColumnNumber());
    if (token == XmlPullParser.CDSECT) {
      textLine = line;
      textColumn = column;
      return true;
    }
    lookAhead();
    textLine = line;
    textColumn = column + (scansAhead(chars, start, length) ? ahead() : 0);
    return true;
  }

  /** Reads the next token now, keeping it (or its failure) for the next call. */
  private void lookAhead() {
    try {
      pending = nextToken();
    } catch (PoxReadException e) {
      pendingFailure = e;
    }
  }

  /** How many characters of the markup after the text the JDK's reader has read: {@code <}, or {@code </}. */
  private int ahead() {
    if (pendingFailure != null) {
      return 0;
    }
    switch (pending) {
      case XmlPullParser.END_TAG:
        return 2;
      case XmlPullParser.START_TAG:
      case XmlPullParser.COMMENT:
      case XmlPullParser.PROCESSING_INSTRUCTION:
      case XmlPullParser.CDSECT:
      case XmlPullParser.ENTITY_REF:
        return 1;
      default:
        return 0;
    }
  }

  /**
   * Whether the JDK's reader read on past this text into the markup after it: it does when its
   * first scan took the whole text, that is when the text, past its leading line breaks, holds no
   * line break, no {@code ]} and nothing above U+FFFF.
   */
  private static boolean scansAhead(char[] chars, int start, int length) {
    int i = start;
    int end = start + length;
    while (i < end && (chars[i] == '\n' || chars[i] == '\r')) {
      i++;
    }
    for (; i < end; i++) {
      char c = chars[i];
      if (c == '\n' || c == '\r' || c == ']' || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private void setText(char[] chars, int start, int length) {
    if (text.length < length) {
      text = Arrays.copyOf(text, Math.max(length, text.length * 2));
    }
    System.arraycopy(chars, start, text, 0, length);
    textLength = length;
  }

  /** A reference: one of the five predefined entities or a character reference, decoded here. */
  private void takeReference() throws PoxReadException {
    String name = parser.getName();
    textLine = line(parser.getLineNumber());
    textColumn = column(parser.getLineNumber(), parser.getColumnNumber());
    if (name != null && name.startsWith("#")) {
      int code = codePoint(name);
      if (code < 0 || !isXmlChar(code)) {
        throw notWellFormed("Character reference \"&" + name + "\" is an invalid XML character.");
      }
      int n = Character.toChars(code, text, 0);
      textLength = n;
      return;
    }
    String value = parser.getText();
    if (value == null || !isPredefined(name)) {
      throw notWellFormed("The entity \"" + name + "\" was referenced, but not declared.");
    }
    setText(value.toCharArray(), 0, value.length());
  }

  private static boolean isPredefined(String name) {
    return "amp".equals(name) || "lt".equals(name) || "gt".equals(name) || "quot".equals(name) || "apos".equals(name);
  }

  /** The code point of {@code #65} or {@code #x41}, or -1 when it is not one. */
  private static int codePoint(String name) {
    boolean hex = name.length() > 1 && name.charAt(1) == 'x';
    int from = hex ? 2 : 1;
    if (from >= name.length() || name.length() - from > 8) {
      return -1;
    }
    long value = 0;
    for (int i = from; i < name.length(); i++) {
      int d = Character.digit(name.charAt(i), hex ? 16 : 10);
      if (d < 0 || name.charAt(i) > 'f') {
        return -1;
      }
      value = value * (hex ? 16 : 10) + d;
    }
    return value > Character.MAX_CODE_POINT ? -1 : (int) value;
  }

  /** XML 1.0's {@code Char}: tab, line feed, carriage return, and U+0020 up, but surrogates, U+FFFE and U+FFFF. */
  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
        || c >= 0x10000 && c <= 0x10FFFF;
  }

  private void checkCharacters(char[] chars, int start, int length, String where) throws PoxReadException {
    int i = invalidCharacter(chars, start, length);
    if (i >= 0) {
      throw notWellFormed("An invalid XML character (Unicode: 0x"
          + Integer.toHexString(chars[i]).toUpperCase(java.util.Locale.ROOT) + ") was found " + where + ".");
    }
  }

  /** The index of the first character XML does not allow, or -1. */
  private static int invalidCharacter(char[] chars, int start, int length) {
    for (int i = start, end = start + length; i < end; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0xD800 || c == '\n' || c == '\t' || c == '\r') {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
        i++;
        continue;
      }
      if (c >= 0xE000 && c <= 0xFFFD) {
        continue;
      }
      return i;
    }
    return -1;
  }

  /**
   * A document type declaration holding a character XML does not allow is not well-formed, at that
   * character, as the JDK's parser finds before it reports the declaration; kXML 2 passes it.
   * Otherwise the declaration is refused as any other is.
   */
  private void checkDoctype() throws PoxReadException {
    String declaration = parser.getText(); // what follows "<!DOCTYPE", up to the closing '>'
    if (declaration == null) {
      return;
    }
    char[] chars = declaration.toCharArray();
    int i = invalidCharacter(chars, 0, chars.length);
    if (i < 0) {
      return;
    }
    // Placed from the end of the declaration, where the parser is now (just past its '>'), and for
    // its first line from its start: kXML 2 reads an XML declaration with the token after it.
    int breaksAfter = 0;
    for (int j = i + 1; j < chars.length; j++) {
      if (chars[j] == '\n') {
        breaksAfter++;
      }
    }
    int breakBefore = declaration.lastIndexOf('\n', i);
    int line;
    int column;
    if (breaksAfter == 0) {
      line = line(parser.getLineNumber());
      column = column(parser.getLineNumber(), parser.getColumnNumber()) - 1 - (chars.length - i);
    } else if (breakBefore >= 0) {
      line = line(parser.getLineNumber()) - breaksAfter;
      column = i - breakBefore;
    } else {
      line = tokenLine;
      column = tokenColumn + "<!DOCTYPE".length() + i;
    }
    throw new PoxReadException(PoxReadException.Kind.NOT_WELL_FORMED, line, column,
        "not well-formed XML: " + INVALID_CHARACTER_IN_DTD, null);
  }

  /** Whether a DOCDECL's text (what follows "<!DOCTYPE") has an internal subset: a '[' outside the quoted ids. */
  private static boolean hasInternalSubset(String declaration) {
    if (declaration == null) {
      return false;
    }
    char quote = 0;
    for (int i = 0; i < declaration.length(); i++) {
      char c = declaration.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        return true;
      }
    }
    return false;
  }

  private void checkStartTag() throws PoxReadException {
    int n = parser.getAttributeCount();
    for (int i = 0; i < n; i++) {
      String value = parser.getAttributeValue(i);
      checkCharacters(value.toCharArray(), 0, value.length(), "in the value of attribute \"" + qualified(i)
          + "\" and element is \"" + parser.getName() + "\"");
    }
    if (n <= limits().maxAttributes()) {
      for (int i = 1; i < n; i++) {
        for (int j = 0; j < i; j++) {
          if (parser.getAttributeName(i).equals(parser.getAttributeName(j))
              && orEmpty(parser.getAttributeNamespace(i)).equals(orEmpty(parser.getAttributeNamespace(j)))) {
            throw notWellFormed("Attribute \"" + qualified(i) + "\" was already specified for element \""
                + qualifiedElement() + "\".");
          }
        }
      }
    }
    for (int i = 0, count = namespaceCount(); i < count; i++) {
      String prefix = namespacePrefix(i);
      String uri = namespaceUri(i);
      if ("xmlns".equals(prefix)) {
        throw notWellFormed("The prefix \"xmlns\" cannot be bound to any namespace explicitly; neither can the"
            + " namespace for \"xmlns\" be bound to any prefix explicitly.");
      }
      if (XMLNS_NS.equals(uri)) {
        throw notWellFormed("The namespace \"" + XMLNS_NS + "\" cannot be bound to any prefix explicitly.");
      }
      if ("xml".equals(prefix) != XML_NS.equals(uri)) {
        throw notWellFormed("The prefix \"xml\" cannot be bound to any namespace other than its usual namespace;"
            + " neither can the namespace for \"xml\" be bound to any prefix other than \"xml\".");
      }
    }
  }

  private String qualified(int i) {
    String prefix = parser.getAttributePrefix(i);
    return prefix == null || prefix.isEmpty() ? parser.getAttributeName(i) : prefix + ":" + parser.getAttributeName(i);
  }

  private String qualifiedElement() {
    String prefix = parser.getPrefix();
    return prefix == null || prefix.isEmpty() ? parser.getName() : prefix + ":" + parser.getName();
  }

  private void checkComment() throws PoxReadException {
    String c = parser.getText();
    if (c != null && (c.contains("--") || c.endsWith("-"))) {
      throw notWellFormed("The string \"--\" is not permitted within comments.");
    }
    if (c != null) {
      checkCharacters(c.toCharArray(), 0, c.length(), "in a comment");
    }
  }

  private void checkInstruction() throws PoxReadException {
    String pi = parser.getText();
    if (pi == null) {
      return;
    }
    int end = 0;
    while (end < pi.length() && !Character.isWhitespace(pi.charAt(end))) {
      end++;
    }
    if (end == 3 && pi.regionMatches(true, 0, "xml", 0, 3)) {
      throw notWellFormed("The processing instruction target matching \"[xX][mM][lL]\" is not allowed.");
    }
    checkCharacters(pi.toCharArray(), 0, pi.length(), "in a processing instruction");
  }

  private PoxReadException notWellFormed(String message) {
    return fail(PoxReadException.Kind.NOT_WELL_FORMED, "not well-formed XML: " + message);
  }

  /** kXML's message without its "(position:... in ...)" suffix. */
  private static String plain(XmlPullParserException e) {
    String m = e.getMessage();
    if (m == null) {
      return "(no message)";
    }
    int at = m.indexOf(" (position:");
    return (at >= 0 ? m.substring(0, at) : m).replaceAll("\\s+", " ").trim();
  }

  // ---- names, attributes, namespaces

  @Override
  public String localName() {
    return parser.getName();
  }

  @Override
  public String namespace() {
    return orEmpty(parser.getNamespace());
  }

  @Override
  public String prefix() {
    return orEmpty(parser.getPrefix());
  }

  @Override
  public int attributeCount() {
    return parser.getAttributeCount();
  }

  @Override
  public String attributeLocalName(int i) {
    return parser.getAttributeName(i);
  }

  @Override
  public String attributeNamespace(int i) {
    return orEmpty(parser.getAttributeNamespace(i));
  }

  @Override
  public String attributePrefix(int i) {
    return orEmpty(parser.getAttributePrefix(i));
  }

  @Override
  public String attributeValue(int i) {
    return parser.getAttributeValue(i);
  }

  @Override
  public int namespaceCount() {
    try {
      int d = parser.getDepth();
      return parser.getNamespaceCount(d) - parser.getNamespaceCount(d - 1);
    } catch (XmlPullParserException e) {
      return 0;
    }
  }

  private int firstNamespace() throws XmlPullParserException {
    return parser.getNamespaceCount(parser.getDepth() - 1);
  }

  @Override
  public String namespacePrefix(int i) {
    try {
      return orEmpty(parser.getNamespacePrefix(firstNamespace() + i));
    } catch (XmlPullParserException e) {
      throw new IndexOutOfBoundsException(e.getMessage());
    }
  }

  @Override
  public String namespaceUri(int i) {
    try {
      return orEmpty(parser.getNamespaceUri(firstNamespace() + i));
    } catch (XmlPullParserException e) {
      throw new IndexOutOfBoundsException(e.getMessage());
    }
  }

  @Override
  public String namespaceUri(String prefix) {
    String uri = parser.getNamespace(prefix.isEmpty() ? null : prefix);
    return uri == null || uri.isEmpty() ? null : uri;
  }

  // ---- text and position

  @Override
  public char[] textCharacters() {
    return text;
  }

  @Override
  public int textStart() {
    return 0;
  }

  @Override
  public int textLength() {
    return textLength;
  }

  @Override
  public int line() {
    return atText ? textLine : line(parser.getLineNumber());
  }

  @Override
  public int column() {
    return atText ? textColumn : column(parser.getLineNumber(), parser.getColumnNumber());
  }

  private static int line(int line) {
    return Math.max(line, 0);
  }

  /** kXML 2 counts the columns of line 1 from 0 and of the other lines from 1. */
  private static int column(int line, int column) {
    return Math.max(line == 1 ? column + 1 : column, 0);
  }

  @Override
  public void close() {
    try {
      parser.setInput(null);
    } catch (XmlPullParserException e) {
      // Releasing the input; nothing to report.
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
