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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import dev.poxgen.internal.xml.XmlEvents;

/**
 * The reading loop generated readers drive: a document's {@link XmlEvents} (hardened and
 * limit-checked, from StAX or XmlPull), the element path kept for messages, text joined across
 * comments, CDATA and references, unknown content captured whole, and every finding collected.
 *
 * <p>Generated code calls it; it is public only for that. One cursor reads one document on one
 * thread.
 */
public final class PoxCursor implements Sink {
  private final XmlEvents reader;
  private final Limits limits;
  private final boolean strict;
  private final List<Finding> findings = new ArrayList<>();

  /** This cursor's arrays, the thread's until {@link #release()} gives them back. */
  private final Frames frames;
  /**
   * The element names of the path, per depth: the one per-depth array each cursor makes anew
   * rather than taking from its thread. An element's name is stored into it on entry, and a
   * reference stored into an array the collector has promoted (as a thread's kept arrays are)
   * passes G1's card-marking barrier, a memory fence for each element. Into a new array it does
   * not: the profile of the {@code large} benchmark document had {@link #enter} at 4.8% of the
   * read with a kept array, and not at all with a new one, which costs 80 bytes a read.
   */
  private String[] names = new String[16];
  private int[] indexes;
  private int[] known;
  private Extras.Builder[] extras;
  private String[] actualNamespaces;
  private String[] expectedNamespaces;
  /**
   * The last document namespace found equal to the schema's, and that one: the same two String
   * objects again are equal without comparing their characters (a URI per element, otherwise).
   */
  private @Nullable String sameActual;
  private @Nullable String sameExpected;
  /** Builders the generated reader has emptied for the next value of their type, by slot; this read's only. */
  private @Nullable Object[] spares = new Object[0];
  /** Whether the element at each depth has mixed content: its text is content, not stray. */
  private boolean[] mixed;
  /** The xsi:nil state of the element at each depth: one of {@link #NOT_NILLABLE} to {@link #NIL_REPORTED}. */
  private byte[] nil;
  /** What {@link #counts} hands the generated reader of the element at each depth. */
  private int[][] counts;
  private static final byte NOT_NILLABLE = 0;
  private static final byte NILLABLE = 1;
  /** Nillable, with a fixed value: xsi:nil="true" is an error (cvc-elt.3.2.2). */
  private static final byte NILLABLE_FIXED = 2;
  private static final byte NIL = 3;
  /** Nil, and its content already reported. */
  private static final byte NIL_REPORTED = 4;
  private int depth;
  private int elements;

  private char[] text;
  private int textLength;

  private boolean peeked;
  private int peekLine;
  private int peekColumn;
  private String peekNamespace = "";
  private String peekLocalName = "";
  private List<XmlAttribute> snapshot;
  /**
   * The text {@link #peekFirstChild()} passed before the first child, while whether the element's
   * content is mixed is not known yet; null when there was none. {@link #mixed()} keeps it as
   * content, {@link #attributesDone()} as stray text.
   */
  private StringBuilder peekText;
  private int peekTextLine;
  private int peekTextColumn;
  private boolean peeking;
  /** Checks identity constraints, from the first element that declares one; null before. */
  private Identity identity;
  private IdentityFeed feed;
  /** The document's IDs and IDREFs, from the first; null before. */
  private Ids ids;
  /**
   * With a snapshot: the URIs the prefixes of its attributes' values are bound to at its start tag
   * (a null value: to none), for {@link #xsiTypeBinding} and {@link #namespaceUri}; null while no
   * value has a prefix, as for nearly every element.
   */
  private Map<String, String> snapshotBindings;
  /** With a snapshot: the URI the default namespace was bound to at its start tag (null: none). */
  private String snapshotDefault;

  PoxCursor(XmlEvents reader, ReadOptions options) {
    this.reader = reader;
    this.limits = options.limits();
    this.strict = options.mode() == Mode.STRICT;
    Frames f = FRAMES.get();
    if (f == null) {
      f = new Frames();
    } else {
      FRAMES.set(null); // this cursor's until released: a read inside this one makes its own
    }
    frames = f;
    indexes = f.indexes;
    known = f.known;
    extras = f.extras;
    actualNamespaces = f.actualNamespaces;
    expectedNamespaces = f.expectedNamespaces;
    mixed = f.mixed;
    nil = f.nil;
    counts = f.counts;
    text = f.text;
  }

  /**
   * The arrays a cursor keeps per depth, and its text buffer, which the thread keeps from one read
   * to the next: for a small document they were a tenth of what a read allocated. A cursor takes
   * them from its thread while it reads (a read inside a read makes its own) and gives them back
   * at {@link #release()}, emptied of what the document held, and not at all when they grew past
   * what a common document needs.
   */
  private static final class Frames {
    /** The depth and text length past which the arrays are not kept for the next read. */
    private static final int KEPT_DEPTH = 64;
    private static final int KEPT_TEXT = 8192;

    int[] indexes = new int[16];
    int[] known = new int[16];
    Extras.Builder[] extras = new Extras.Builder[16];
    String[] actualNamespaces = new String[16];
    String[] expectedNamespaces = new String[16];
    boolean[] mixed = new boolean[16];
    byte[] nil = new byte[16];
    int[][] counts = new int[16][];
    char[] text = new char[256];
  }

  private static final ThreadLocal<Frames> FRAMES = new ThreadLocal<>();

  /**
   * Ends this cursor's read: gives its arrays back to the thread for the next read. The cursor is
   * not used after this.
   */
  void release() {
    if (indexes.length > Frames.KEPT_DEPTH || text.length > Frames.KEPT_TEXT) {
      return; // a deep or long document's: not held for the next read
    }
    Frames f = frames;
    Arrays.fill(extras, null);
    Arrays.fill(actualNamespaces, null);
    Arrays.fill(expectedNamespaces, null);
    f.indexes = indexes;
    f.known = known;
    f.extras = extras;
    f.actualNamespaces = actualNamespaces;
    f.expectedNamespaces = expectedNamespaces;
    f.mixed = mixed;
    f.nil = nil;
    f.counts = counts;
    f.text = text;
    FRAMES.set(f);
  }

  /**
   * The builder the generated reader gave back for slot {@code slot} (a type's values), taking it,
   * or null. Each read has its own: no builder outlives the read or passes between threads.
   */
  public @Nullable Object spare(int slot) {
    if (slot >= spares.length) {
      return null;
    }
    Object b = spares[slot];
    spares[slot] = null;
    return b;
  }

