package dev.poxgen.internal;

import dev.poxgen.PoxWriteException;
import dev.poxgen.WriteOptions;
import dev.poxgen.XmlAttribute;
import dev.poxgen.XmlElement;
import dev.poxgen.XmlNode;
import dev.poxgen.XmlText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * A small, strict XML writer for generated writers: default-namespace declarations where the
 * namespace changes, escaping, optional two-space indentation, and a refusal, naming the element,
 * of characters XML 1.0 cannot carry. Elements with only text stay on one line.
 */
public final class XmlOut {
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  /** Where the text goes, in chunks; null for {@link #toText} and {@link #discarding}. */
  private final Writer out;
  /** Whether the text goes nowhere: a validator's dry write, which checks what is written. */
  private final boolean discard;
  /**
   * The thread's buffers this writer holds until it finishes: {@link Buffers#text} holds what is
   * written and not yet handed to {@link #out}, one bulk copy per chunk, where a {@code Writer}
   * call per piece cost more than the escaping (a {@code StringWriter} is a synchronized
   * {@code StringBuffer} that grows by copying).
   */
  private Buffers buffers;
  private final StringBuilder text;
  /** What a writer {@link #toText} wrote, once it finished. */
  private String result;
  private final boolean indent;
  /** The open elements, outermost first: their names as written, and their namespaces. */
  private String[] names = new String[16];
  private String[] namespaces = new String[16];
  /** What {@link #CHILDREN} and {@link #MIXED} say of each open element. */
  private byte[] flags = new byte[16];
  private int depth;
  /** An open element has a child element. */
  private static final byte CHILDREN = 1;
  /** An open element's content is mixed, so that indenting it would change its text. */
  private static final byte MIXED = 2;
  /** Checks identity constraints as the document is written: set for a validator's dry write. */
  private Identity identity;
  /** The constraints of the element {@link #declares} names, and where it is. */
  private IdentityConstraint[] declared;
  private String declaredNamespace;
  private String declaredName;
  private int declaredDepth;
  private boolean startOpen;
  /** The prefixes declared on the open start tag, and the namespaces they are bound to. */
  private final List<String> tagPrefixes = new ArrayList<>();
  private final List<String> tagNamespaces = new ArrayList<>();
  /**
   * The open start tag, written out when it closes: a QName in no namespace may yet need the
   * element under a prefix and the default namespace undeclared ({@link #qname}).
   */
  private final StringBuilder tag = new StringBuilder(128);
  /** Where in {@link #tag} the default namespace declaration {@link #start} wrote is, or -1. */
  private int defaultDeclarationStart = -1;
  private int defaultDeclarationEnd = -1;
  /** Whether the open start tag holds a QName written unprefixed, in the element's namespace. */
  private boolean unprefixedInTag;
  private boolean wroteText;
  private int prefixes;

  /** Text this long or longer goes to the {@code Writer}; a longer string goes there directly. */
  private static final int CHUNK = 4096;
  /** A builder the thread keeps no longer than this, so a large document's is not held. */
  private static final int KEPT_CAPACITY = 1 << 16;
  /**
   * Each thread's buffers, as a parser reuses its own: taken by a writer until it finishes, so a
   * write inside a write (or one that failed and never finished) gets buffers of its own.
   */
  private static final ThreadLocal<Buffers> BUFFERS = new ThreadLocal<>();

  /** A builder for the text and an array to hand it to a {@code Writer} in. */
  private static final class Buffers {
    final StringBuilder text = new StringBuilder(1024);
    char[] chunk;
  }

  /** Writes to {@code out}, in chunks; {@link #finish()} hands it the rest and flushes it. */
  public XmlOut(Writer out, WriteOptions options) throws PoxWriteException {
    this(out, false, options);
  }

  private XmlOut(Writer out, boolean discard, WriteOptions options) throws PoxWriteException {
    this.out = out;
    this.discard = discard;
    this.buffers = discard ? null : take();
    this.text = discard ? null : buffers.text;
    this.indent = options.indent();
    if (options.declaration()) {
      raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
      if (indent) {
        raw("\n");
      }
    }
  }