  /** Gives back an emptied builder for the next value of its type ({@link #spare(int)}). */
  public void spare(int slot, Object builder) {
    if (slot >= spares.length) {
      spares = Arrays.copyOf(spares, Math.max(slot + 1, spares.length * 2));
    }
    spares[slot] = builder;
  }

  /**
   * An array of {@code n} zeros for the generated reader of the current element to count its
   * children in: the one this depth holds, reused by the next element at this depth once this one
   * is read.
   */
  public int[] counts(int n) {
    if (depth >= counts.length) {
      counts = Arrays.copyOf(counts, Math.max(counts.length * 2, depth + 1));
    }
    int[] a = counts[depth];
    if (a == null || a.length < n) {
      a = new int[Math.max(n, 8)];
      counts[depth] = a;
    } else {
      Arrays.fill(a, 0, n, 0);
    }
    return a;
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
    while (true) {
      switch (reader.next()) {
        case XmlEvents.START_ELEMENT:
          return;
        case XmlEvents.TEXT:
          if (!reader.isWhitespace()) {
            throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "text before the document element", null);
          }
          break;
        case XmlEvents.END_DOCUMENT:
          throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "the document has no element", null);
        default:
          break;
      }
    }
  }

  /** After the document element: only comments, processing instructions and whitespace may follow. */
  public void finish() throws PoxReadException {
    if (ids != null) {
      ids.finish((line, column, path, message) -> report(Severity.ERROR, Code.IDENTITY, line, column, path, message));
    }
    while (reader.event() != XmlEvents.END_DOCUMENT) {
      int event = reader.next();
      if (event == XmlEvents.START_ELEMENT) {
        throw fail(PoxReadException.Kind.NOT_WELL_FORMED,
            "a second document element <" + reader.localName() + ">: a document has one", null);
      }
      if (event == XmlEvents.TEXT && !reader.isWhitespace()) {
        throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "text after the document element", null);
      }
    }
  }

  // ---- the current element

  public String localName() {
    return reader.localName();
  }

  public String namespace() {
    return reader.namespace();
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
      names = Arrays.copyOf(names, depth * 2);
    }
    if (depth == indexes.length) { // the kept arrays, all of one length
      int n = depth * 2;
      indexes = Arrays.copyOf(indexes, n);
      known = Arrays.copyOf(known, n);
      extras = Arrays.copyOf(extras, n);
      actualNamespaces = Arrays.copyOf(actualNamespaces, n);
      expectedNamespaces = Arrays.copyOf(expectedNamespaces, n);
      mixed = Arrays.copyOf(mixed, n);
      nil = Arrays.copyOf(nil, n);
    }
    mixed[depth] = false;
    nil[depth] = NOT_NILLABLE;
    actualNamespaces[depth] = null;
    expectedNamespaces[depth] = null;
    names[depth] = name;
    indexes[depth] = index;
    known[depth] = 0;
    extras[depth] = null;
    depth++;
  }

  /**
   * The current element, entered at its start tag, has mixed content: the text between, before and
   * after its children is content, kept in its {@link Extras} in document order (whitespace too),
   * with no finding.
   */
  public void mixed() {
    mixed[depth - 1] = true;
    if (peekText != null) {
      extrasHere().addText(known[depth - 1], peekText.toString());
      peekText = null;
    }
  }

  /**
   * The current element, entered at its start tag and before its attributes are bound, is
   * nillable: {@code xsi:nil} on it is allowed, kept among its attributes (so writing puts it back)
   * with no finding. When it is {@code true} (or {@code 1}), the element must be empty, no child
   * and no character (whitespace included), and {@link #nil()} says so; on an element with a
   * {@code fixed} value it is an error, as XML Schema says (cvc-elt.3.2.2).
   */
  public void nillable(boolean fixed) {
    nil[depth - 1] = fixed ? NILLABLE_FIXED : NILLABLE;
  }

  /** Whether the current element, one {@link #nillable(boolean)} named, has {@code xsi:nil="true"}. */
  public boolean nil() {
    return nil[depth - 1] >= NIL;
  }

  /** The current element is nil but has content: a finding, once per element, at the content. */
  private void nilContent() {
    if (nil[depth - 1] == NIL) {
      nil[depth - 1] = NIL_REPORTED;
      // Where the content starts; said as the validator says it of a value.
      deviation(Code.XSI, Xsi.NIL_CONTENT + (strict ? "" : "; kept"));
    }
  }

  /** Why the {@code i}-th attribute, an xsi:nil, is wrong on the current element, or null when it is right. */
  private String nilProblem(XmlAttribute a) {
    byte state = nil[depth - 1];
    if (state == NOT_NILLABLE) {
      return "xsi:nil=\"" + a.value() + "\" is not allowed here: the element is not nillable";
    }
    String v = Xsi.trim(a.value());
    if (v.equals("false") || v.equals("0")) {
      return null;
    }
    if (!v.equals("true") && !v.equals("1")) {
      return "xsi:nil=\"" + a.value() + "\" is not a boolean (true, false, 1 or 0)";
    }
    if (state == NILLABLE_FIXED) {
      return Xsi.nilOnFixed(a.value());
    }
    nil[depth - 1] = NIL;
    return null;
  }

  /** What the current element held beyond the schema so far; it stays entered. */
  public Extras takeExtras() {
    Extras.Builder b = extras[depth - 1];
    extras[depth - 1] = null;
    return b == null ? Extras.NONE : b.build();
  }

  /**
   * The current element, entered at its start tag, declares identity constraints: checks them up to
   * its end tag, each violation an error at the element that breaks it.
   */
  public void identity(IdentityConstraint[] constraints) {
    if (identity == null) {
      identity = new Identity((line, column, path, message) ->
          report(Severity.ERROR, Code.IDENTITY, line, column, path, message));
      feed = new IdentityFeed(identity);
      reader.observe(feed);
      if (peeked) {
        // Looked into before any constraint was seen: start from the element's start tag, as kept.
        identity.start(peekNamespace, peekLocalName, peekLine, peekColumn);
        feed.looked(snapshot == null ? Collections.<XmlAttribute>emptyList() : snapshot);
      } else {
        identity.start(reader.namespace(), reader.localName(), line(), column());
      }
    }
    identity.open(constraints, path(depth));
    feed.catchUp(reader);
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
    XmlElement kept = keepEntered(localName);
    String problem = "<" + localName + "> appears more often than allowed here (" + (max == 1 ? "once" : max + " times")
        + "); the extra one is kept";
    extrasHere().addNode(known[depth - 1], kept, Code.TOO_MANY, problem);
    report(Severity.ERROR, Code.TOO_MANY, line, column, path, problem);
  }

  /**
   * The whole of the current element, entered (its start tag just read, or looked into with
   * {@link #peekFirstChild()}), read to its end tag and left, as it was not counted.
   */
  private XmlElement keepEntered(String localName) throws PoxReadException {
    List<XmlAttribute> attrs;
    if (snapshot != null) {
      attrs = snapshot;
    } else if (!peeked && reader.event() == XmlEvents.START_ELEMENT) {
      attrs = new ArrayList<>(reader.attributeCount());
      for (int i = 0; i < reader.attributeCount(); i++) {
        attrs.add(attribute(i));
      }
    } else {
      attrs = Collections.<XmlAttribute>emptyList();
    }
    snapshot = null;
    List<XmlNode> children = new ArrayList<>();
    boolean atChild = peeked && reader.event() == XmlEvents.START_ELEMENT;
    peeked = false;
    addPeekText(children);
    if (atChild || reader.event() != XmlEvents.END_ELEMENT) {
      if (atChild) {
        children.add(capture());
      }
      while (true) {
        int event = reader.next();
        if (event == XmlEvents.START_ELEMENT) {
          children.add(capture());
        } else if (event == XmlEvents.END_ELEMENT) {
          break;
        } else if (event == XmlEvents.TEXT) {
          StringBuilder t = new StringBuilder();
          appendText(t);
          children.add(new XmlText(t.toString()));
        } else if (event == XmlEvents.END_DOCUMENT) {
          throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "the document ends inside <" + localName + ">", null);
        }
      }
    }
    depth--;
    known[depth - 1]--;
    return new XmlElement(namespace(), localName, attrs, children);
  }

  /** The document element is not one the reader reads. */
  public PoxReadException unknownRoot(String expected) {
    String ns = namespace();
    String xsiType = null;
    for (int i = 0, n = reader.attributeCount(); i < n; i++) {
      if (Xsi.NAMESPACE.equals(reader.attributeNamespace(i)) && reader.attributeLocalName(i).equals("type")) {
        xsiType = reader.attributeValue(i);
      }
    }
    // XML Schema would read an undeclared document element as the type its xsi:type names; say
    // that poxgen does not, so the error is not taken for a mistake in the document.
    return fail(PoxReadException.Kind.UNKNOWN_ROOT, "the document element is <" + reader.localName() + ">"
        + (ns.isEmpty() ? "" : " of " + ns) + "; expected " + expected
        + (xsiType == null ? "" : "; it names its type with xsi:type=\"" + xsiType + "\", which poxgen does not"
            + " follow: it reads a document only as a global element of the schema"), null);
  }

  /** Keeps an item of a repeated simple element whose text is not a value, whole, where it was. */
  public void keepInvalidItem(String namespace, String localName, String text) {
    XmlElement item = new XmlElement(namespace, localName, Collections.<XmlAttribute>emptyList(),
        Collections.<XmlNode>singletonList(new XmlText(text)));
    // What the value's check just said of it, for the validator to say again.
    Finding said = findings.isEmpty() ? null : findings.get(findings.size() - 1);
    if (said != null && said.code() != Code.TOO_MANY && said.path().startsWith(path(depth) + "/" + localName)) {
      extrasHere().addNode(Math.max(known[depth - 1] - 1, 0), item, said.code(), said.message());
    } else {
      extrasHere().addNode(Math.max(known[depth - 1] - 1, 0), item);
    }
    known[depth - 1]--;
  }

  /**
   * Checks the namespace of an element matched by its local name, where the namespace was taken
   * before the cursor moved on (see {@link #peekFirstChild()}).
   */
  public void expectNamespace(String actual, String expected, String localName) {
    // A matching element leaves its slots null (as enter left them): a child that deviates is
    // then reported, as it must be, since it cannot deviate as its parent did.
    if (actual == sameActual && expected == sameExpected) {
      return; // the pair that matched last: parsers hand out one String per namespace, as we do
    }
    if (actual.equals(expected)) {
      sameActual = actual;
      sameExpected = expected;
      return;
    }
    otherNamespace(actual, expected, localName);
  }

  /** The current element is in {@code actual}, not the schema's {@code expected}: said once per subtree. */
  private void otherNamespace(String actual, String expected, String localName) {
    actualNamespaces[depth - 1] = actual;
    expectedNamespaces[depth - 1] = expected;
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

  /**
   * Where the current value appears: the current element's start tag while its attributes are
   * read (a snapshot's, after a look ahead), its content after.
   */
  @Override
  public String namespaceUri(String prefix) {
    if (prefix.equals("xml")) {
      return Xsi.XML_NAMESPACE;
    }
    String uri = snapshot != null ? snapshotBinding(prefix) : reader.namespaceUri(prefix);
    return uri == null && prefix.isEmpty() ? "" : uri;
  }

  /** A sink that names an attribute of the current element in each message. */
  public Sink attributeSink(String attribute) {
    return new Sink() {
      @Override
      public void error(Code code, String message) {
        PoxCursor.this.error(code, "@" + attribute + ": " + message);
      }

      @Override
      public void deviation(Code code, String message) {
        PoxCursor.this.deviation(code, "@" + attribute + ": " + message);
      }

      @Override
      public void errorAboutChild(Code code, String child, String message) {
        PoxCursor.this.errorAboutChild(code, child, message);
      }

      @Override
      public void id(String value) {
        PoxCursor.this.id("@" + attribute, value);
      }

      @Override
      public void idref(String value) {
        PoxCursor.this.idref("@" + attribute, value);
      }

      @Override
      public String namespaceUri(String prefix) {
        return PoxCursor.this.namespaceUri(prefix);
      }
    };
  }

  @Override
  public void id(String value) {
    id("", value);
  }

  @Override
  public void idref(String value) {
    idref("", value);
  }

  private void id(String attribute, String value) {
    if (ids == null) {
      ids = new Ids();
    }
    ids.id(elementLine(), elementColumn(), path(depth), attribute, value, (line, column, path, message) ->
        report(Severity.ERROR, Code.IDENTITY, line, column, path, message));
  }

  private void idref(String attribute, String value) {
    if (ids == null) {
      ids = new Ids();
    }
    ids.idref(elementLine(), elementColumn(), path(depth), attribute, value);
  }

  /**
   * Leaves a child that holds only text: what it held beyond its value (attributes the schema
   * does not declare, elements inside it) goes to its parent, under the child's name.
   */
  public void exitSimple(String key) {
    depth--;
    Extras.Builder b = extras[depth];
    if (b != null) {
      extras[depth] = null;
      extrasToParent(b, key);
    }
  }

  /** What a child that holds only text held beyond its value, {@code b}, goes to its parent under {@code key}. */
  private void extrasToParent(Extras.Builder b, String key) {
    Extras child = b.build();
    Extras.Builder parent = extrasHere();
    for (XmlAttribute a : child.attributes()) {
      parent.addChildAttribute(key, a);
    }
    // What was found inside the child stays inside it: written back after its text, reported at it.
    for (Extras.Unknown u : child.nodes()) {
      parent.addNodeWithin(known[depth - 1], key, u.node(), u.code(), u.problem());
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
    expectNamespace(namespace(), expected, reader.localName());
  }

  /** Whether {@code actual} is {@code expected} with {@code https://} for {@code http://}. */
  public static boolean isHttpsSpelling(String actual, String expected) {
    return expected.startsWith("http://") && actual.startsWith("https://")
        && actual.regionMatches(8, expected, 7, expected.length() - 7) && actual.length() == expected.length() + 1;
  }

  // ---- attributes

  public int attributeCount() {
    return snapshot != null ? snapshot.size() : reader.attributeCount();
  }

  public String attributeLocalName(int i) {
    return snapshot != null ? snapshot.get(i).localName() : reader.attributeLocalName(i);
  }

  public String attributeNamespace(int i) {
    return snapshot != null ? snapshot.get(i).namespace() : reader.attributeNamespace(i);
  }

  public String attributeValue(int i) {
    return snapshot != null ? snapshot.get(i).value() : reader.attributeValue(i);
  }

  /**
   * An attribute the element's type does not declare. Those of XML Schema's instance namespace,
   * which XML Schema allows on every element, are judged as it judges them: {@code
   * xsi:schemaLocation} and {@code xsi:noNamespaceSchemaLocation} are kept (the writer puts them
   * back) without a finding; {@code xsi:type} naming the element's declared type is accepted, and
   * not kept, as it says nothing the schema does not; {@code xsi:nil} on an element {@link
   * #nillable(boolean)} named is kept without a finding when it is right; any other {@code
   * xsi:type} or {@code xsi:nil} is kept with an {@link Code#XSI} finding (an error in strict mode). Any other attribute is kept with an {@link Code#UNKNOWN_ATTRIBUTE} finding (an
   * error in strict mode).
   *
   * @param typeNamespace the namespace of the element's declared type
   * @param typeName the local name of the element's declared type, "" when it is anonymous
   */
  public void unknownAttribute(int i, String typeNamespace, String typeName) {
    unknownAttribute(i, typeNamespace, typeName, false);
  }

  private void unknownAttribute(int i, String typeNamespace, String typeName, boolean simple) {
    XmlAttribute a = attribute(i);
    if (Xsi.NAMESPACE.equals(a.namespace())) {
      String problem = null;
      switch (a.localName()) {
        case "schemaLocation":
        case "noNamespaceSchemaLocation":
          extrasHere().addAttribute(a);
          return;
        case "type":
          if (xsiTypes != null) {
            xsiIndex = indexOfXsiType(a.value(), i);
            if (xsiIndex >= 0) {
              // A simple type derived from the declared one: the value is checked as that type. Kept
              // resolved, {namespace}local, for the writer to put under a prefix it binds.
              extrasHere().addAttribute(new XmlAttribute(a.namespace(), a.localName(), a.prefix(), xsiTypes[xsiIndex]));
              return;
            }
          }
          problem = xsiProblem != null ? xsiProblem
              : Xsi.typeProblem(a.value(), xsiTypeBinding(i), typeNamespace, typeName, simple);
          xsiProblem = null;
          if (problem == null) {
            return;
          }
          break;
        case "nil":
          problem = nilProblem(a);
          if (problem == null) {
            extrasHere().addAttribute(a);
            return;
          }
          break;
        default:
          break;
      }
      if (problem != null) {
        extrasHere().addAttribute(a);
        deviation(Code.XSI, problem + (strict ? "" : "; kept"));
        return;
      }
    }
    extrasHere().addAttribute(a);
    deviation(Code.UNKNOWN_ATTRIBUTE, "the attribute " + a.localName()
        + (a.namespace().isEmpty() ? "" : " of " + a.namespace()) + " is not declared here"
        + (strict ? "" : "; kept"));
  }

  /**
   * The {@code i}-th attribute of the current element, one no declaration of its type took, where
   * the type has the attribute wildcard {@code w}: kept with no finding when the wildcard allows
   * its namespace; when it does but is strict (the schema declares no global attribute it could
   * check the attribute against, as the processor made sure), kept as a deviation, as the JDK's
   * validator reports it. False, with nothing done, for an attribute of the xsi namespace (never a
   * wildcard's) or outside the wildcard: then {@link #unknownAttribute} is for it.
   */
  public boolean wildcardAttribute(int i, Wildcard w) {
    String ns = attributeNamespace(i);
    if (Xsi.NAMESPACE.equals(ns) || !w.allows(ns)) {
      return false;
    }
    XmlAttribute a = attribute(i);
    extrasHere().addAttribute(a);
    if (w.declares(ns, a.localName(), a.value(), attributeSink(a.localName()))) {
      return true;
    }
    if (w.strict()) {
      deviation(Code.UNKNOWN_ATTRIBUTE, "the attribute " + a.localName()
          + (ns.isEmpty() ? "" : " of " + ns) + " is one the strict attribute wildcard here allows, but no"
          + " global attribute declares it" + (strict ? "" : "; kept"));
    }
    return true;
  }

  private XmlAttribute attribute(int i) {
    if (snapshot != null) {
      return snapshot.get(i);
    }
    return new XmlAttribute(reader.attributeNamespace(i), reader.attributeLocalName(i), reader.attributePrefix(i),
        reader.attributeValue(i));
  }

  /**
   * The current element holds only text: each of its attributes is one its type does not declare
   * ({@link #unknownAttribute(int, String, String)}).
   */
  private void noAttributes(String typeNamespace, String typeName) {
    // attributeCount(), not the reader's: after peekFirstChild the attributes are in the snapshot.
    for (int i = 0, n = attributeCount(); i < n; i++) {
      unknownAttribute(i, typeNamespace, typeName, true);
    }
    snapshot = null;
  }

  /**
   * Why the current element's {@code xsi:type} is wrong, where it names a type derived from the
   * declared one that may not stand here: said of it when its attributes are bound, instead of
   * what {@link Xsi#typeProblem} would say.
   */
  private String xsiProblem;

  /**
   * While {@link #readSimple(String, String, String[])} binds the attributes: the simple types,
   * each {@code {namespace}local}, derived from the element's declared type that an {@code
   * xsi:type} may name; null otherwise.
   */
  private String[] xsiTypes;

  /** The index in {@link #xsiTypes} of the one the current element's xsi:type names, or -1. */
  private int xsiIndex = -1;

  /** The index in {@link #xsiTypes} of the type {@code value}, the {@code i}-th attribute, names, or -1. */
  private int indexOfXsiType(String value, int i) {
    String v = Xsi.trim(value);
    String prefix = Xsi.prefix(v);
    if (prefix == null) {
      return -1;
    }
    String uri = xsiTypeBinding(i);
    String clark = "{" + (uri == null ? "" : uri) + "}" + (prefix.isEmpty() ? v : v.substring(prefix.length() + 1));
    for (int t = 0; t < xsiTypes.length; t++) {
      if (xsiTypes[t].equals(clark)) {
        return t;
      }
    }
    return -1;
  }

  /**
   * Whether the current element, entered and its attributes not yet bound, has an {@code
   * xsi:type} at all: one look, without allocating, before {@link #isXsiType} resolves it.
   */
  public boolean hasXsiType() {
    for (int i = 0, n = attributeCount(); i < n; i++) {
      if (attributeLocalName(i).equals("type") && Xsi.NAMESPACE.equals(attributeNamespace(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the current element, entered and its attributes not yet bound, has an {@code
   * xsi:type} naming the type {@code localName} in {@code namespace} (its prefix resolved where it
   * appears): an element declared with a type that types are derived from is read as the one it
   * names.
   */
  public boolean isXsiType(String namespace, String localName) {
    for (int i = 0, n = attributeCount(); i < n; i++) {
      if (Xsi.NAMESPACE.equals(attributeNamespace(i)) && attributeLocalName(i).equals("type")) {
        String v = Xsi.trim(attributeValue(i));
        String prefix = Xsi.prefix(v);
        if (prefix == null) {
          return false;
        }
        String uri = xsiTypeBinding(i);
        String local = prefix.isEmpty() ? v : v.substring(prefix.length() + 1);
        return local.equals(localName) && (uri == null ? "" : uri).equals(namespace);
      }
    }
    return false;
  }

  /**
   * The current element's {@code xsi:type} names a type derived from its declared type that may
   * not stand here ({@code problem} says why: it is abstract, or derived by a method the element
   * or its type blocks). It is read as its declared type, and the xsi:type is kept with this
   * finding.
   */
  public void blockedXsiType(String problem) {
    xsiProblem = problem;
  }

  /**
   * The current element, entered and its attributes not yet bound, is declared with an abstract
   * type and names no type that may stand for it with {@code xsi:type}: nothing can be read from
   * it. Inside the document it is kept whole where it was, with an {@link Code#XSI} error, and
   * left; as the document element, the document cannot be read.
   *
   * @param problem what is wrong, and the types that could stand here
   */
  public void abstractType(String problem) throws PoxReadException {
    xsiProblem = null;
    if (depth == 1) {
      throw fail(PoxReadException.Kind.UNKNOWN_ROOT, "the document element <" + reader.localName() + ">: " + problem,
          null);
    }
    int line = line();
    int column = column();
    String path = path(depth);
    String localName = !peeked && reader.event() == XmlEvents.START_ELEMENT ? reader.localName() : names[depth - 1];
    XmlElement kept = keepEntered(localName);
    extrasHere().addNode(known[depth - 1], kept, Code.XSI, problem);
    report(Severity.ERROR, Code.XSI, line, column, path, problem);
  }

  /** The URI the prefix of the {@code i}-th attribute's value (an xsi:type) is bound to where it appears. */
  private String xsiTypeBinding(int i) {
    if (snapshot == null) {
      return valuePrefixBinding(i);
    }
    String prefix = Xsi.prefix(snapshot.get(i).value());
    return prefix == null ? null : snapshotBinding(prefix);
  }

  /** What {@code prefix} was bound to at the snapshot's start tag, where one of its attributes uses it. */
  private String snapshotBinding(String prefix) {
    if (prefix.isEmpty()) {
      return snapshotDefault;
    }
    return snapshotBindings == null ? null : snapshotBindings.get(prefix);
  }

  /** The URI the prefix of the {@code i}-th attribute's value is bound to on the parser's element. */
  private String valuePrefixBinding(int i) {
    String prefix = Xsi.prefix(reader.attributeValue(i));
    return prefix == null ? null : reader.namespaceUri(prefix);
  }

  /**
   * Ends attribute binding for the current element: forgets a snapshot taken by {@link
   * #peekFirstChild()}, and keeps the text the look passed before the first child as stray text
   * (an element whose content is mixed has kept it already, {@link #mixed()}).
   */
  public void attributesDone() throws PoxReadException {
    snapshot = null;
    xsiProblem = null;
    xsiTypes = null;
    if (peekText != null) {
      String t = peekText.toString();
      peekText = null;
      if (nil()) {
        nilContent();
      }
      if (!Strings.isBlank(t)) {
        strayText(t, peekTextLine, peekTextColumn);
      }
    }
  }

  /** The text {@link #peekFirstChild()} passed, as the first child of a kept element. */
  private void addPeekText(List<XmlNode> children) {
    if (peekText != null) {
      if (!Strings.isBlank(peekText)) {
        children.add(new XmlText(peekText.toString()));
      }
      peekText = null;
    }
  }

  // ---- children

  /**
   * Advances to the next child element (true) or to the end tag of the current element (false).
   * Whitespace, comments and processing instructions are skipped; other text is kept where it was,
   * with a finding.
   */
  public boolean nextChild() throws PoxReadException {
    if (peeked) {
      return afterPeek();
    }
    // The loop a reader's every child passes: whitespace between tags goes round it; anything
    // else that is not a tag is handled out of line, which keeps this method small enough for
    // the JIT to inline into the generated readers.
    while (true) {
      switch (reader.next()) {
        case XmlEvents.START_ELEMENT:
          if (nil()) {
            nilContent();
          }
          return true;
        case XmlEvents.END_ELEMENT:
          return false;
        case XmlEvents.TEXT:
          if (peeking || mixed[depth - 1] || !reader.isWhitespace()) {
            textBetweenChildren();
          } else if (nil()) {
            nilContent();
          }
          break;
        case XmlEvents.END_DOCUMENT:
          throw endsInside();
        default:
          break;
      }
    }
  }

  /** {@link #nextChild()} after {@link #peekFirstChild()}, which has read the next event already. */
  private boolean afterPeek() throws PoxReadException {
    peeked = false;
    if (reader.event() == XmlEvents.START_ELEMENT && nil()) {
      nilContent();
    }
    return reader.event() == XmlEvents.START_ELEMENT;
  }

  /**
   * Text between the children of the current element that is not ignorable whitespace: content
   * when it is mixed, kept while {@link #peekFirstChild()} looks ahead, and otherwise stray text.
   */
  private void textBetweenChildren() throws PoxReadException {
    if (nil() && !peeking) {
      nilContent();
    }
    if (mixed[depth - 1]) {
      StringBuilder s = new StringBuilder();
      appendText(s);
      extrasHere().addText(known[depth - 1], s.toString());
    } else if (peeking) {
      if (peekText == null) {
        peekText = new StringBuilder();
      }
      if (!reader.isWhitespace() && Strings.isBlank(peekText)) {
        peekTextLine = line();
        peekTextColumn = column();
      }
      appendText(peekText);
    } else if (!reader.isWhitespace()) {
      StringBuilder s = new StringBuilder();
      int line = line();
      int column = column();
      appendText(s);
      strayText(s.toString(), line, column);
    }
  }

  /** The document ends inside the current element. */
  private PoxReadException endsInside() {
    return fail(PoxReadException.Kind.NOT_WELL_FORMED, "the document ends inside <" + names[depth - 1] + ">", null);
  }

  /** Keeps text where only elements are allowed, with a finding at {@code line:column}. */
  private void strayText(String text, int line, int column) {
    extrasHere().addNode(known[depth - 1], new XmlText(text));
    String shown = Strings.strip(text);
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "...";
    }
    report(strict ? Severity.ERROR : Severity.WARNING, Code.UNEXPECTED_TEXT, line, column, path(depth),
        "text \"" + shown + "\" where only elements are allowed" + (strict ? "" : "; kept"));
  }

  private void appendText(StringBuilder s) throws PoxReadException {
    s.append(reader.textCharacters(), reader.textStart(), reader.textLength());
    if (s.length() > limits.maxTextLength()) {
      throw reader.limit(PoxReadException.Limit.MAX_TEXT_LENGTH);
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
    peekNamespace = namespace();
    peekLocalName = reader.localName();
    List<XmlAttribute> attrs = new ArrayList<>(reader.attributeCount());
    snapshotDefault = reader.namespaceUri("");
    snapshotBindings = null;
    for (int i = 0; i < reader.attributeCount(); i++) {
      attrs.add(attribute(i));
      String prefix = Xsi.prefix(reader.attributeValue(i));
      if (prefix != null && !prefix.isEmpty()) {
        if (snapshotBindings == null) {
          snapshotBindings = new HashMap<>();
        }
        snapshotBindings.put(prefix, reader.namespaceUri(prefix));
      }
    }
    if (feed != null) {
      feed.hold();
    }
    peekText = null;
    peeking = true;
    boolean child;
    try {
      child = nextChild();
    } finally {
      peeking = false;
    }
    if (feed != null) {
      feed.looked(attrs);
    }
    snapshot = attrs;
    peeked = true;
    return child ? reader.localName() : null;
  }

  /**
   * Keeps the current child element whole, where it was, as content the schema does not declare
   * here: a finding with this code and message (an error in strict mode, or when {@code error}).
   * Leaves the cursor at its end tag.
   */
  public void keepUnknown(Code code, String message, boolean error) throws PoxReadException {
    int line = line();
    int column = column();
    String name = reader.localName();
    XmlElement captured = capture();
    // Kept with what is said of it as a strict read says it, for the validator to say again.
    String problem = !strict && message.endsWith("; kept") ? message.substring(0, message.length() - 6) : message;
    extrasHere().addNode(known[depth - 1], captured, code, problem);
    report(error || strict ? Severity.ERROR : Severity.WARNING, code, line, column, path(depth) + "/" + name,
        message);
  }

  /**
   * Starts the current child, one the schema declares here as {@code name} in {@code namespace}:
   * when {@code seen[slot]} already counts {@code max} of it, keeps it whole with a
   * {@link Code#TOO_MANY} error ({@link #keepUnknown}) and returns 0; otherwise counts it, enters
   * it (as the {@code n}-th when {@code repeated}, else as index 0), checks its namespace and
   * returns {@code n}, its 1-based count.
   */
  public int enterChild(int[] seen, int slot, int max, String name, boolean repeated, String namespace)
      throws PoxReadException {
    return enterChild(seen, slot, max, name, repeated, namespace, name);
  }

  /**
   * {@link #enterChild(int[], int, int, String, boolean, String)} for a child the document spells
   * {@code name} where the property's first spelling is {@code property}: the spelling is kept
   * (under {@code property}, or {@code property[n]} when repeated) before the child is entered, so
   * that writing uses it again.
   */
  public int enterChild(int[] seen, int slot, int max, String name, boolean repeated, String namespace,
      String property) throws PoxReadException {
    if (seen[slot] >= max) {
      keepExtra(name, max);
      return 0;
    }
    int n = ++seen[slot];
    if (!name.equals(property)) {
      keepSpelling(name, property, repeated ? n : 0);
    }
    enter(name, repeated ? n : 0);
    expectNamespace(namespace);
    return n;
  }

  /** The current child, {@code name}, is one more than the {@code max} allowed: kept whole, with an error. */
  private void keepExtra(String name, int max) throws PoxReadException {
    keepUnknown(Code.TOO_MANY, "<" + name + "> appears more often than allowed here ("
        + (max == 1 ? "once" : max + " times") + "); the extra one is kept", true);
  }

  /** Keeps the spelling {@code name} of the property {@code property}'s {@code n}-th value (0: its only one). */
  private void keepSpelling(String name, String property, int n) {
    extras().putSpelling(n > 0 ? property + "[" + n + "]" : property, name);
  }

  /**
   * Checks the schema order of the current child, at schema position {@code position}, against
   * the last one read ({@code seen[slot]}): a later one read before it is a
   * {@link Code#OUT_OF_ORDER} deviation. Then it is the last one read.
   */
  public void inOrder(int[] seen, int slot, int position, String name) {
    if (seen[slot] > position) {
      deviation(Code.OUT_OF_ORDER, "<" + name + "> comes after an element the schema puts after it");
    }
    seen[slot] = position;
  }

  /**
   * Reads the text of the current child, which holds only text, of the type {@code typeName} in
   * {@code typeNamespace} ("" for an anonymous one): its attributes are ones the type does not
   * declare ({@link #noAttributes(String, String)}), then {@link #readText()}.
   */
  public void readSimple(String typeNamespace, String typeName) throws PoxReadException {
    xsiIndex = -1;
    noAttributes(typeNamespace, typeName);
    readText();
  }

  /**
   * {@link #readSimple(String, String)}, for an element whose declared type has the simple types
   * {@code derived} ({@code {namespace}local} each) derived from it: an {@code xsi:type} naming one
   * is kept without a finding, and {@link #xsiIndex()} says which, for the value to be checked as
   * that type.
   */
  public void readSimple(String typeNamespace, String typeName, String[] derived) throws PoxReadException {
    xsiIndex = -1;
    xsiTypes = derived;
    noAttributes(typeNamespace, typeName);
    xsiTypes = null;
    readText();
  }

  /**
   * For a document element of a simple type, before its attributes are bound: {@code derived},
   * the simple types ({@code {namespace}local} each) derived from its type, which an {@code
   * xsi:type} may name; {@link #xsiIndex()} says which it names once {@link #attributesDone()}.
   */
  public void xsiTypes(String[] derived) {
    xsiTypes = derived;
    xsiIndex = -1;
  }

  /**
   * After {@link #readSimple(String, String, String[])} or {@link #xsiTypes(String[])}: the index
   * of the derived type the element's {@code xsi:type} names, or -1 when it names none of them.
   */
  public int xsiIndex() {
    return xsiIndex;
  }

  /**
   * Leaves the current child, which holds only text ({@link #exitSimple(String)}), and keeps
   * {@code raw}, the spelling of its value, under {@code key} unless it is null.
   */
  public void exitSimple(String key, String raw) {
    exitSimple(key);
    if (raw != null) {
      keepRaw(key, raw);
    }
  }

  /** Keeps the current child element as not declared here. */
  public void unknownElement() throws PoxReadException {
    String name = reader.localName();
    String ns = namespace();
    keepUnknown(Code.UNKNOWN_ELEMENT, "<" + name + ">" + (ns.isEmpty() ? "" : " of " + ns)
        + " is not declared in <" + names[depth - 1] + ">" + (strict ? "" : "; kept"), false);
  }

  private static final Wildcard[] NO_WILDCARDS = {};

  /** {@link #unknownElement(Wildcard, Wildcard...)} in a type with one element wildcard. */
  public void unknownElement(Wildcard w) throws PoxReadException {
    unknownElement(w, NO_WILDCARDS);
  }

  /**
   * {@link #unknownElement()} in a type with the element wildcard {@code w} (and {@code others},
   * its other element wildcards, in order), which do not take the child either, or not where it
   * stands: the message says which namespaces each allows.
   */
  public void unknownElement(Wildcard w, Wildcard... others) throws PoxReadException {
    String name = reader.localName();
    String ns = namespace();
    StringBuilder allowed = new StringBuilder(w.describe());
    for (Wildcard other : others) {
      allowed.append("; another ").append(other.describe());
    }
    keepUnknown(Code.UNKNOWN_ELEMENT, "<" + name + ">" + (ns.isEmpty() ? " in no namespace" : " of " + ns)
        + " is not declared in <" + names[depth - 1] + ">, and " + (others.length == 0
            ? "its element wildcard allows " : "of its element wildcards one allows ") + allowed
        + (strict ? "" : "; kept"), false);
  }

  /**
   * Keeps the current child, one a strict element wildcard allows but no global element of the
   * schema declares, whole where it was, with an error, as the JDK's validator reports it
   * (cvc-complex-type.2.4.c).
   */
  public void undeclaredForWildcard() throws PoxReadException {
    String name = reader.localName();
    String ns = namespace();
    keepUnknown(Code.UNKNOWN_ELEMENT, "<" + name + ">" + (ns.isEmpty() ? " in no namespace" : " of " + ns)
        + " is one the strict element wildcard here allows, but no global element declares it; kept", true);
  }

  /**
   * Starts the current child, one the element wildcard {@code w} takes ({@link
   * Wildcard#takesElement}), as {@link #enterChild(int[], int, int, String, boolean, String)}
   * does: counted in {@code seen[slot]} against {@code max}, or kept with a {@link Code#TOO_MANY}
   * error and 0 returned. A strict wildcard (no global element of the schema declares what it
   * allows, as the processor made sure) makes it a deviation, as the JDK's validator reports it
   * (cvc-complex-type.2.4.c). The caller then keeps it as XML ({@link #keepAny()}).
   */
  public int enterWildcard(int[] seen, int slot, int max, boolean repeated, Wildcard w) throws PoxReadException {
    String name = reader.localName();
    String ns = namespace();
    int n = enterChild(seen, slot, max, name, repeated, ns);
    if (n != 0 && w.strict()) {
      deviation(Code.UNKNOWN_ELEMENT, "<" + name + ">" + (ns.isEmpty() ? " in no namespace" : " of " + ns)
          + " is one the strict element wildcard here allows, but no global element declares it"
          + (strict ? "" : "; kept"));
    }
    return n;
  }

  /**
   * Reads the current child, one a wildcard took that the caller has entered, as XML: its
   * attributes, children and text in document order, with nothing reported. Leaves it.
   */
  public XmlElement keepAny() throws PoxReadException {
    return keepAny(false);
  }

  /**
   * {@link #keepAny()} for an element the schema declares of {@code xs:anyType}: its content is
   * anything, and its {@code xsi:nil} is judged as any element's ({@link #nillable} said whether
   * it is nillable).
   */
  public XmlElement keepAnyType() throws PoxReadException {
    return keepAny(true);
  }

  private XmlElement keepAny(boolean declared) throws PoxReadException {
    int line = elementLine();
    int column = elementColumn();
    XmlElement e;
    if (peeked) {
      // Looked into by peekFirstChild: the attributes were taken then, the reader is at the first child.
      peeked = false;
      List<XmlAttribute> attrs = snapshot == null ? new ArrayList<>() : snapshot;
      snapshot = null;
      List<XmlNode> before = new ArrayList<>(1);
      addPeekText(before);
      e = capture(peekNamespace, peekLocalName, attrs, before, reader.event() == XmlEvents.START_ELEMENT
          ? XmlEvents.START_ELEMENT : XmlEvents.END_ELEMENT);
    } else {
      e = capture();
    }
    byte state = nil[depth - 1];
    String problem = declared ? Xsi.anyNilProblem(e, state != NOT_NILLABLE, state == NILLABLE_FIXED) : null;
    if (problem != null) {
      report(strict ? Severity.ERROR : Severity.WARNING, Code.XSI, line, column, path(depth), problem);
    }
    leave();
    return e;
  }

  private XmlElement capture() throws PoxReadException {
    String ns = namespace();
    String local = reader.localName();
    List<XmlAttribute> attrs = new ArrayList<>(reader.attributeCount());
    for (int i = 0; i < reader.attributeCount(); i++) {
      attrs.add(attribute(i));
    }
    return capture(ns, local, attrs, new ArrayList<>(), reader.next());
  }

  /**
   * The rest of an element whose start tag was read, from {@code event}, the first after it,
   * after the nodes {@code children} holds already.
   */
  private XmlElement capture(String ns, String local, List<XmlAttribute> attrs, List<XmlNode> children, int first)
      throws PoxReadException {
    StringBuilder pending = null;
    for (int event = first; ; event = reader.next()) {
      switch (event) {
        case XmlEvents.START_ELEMENT:
          if (pending != null) {
            children.add(new XmlText(pending.toString()));
            pending = null;
          }
          depth++;
          try {
            children.add(capture());
          } finally {
            depth--;
          }
          break;
        case XmlEvents.TEXT:
          if (pending == null) {
            pending = new StringBuilder();
          }
          appendText(pending);
          break;
        case XmlEvents.END_ELEMENT:
          if (pending != null) {
            children.add(new XmlText(pending.toString()));
          }
          return new XmlElement(ns, local, attrs, withoutIndentation(children));
        case XmlEvents.END_DOCUMENT:
          throw fail(PoxReadException.Kind.NOT_WELL_FORMED, "the document ends inside <" + local + ">", null);
        default:
          break;
      }
    }
  }

  /**
   * Whitespace-only text between child elements is the document's indentation, not content: it is
   * dropped, so a kept element reads back equal however it was indented. Text beside no element is
   * kept as it was, and so is all the text of mixed content (elements and text that is not only
   * whitespace), where whitespace between elements is content too.
   */
  private static List<XmlNode> withoutIndentation(List<XmlNode> children) {
    boolean elements = false;
    boolean text = false;
    for (XmlNode n : children) {
      elements |= n instanceof XmlElement;
      text |= n instanceof XmlText t && !Strings.isBlank(t.text());
    }
    if (!elements || text) {
      return children;
    }
    List<XmlNode> out = new ArrayList<>(children.size());
    for (XmlNode n : children) {
      if (!(n instanceof XmlText t) || !Strings.isBlank(t.text())) {
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
    if (peeked && textAfterPeek()) {
      return;
    }
    while (true) {
      switch (reader.next()) {
        case XmlEvents.TEXT:
          appendText(reader.textCharacters(), reader.textStart(), reader.textLength());
          break;
        case XmlEvents.START_ELEMENT:
          elementInText();
          break;
        case XmlEvents.END_ELEMENT:
          return;
        case XmlEvents.END_DOCUMENT:
          throw endsInside();
        default:
          break;
      }
    }
  }

  /**
   * {@link #readText()} of an element looked into by {@link #peekFirstChild()} (a declaration of
   * this name among others was chosen): the text it passed is the first of the content, and the
   * reader is at the first child or the end. Whether that is the end.
   */
  private boolean textAfterPeek() throws PoxReadException {
    peeked = false;
    if (peekText != null) {
      String t = peekText.toString();
      peekText = null;
      appendText(t.toCharArray(), 0, t.length());
    }
    if (reader.event() == XmlEvents.END_ELEMENT) {
      return true;
    }
    elementInText();
    return false;
  }

  /** An element inside the current one, which holds only text: kept, with an error. */
  private void elementInText() throws PoxReadException {
    if (nil()) {
      nilContent();
    }
    keepUnknown(Code.UNEXPECTED_CONTENT, "<" + reader.localName() + "> inside <" + names[depth - 1]
        + ">, which holds only text; kept", true);
  }

  /** Adds characters to the text {@link #readText()} reads, within the limit; text in a nil element is an error. */
  private void appendText(char[] chars, int start, int n) throws PoxReadException {
    if (textLength + n > limits.maxTextLength()) {
      throw reader.limit(PoxReadException.Limit.MAX_TEXT_LENGTH);
    }
    if (textLength + n > text.length) {
      text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + n));
    }
    System.arraycopy(chars, start, text, textLength, n);
    textLength += n;
    if (n > 0 && nil()) {
      nilContent();
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
  @Override
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
    return reader.line();
  }

  public int column() {
    return reader.column();
  }

  // ---- limits and failures

  private PoxReadException fail(PoxReadException.Kind kind, String message, Throwable cause) {
    return new PoxReadException(kind, line(), column(), message, cause);
  }

}