  /** Writes to a String, {@link #text()} once {@link #finish() finished}. */
  public static XmlOut toText(WriteOptions options) throws PoxWriteException {
    return new XmlOut(null, false, options);
  }

  /**
   * Writes nothing anywhere: for checking what a value writes ({@link #checkIdentity}) and the
   * errors writing it would raise.
   */
  public static XmlOut discarding(WriteOptions options) throws PoxWriteException {
    return new XmlOut(null, true, options);
  }

  private static Buffers take() {
    Buffers b = BUFFERS.get();
    if (b == null) {
      return new Buffers();
    }
    BUFFERS.remove();
    return b;
  }

  /** Gives the buffers back to the thread, emptied, unless they grew beyond what is worth holding. */
  private void release() {
    if (buffers != null) {
      text.setLength(0);
      if (text.capacity() <= KEPT_CAPACITY) {
        BUFFERS.set(buffers);
      }
      buffers = null;
    }
  }

  /** The document a writer {@link #toText} made wrote, once {@link #finish() finished}. */
  public String text() {
    if (out != null || discard) {
      throw new IllegalStateException("this writer does not write to a String");
    }
    if (result == null) {
      throw new IllegalStateException("the document is not finished");
    }
    return result;
  }

  /**
   * Checks the identity constraints of what is written with {@code identity}: a validator writes
   * a value to nowhere to check them.
   */
  public void checkIdentity(Identity identity) {
    this.identity = identity;
  }

  /**
   * The children of the current element named {@code localName} in {@code namespace} declare these
   * identity constraints, until another call or the current element's end.
   */
  public void declares(IdentityConstraint[] constraints, String namespace, String localName) {
    if (identity != null) {
      declared = constraints;
      declaredNamespace = namespace;
      declaredName = localName;
      declaredDepth = depth;
    }
  }

  /** The type the next element written names with {@code xsi:type}: its namespace, or null for none. */
  private String typeNamespace;
  private String typeName;

  /**
   * The next element {@link #start started} names its type with {@code xsi:type}: a type derived
   * from the one its declaration gives, which the value is of. Written as its first attribute,
   * with a prefix declared for the type's namespace and one for XML Schema's instance namespace.
   */
  public void xsiType(String namespace, String localName) {
    typeNamespace = namespace;
    typeName = localName;
  }

  /** Opens an element in a namespace; declares it as the default namespace where it changes. */
  public void start(String namespace, String localName) throws PoxWriteException {
    if (identity != null) {
      identity.start(namespace, localName, 0, 0);
      if (declared != null && depth == declaredDepth && localName.equals(declaredName)
          && namespace.equals(declaredNamespace)) {
        identity.open(declared, (depth == 0 ? "" : path()) + "/" + localName);
      }
    }
    closeStartTag(true);
    if (indent && depth > 0 && (flags[depth - 1] & MIXED) == 0) {
      raw("\n");
      raw(Strings.indent(depth));
    }
    startOpen = true;
    tag.setLength(0);
    unprefixedInTag = false;
    raw("<");
    raw(localName);
    String inScope = depth == 0 ? "" : namespaces[depth - 1];
    defaultDeclarationStart = -1;
    if (!namespace.equals(inScope)) {
      defaultDeclarationStart = tag.length();
      raw(" xmlns=\"");
      escape(namespace, true);
      raw("\"");
      defaultDeclarationEnd = tag.length();
    }
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      namespaces = Arrays.copyOf(namespaces, depth * 2);
      flags = Arrays.copyOf(flags, depth * 2);
    }
    names[depth] = localName;
    namespaces[depth] = namespace;
    flags[depth] = 0;
    depth++;
    if (!tagPrefixes.isEmpty()) {
      tagPrefixes.clear();
      tagNamespaces.clear();
    }
    wroteText = false;
    if (typeName != null) {
      QName type = new QName(typeNamespace, typeName, "");
      typeNamespace = null;
      typeName = null;
      attribute(new XmlAttribute(Xsi.NAMESPACE, "type", "xsi", qname(type)));
    }
  }

  /** An attribute without a namespace on the element just opened. */
  public void attribute(String localName, String value) throws PoxWriteException {
    if (identity != null) {
      identity.attribute("", localName, value);
    }
    rawAttribute(localName, value);
  }

  private void rawAttribute(String localName, String value) throws PoxWriteException {
    raw(" ");
    raw(localName);
    raw("=\"");
    escape(value, true);
    raw("\"");
  }

  /**
   * A qualified attribute (a global one, or one of {@code form="qualified"}) on the element just
   * opened, its namespace declared under a prefix of its own; without a namespace, a plain one.
   */
  public void attribute(String namespace, String localName, String value) throws PoxWriteException {
    attribute(new XmlAttribute(namespace, localName, "", value));
  }

  /** An attribute kept from a read document, with its namespace declared under a prefix if needed. */
  public void attribute(XmlAttribute a) throws PoxWriteException {
    if (a.namespace().isEmpty()) {
      attribute(a.localName(), a.value());
      return;
    }
    if (XMLNS_NS.equals(a.namespace())) {
      throw new PoxWriteException("at " + path() + ": the attribute " + a.localName() + " of "
          + a.namespace() + " is a namespace declaration, not an attribute; the writer declares namespaces itself",
          null);
    }
    String prefix = XML_NS.equals(a.namespace()) ? "xml" : declare(a.prefix(), a.namespace());
    if (identity != null) {
      identity.attribute(a.namespace(), a.localName(), a.value());
    }
    String value = a.value();
    if (Xsi.isResolvedType(a)) {
      // An xsi:type the reader resolved ({namespace}local): its prefix is bound where it is written.
      int close = value.indexOf('}');
      value = qname(new QName(value.substring(1, close), value.substring(close + 1), ""));
    }
    rawAttribute(prefix + ":" + a.localName(), value);
  }

  /**
   * The lexical form of an {@code xs:QName} value in the element just opened, its text or one of
   * its attributes: unprefixed where the value is in the element's namespace (the default
   * namespace the writer declares), else under a prefix declared on the element's start tag (the
   * value's own where it is free there). A value in no namespace is unprefixed: an element in a
   * namespace is then written under a prefix, with the default namespace undeclared ({@code
   * <p1:Code xmlns:p1="urn:x" xmlns="">Plain</p1:Code>}); one that holds a QName of its own
   * namespace written unprefixed already cannot be, and the writer says so.
   */
  public String qname(QName value) throws PoxWriteException {
    String ns = value.getNamespaceURI();
    String local = value.getLocalPart();
    if (XML_NS.equals(ns)) {
      return "xml:" + local;
    }
    if (!startOpen) {
      throw new IllegalStateException("a QName is written while its element's start tag is open");
    }
    if (ns.equals(namespaces[depth - 1])) {
      unprefixedInTag = true;
      return local;
    }
    if (ns.isEmpty()) {
      if (unprefixedInTag) {
        throw new PoxWriteException("at " + path() + ": the QName " + local + " is in no namespace, but the"
            + " element holds a QName in " + namespaces[depth - 1] + " written without a prefix"
            + " already; no prefix can be bound to no namespace", null);
      }
      undeclareDefault();
      return local;
    }
    return declare(value.getPrefix(), ns) + ":" + local;
  }

  /**
   * Rewrites the open start tag so that an unprefixed QName means no namespace: the element under a
   * prefix bound to its namespace, and the default namespace undeclared ({@code xmlns=""}), which
   * its children in a namespace declare again as usual.
   */
  private void undeclareDefault() throws PoxWriteException {
    int top = depth - 1;
    String namespace = namespaces[top];
    String prefix = declare("", namespace);
    String inherited = top == 0 ? "" : namespaces[top - 1];
    if (defaultDeclarationStart >= 0) {
      tag.delete(defaultDeclarationStart, defaultDeclarationEnd);
      defaultDeclarationStart = -1;
    }
    if (!inherited.isEmpty()) {
      raw(" xmlns=\"\"");
    }
    String name = names[top];
    tag.replace(1, 1 + name.length(), prefix + ":" + name);
    names[top] = prefix + ":" + name;
    namespaces[top] = "";
  }

  /**
   * A prefix bound to {@code namespace} on the open start tag: one declared there already, else
   * {@code preferred} where it is a plain name not declared there, else a fresh one, declared.
   */
  private String declare(String preferred, String namespace) throws PoxWriteException {
    int at = tagNamespaces.indexOf(namespace);
    if (at >= 0) {
      return tagPrefixes.get(at);
    }
    String prefix = plainPrefix(preferred) && !tagPrefixes.contains(preferred) ? preferred : null;
    while (prefix == null || tagPrefixes.contains(prefix)) {
      prefix = "p" + (++prefixes);
    }
    raw(" xmlns:" + prefix + "=\"");
    escape(namespace, true);
    raw("\"");
    tagPrefixes.add(prefix);
    tagNamespaces.add(namespace);
    return prefix;
  }

  /** Whether a prefix is an ASCII name that does not start with {@code xml} (reserved in any case). */
  private static boolean plainPrefix(String prefix) {
    if (prefix.isEmpty() || prefix.regionMatches(true, 0, "xml", 0, 3)) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '-' || c == '.'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The element just opened has mixed content: its text is content, so nothing is indented inside
   * it (the elements inside its children are, where theirs is not mixed).
   */
  public void mixed() {
    flags[depth - 1] |= MIXED;
  }

  /** Text content of the element just opened. */
  public void text(String text) throws PoxWriteException {
    if (identity != null && identity.active()) {
      identity.text(text.toCharArray(), 0, text.length());
    }
    closeStartTag(false);
    escape(text, false);
    wroteText = true;
  }

  /** Closes the innermost element. */
  public void end() throws PoxWriteException {
    if (identity != null) {
      identity.end();
      if (depth - 1 < declaredDepth) {
        declared = null;
      }
    }
    int last = --depth;
    String name = names[last];
    names[last] = null;
    namespaces[last] = null;
    boolean children = (flags[last] & CHILDREN) != 0;
    boolean mixedContent = (flags[last] & MIXED) != 0;
    if (startOpen) {
      raw("/>");
      flushTag();
    } else {
      if (indent && children && !wroteText && !mixedContent) {
        raw("\n");
        raw(Strings.indent(depth));
      }
      raw("</");
      raw(name);
      raw(">");
    }
    wroteText = false;
  }

  /** Writes a node kept from a read document back, whole. */
  public void node(XmlNode node) throws PoxWriteException {
    if (node instanceof XmlText t) {
      text(t.text());
      return;
    }
    XmlElement e = (XmlElement) node;
    element(e.namespace(), e.localName(), e);
  }

  /**
   * Writes an element of {@code xs:anyType} (or declared without a type) under its declared name:
   * the attributes and children of {@code e}, whatever name {@code e} itself has.
   */
  public void element(String namespace, String localName, XmlElement e) throws PoxWriteException {
    start(namespace, localName);
    for (XmlAttribute a : e.attributes()) {
      attribute(a);
    }
    boolean text = false;
    for (XmlNode child : e.children()) {
      text |= child instanceof XmlText t && !Strings.isBlank(t.text());
    }
    if (text) {
      mixed(); // text beside elements: indenting would change it
    }
    for (XmlNode child : e.children()) {
      if (child instanceof XmlText && indent && !text && e.children().size() > 1) {
        continue; // indentation between kept children; ours replaces it
      }
      node(child);
    }
    end();
  }

  /** Ends the document. */
  public void finish() throws PoxWriteException {
    if (indent) {
      raw("\n");
    }
    if (discard) {
      return;
    }
    if (out == null) {
      result = text.toString();
    } else {
      drain();
      try {
        out.flush();
      } catch (IOException e) {
        throw new PoxWriteException("writing failed: " + e, e);
      }
    }
    release();
  }

  private void closeStartTag(boolean child) throws PoxWriteException {
    if (depth > 0 && child) {
      flags[depth - 1] |= CHILDREN;
    }
    if (startOpen) {
      raw(">");
      flushTag();
    }
  }

  /** Writes the start tag out, now closed. */
  private void flushTag() throws PoxWriteException {
    startOpen = false;
    if (!discard) {
      text.append(tag);
      drainFull();
    }
  }

  private void raw(String s) throws PoxWriteException {
    if (startOpen) {
      tag.append(s);
    } else if (!discard) {
      text.append(s);
      drainFull();
    }
  }

  /** {@code s}'s characters from {@code from} to {@code to}, without a substring. */
  private void raw(String s, int from, int to) throws PoxWriteException {
    if (startOpen) {
      tag.append(s, from, to);
    } else if (discard) {
      return;
    } else if (out != null && to - from >= CHUNK) {
      drain();
      try {
        out.write(s, from, to - from);
      } catch (IOException e) {
        throw new PoxWriteException("writing failed at " + path() + ": " + e, e);
      }
    } else {
      text.append(s, from, to);
      drainFull();
    }
  }

  /** Hands the text to the Writer once a chunk of it is there. */
  private void drainFull() throws PoxWriteException {
    if (out != null && text.length() >= CHUNK) {
      drain();
    }
  }

  /** Hands all the text so far to the Writer. */
  private void drain() throws PoxWriteException {
    int length = text.length();
    char[] chunk = buffers.chunk;
    if (chunk == null) {
      chunk = new char[CHUNK];
      buffers.chunk = chunk;
    }
    try {
      for (int from = 0; from < length; from += chunk.length) {
        int to = Math.min(length, from + chunk.length);
        text.getChars(from, to, chunk, 0);
        out.write(chunk, 0, to - from);
      }
    } catch (IOException e) {
      throw new PoxWriteException("writing failed at " + path() + ": " + e, e);
    }
    text.setLength(0);
  }

  private String path() {
    return depth == 0 ? "/" : "/" + String.join("/", Arrays.asList(names).subList(0, depth));
  }

  /**
   * The characters below {@code @} that text passes through as they are ({@link #PLAIN_IN_TEXT})
   * and that an attribute value does ({@link #PLAIN_IN_ATTRIBUTE}); from {@code @} to the
   * surrogates every character is plain.
   */
  private static final boolean[] PLAIN_IN_TEXT = new boolean['@'];
  private static final boolean[] PLAIN_IN_ATTRIBUTE = new boolean['@'];

  static {
    for (char c = ' '; c < '@'; c++) {
      boolean markup = c == '&' || c == '<' || c == '>';
      PLAIN_IN_TEXT[c] = !markup;
      PLAIN_IN_ATTRIBUTE[c] = !markup && c != '"';
    }
    PLAIN_IN_TEXT['\t'] = true;
    PLAIN_IN_TEXT['\n'] = true;
  }

  private void escape(String s, boolean attribute) throws PoxWriteException {
    boolean[] plain = attribute ? PLAIN_IN_ATTRIBUTE : PLAIN_IN_TEXT;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '@' ? plain[c] : c < 0xD800) {
        continue;
      }
      String replacement = null;
      switch (c) {
        case '&' -> replacement = "&amp;";
        case '<' -> replacement = "&lt;";
        case '>' -> replacement = "&gt;";
        case '"' -> replacement = attribute ? "&quot;" : null;
        case '\r' -> replacement = "&#13;";
        case '\t' -> replacement = attribute ? "&#9;" : null;
        case '\n' -> replacement = attribute ? "&#10;" : null;
        default -> {
          if (!allowed(s, i)) {
            throw new PoxWriteException(String.format(
                "%s holds the character U+%04X, which XML 1.0 cannot carry", path(), (int) c), null);
          }
          if (Character.isHighSurrogate(c)) {
            i++;
          }
        }
      }
      if (replacement != null) {
        raw(s, from, i);
        raw(replacement);
        from = i + 1;
      }
    }
    raw(s, from, s.length());
  }

  private static boolean allowed(String s, int i) {
    char c = s.charAt(i);
    if (c >= 0x20 && c <= 0xD7FF) {
      return true;
    }
    if (c == 0x9 || c == 0xA || c == 0xD) {
      return true;
    }
    if (c >= 0xE000 && c <= 0xFFFD) {
      return true;
    }
    return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
  }
}
