package dev.poxgen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a document held beyond the typed properties of one element, so that nothing read is lost
 * and writing puts it back:
 *
 * <ul>
 *   <li>attributes the schema does not declare;
 *   <li>elements it does not declare there (or one more than it allows), and text, each with its
 *       position: how many known child elements came before it. Text is stray where the type
 *       allows only elements; where its content is mixed, it is content, and {@link #text()} joins
 *       it;
 *   <li>the text of values as written, where it is not the canonical spelling ({@code On} for
 *       {@code ON}) or not a value of the type at all ({@code yes} for an on/off switch): the raw
 *       text stays available, keyed by the element or {@code @attribute} name;
 *   <li>the name an element was spelled with, where the schema gives one property several
 *       spellings that differ only in case ({@code RedirectURL} for {@code RedirectUrl}).
 * </ul>
 */
public final class Extras {
  /** Nothing beyond the typed properties. */
  public static final Extras NONE = new Extras(Collections.<XmlAttribute>emptyList(),
      Collections.<Unknown>emptyList(), Collections.<String, String>emptyMap(),
      Collections.<String, List<XmlAttribute>>emptyMap(), Collections.<String, String>emptyMap());

  /**
   * A node the schema does not describe, and how many known child elements preceded it; for an
   * element a reader kept aside, what it said of it. Immutable.
   */
  public static final class Unknown {
    private final int position;
    private final XmlNode node;
    private final @Nullable Code code;
    private final @Nullable String problem;
    private final @Nullable String within;

    /**
     * @param position how many known child elements came before it
     * @param node the element or text
     */
    public Unknown(int position, XmlNode node) {
      this(position, node, null, null);
    }

    /**
     * @param position how many known child elements came before it
     * @param node the element or text
     * @param code what a reader found wrong with it, as {@link #problem}; null for nothing
     * @param problem the finding's message, as a strict read words it; null with {@code code}
     */
    public Unknown(int position, XmlNode node, @Nullable Code code, @Nullable String problem) {
      this(position, node, code, problem, null);
    }

    /**
     * @param position how many known child elements came before it
     * @param node the element or text
     * @param code what a reader found wrong with it, as {@link #problem}; null for nothing
     * @param problem the finding's message, as a strict read words it; null with {@code code}
     * @param within the key of the known child that holds only text ({@code Message}, {@code
     *     Protocol[2]}) it was found inside, where writing puts it back after that child's text;
     *     null for a node among the element's own children
     */
    public Unknown(int position, XmlNode node, @Nullable Code code, @Nullable String problem,
        @Nullable String within) {
      this.node = Objects.requireNonNull(node, "node");
      this.within = within;
      if (position < 0) {
        throw new IllegalArgumentException("position " + position);
      }
      if ((code == null) != (problem == null)) {
        throw new IllegalArgumentException("a code and a problem, or neither: " + code + ", " + problem);
      }
      this.position = position;
      this.code = code;
      this.problem = problem;
    }

    /**
     * What the reader that kept it found wrong ({@link Code#UNKNOWN_ELEMENT}, {@link
     * Code#TOO_MANY}, {@link Code#INVALID_VALUE} for an item of a repeated element whose value is
     * not valid, ...); null for text and for a node built in code. The validator reports it again.
     */
    public @Nullable Code code() {
      return code;
    }

    /** The message of that finding, as a strict read words it; null where {@link #code()} is. */
    public @Nullable String problem() {
      return problem;
    }

    /** How many known child elements came before it. */
    public int position() {
      return position;
    }

    /**
     * The key of the child that holds only text it was inside ({@code Message}; {@code
     * Protocol[2]} for a repeated one), or null for a node among the element's own children.
     */
    public @Nullable String within() {
      return within;
    }

    /** The element or text. */
    public XmlNode node() {
      return node;
    }

    /** Equal by position, place and node: what was kept, not what a reader said of it. */
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Unknown u && position == u.position && node.equals(u.node) && Objects.equals(within, u.within);
    }

    @Override
    public int hashCode() {
      return (31 * position + node.hashCode()) * 31 + Objects.hashCode(within);
    }

    @Override
    public String toString() {
      return "Unknown[position=" + position + (within == null ? "" : ", within=" + within) + ", node=" + node + "]";
    }
  }

  private final List<XmlAttribute> attributes;
  private final List<Unknown> nodes;
  private final Map<String, String> raw;
  private final Map<String, List<XmlAttribute>> childAttributes;
  private final Map<String, String> spellings;

  private Extras(List<XmlAttribute> attributes, List<Unknown> nodes, Map<String, String> raw,
      Map<String, List<XmlAttribute>> childAttributes, Map<String, String> spellings) {
    this.attributes = Copies.list(attributes);
    this.nodes = Copies.list(nodes);
    this.raw = Copies.map(raw);
    this.childAttributes = copyChildAttributes(childAttributes);
    this.spellings = Copies.map(spellings);
  }

  /**
   * What a {@link Builder} holds, adopted without a copy: the builder copies its collections
   * before it changes one again ({@link Builder#own}), so this value never sees a change.
   */
  private Extras(Builder b) {
    this.attributes = b.attributes == null ? Collections.<XmlAttribute>emptyList()
        : Collections.unmodifiableList(b.attributes);
    this.nodes = b.nodes == null ? Collections.<Unknown>emptyList() : Collections.unmodifiableList(b.nodes);
    this.raw = b.raw == null ? Collections.<String, String>emptyMap() : Collections.unmodifiableMap(b.raw);
    this.childAttributes = b.childAttributes == null ? Collections.<String, List<XmlAttribute>>emptyMap()
        : copyChildAttributes(b.childAttributes);
    this.spellings = b.spellings == null ? Collections.<String, String>emptyMap()
        : Collections.unmodifiableMap(b.spellings);
  }

  /** An unmodifiable copy of each child's attributes, lists copied too (a builder adds to them in place). */
  private static Map<String, List<XmlAttribute>> copyChildAttributes(Map<String, List<XmlAttribute>> from) {
    if (from.isEmpty()) {
      return Collections.emptyMap();
    }
    Map<String, List<XmlAttribute>> c = new LinkedHashMap<>();
    from.forEach((k, v) -> c.put(k, Copies.list(v)));
    return Collections.unmodifiableMap(c);
  }

  public List<XmlAttribute> attributes() {
    return attributes;
  }

  public List<Unknown> nodes() {
    return nodes;
  }

  /** Raw texts by element name ({@code SMTPLast}) or attribute name ({@code @Type}). */
  public Map<String, String> raw() {
    return raw;
  }

  /**
   * Attributes the schema does not declare on a child that holds only text, by the child's name
   * ({@code SSL}, or {@code Protocol[2]} for a repeated one), written back on that child.
   */
  public Map<String, List<XmlAttribute>> childAttributes() {
    return childAttributes;
  }

  /** The attributes kept for this child, or an empty list. */
  public List<XmlAttribute> childAttributes(String key) {
    List<XmlAttribute> a = childAttributes.isEmpty() ? null : childAttributes.get(key);
    return a == null ? Collections.<XmlAttribute>emptyList() : a;
  }

  /**
   * The element names the document used where the schema gives one property several spellings,
   * by the property's first spelling: {@code RedirectUrl=RedirectURL}. Writing uses them again.
   */
  public Map<String, String> spellings() {
    return spellings;
  }

  /** How the document spelled the element whose first spelling is {@code key}; {@code key} itself when it did not say. */
  public String spelling(String key) {
    return spellings.getOrDefault(key, key);
  }

  /** The raw text kept for this element or {@code @attribute}, or null. */
  public @Nullable String raw(String key) {
    return raw.isEmpty() ? null : raw.get(key); // most values keep none: no hashing per child
  }

  public boolean isEmpty() {
    return attributes.isEmpty() && nodes.isEmpty() && raw.isEmpty() && childAttributes.isEmpty() && spellings.isEmpty();
  }

  /**
   * The text among the nodes, joined in document order: for an element of mixed content, its
   * character data without that of its children; {@code ""} when there is none.
   */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Unknown u : nodes) {
      if (u.node() instanceof XmlText t) {
        b.append(t.text());
      }
    }
    return b.toString();
  }

  /**
   * These extras with {@code text} as their only text, before the first known child ({@code ""}:
   * none), the other nodes kept where they were: what a builder of a type of mixed content does
   * when its text is set.
   */
  public Extras withText(String text) {
    Objects.requireNonNull(text, "text");
    List<Unknown> n = new ArrayList<>(nodes.size() + 1);
    if (!text.isEmpty()) {
      n.add(new Unknown(0, new XmlText(text)));
    }
    for (Unknown u : nodes) {
      if (!(u.node() instanceof XmlText)) {
        n.add(u);
      }
    }
    Extras e = new Extras(attributes, n, raw, childAttributes, spellings);
    return e.isEmpty() ? NONE : e;
  }

  /** These extras without the raw text for one key: what a builder does when a value is set. */
  public Extras withoutRaw(String key) {
    if (!raw.containsKey(key)) {
      return this;
    }
    Map<String, String> r = new LinkedHashMap<>(raw);
    r.remove(key);
    Extras e = new Extras(attributes, nodes, r, childAttributes, spellings);
    return e.isEmpty() ? NONE : e;
  }

  /** {@code http://www.w3.org/2001/XMLSchema-instance}, the namespace of {@code xsi:nil}. */
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  /**
   * Whether these extras hold {@code xsi:nil="true"} (or {@code "1"}) among the element's own
   * attributes: the element is nil. A nillable element keeps its {@code xsi:nil} here, as the
   * attribute it is, so writing puts it back; the generated {@code isNil()} reads it.
   */
  public boolean nil() {
    return isNil(attributes);
  }

  /** Whether the child that holds only text kept under {@code key} ({@code Count}, {@code Count[2]}) is nil. */
  public boolean nil(String key) {
    return isNil(childAttributes(key));
  }

  /**
   * These extras with the element's own {@code xsi:nil} set to {@code "true"}, or removed when
   * {@code nil} is false: what the builder of a nillable element's type does.
   */
  public Extras withNil(boolean nil) {
    if (nil == nil()) {
      return this;
    }
    Extras e = new Extras(withNil(attributes, nil), nodes, raw, childAttributes, spellings);
    return e.isEmpty() ? NONE : e;
  }

  /** {@link #withNil(boolean)} for the child that holds only text kept under {@code key}. */
  public Extras withNil(String key, boolean nil) {
    if (nil == nil(key)) {
      return this;
    }
    Map<String, List<XmlAttribute>> c = new LinkedHashMap<>(childAttributes);
    List<XmlAttribute> a = withNil(childAttributes(key), nil);
    if (a.isEmpty()) {
      c.remove(key);
    } else {
      c.put(key, a);
    }
    Extras e = new Extras(attributes, nodes, raw, c, spellings);
    return e.isEmpty() ? NONE : e;
  }

  private static boolean isNil(List<XmlAttribute> attributes) {
    for (XmlAttribute a : attributes) {
      if (a.localName().equals("nil") && XSI.equals(a.namespace())) {
        String v = a.value().trim();
        return v.equals("true") || v.equals("1");
      }
    }
    return false;
  }

  private static List<XmlAttribute> withNil(List<XmlAttribute> attributes, boolean nil) {
    List<XmlAttribute> out = new ArrayList<>(attributes.size() + 1);
    for (XmlAttribute a : attributes) {
      if (!(a.localName().equals("nil") && XSI.equals(a.namespace()))) {
        out.add(a);
      }
    }
    if (nil) {
      out.add(new XmlAttribute(XSI, "nil", "xsi", "true"));
    }
    return out;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Extras e && attributes.equals(e.attributes) && nodes.equals(e.nodes) && raw.equals(e.raw)
        && childAttributes.equals(e.childAttributes) && spellings.equals(e.spellings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attributes, nodes, raw, childAttributes, spellings);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Extras{");
    String sep = "";
    if (!attributes.isEmpty()) {
      b.append("attributes=").append(attributes);
      sep = ", ";
    }
    if (!nodes.isEmpty()) {
      b.append(sep).append("nodes=").append(nodes);
      sep = ", ";
    }
    if (!raw.isEmpty()) {
      b.append(sep).append("raw=").append(raw);
      sep = ", ";
    }
    if (!childAttributes.isEmpty()) {
      b.append(sep).append("childAttributes=").append(childAttributes);
      sep = ", ";
    }
    if (!spellings.isEmpty()) {
      b.append(sep).append("spellings=").append(spellings);
    }
    return b.append('}').toString();
  }

  /** Collects extras while reading. */
  public static final class Builder {
    // Each made when first added to: most elements keep nothing.
    private @Nullable List<XmlAttribute> attributes;
    private @Nullable List<Unknown> nodes;
    private @Nullable Map<String, String> raw;
    private @Nullable Map<String, List<XmlAttribute>> childAttributes;
    private @Nullable Map<String, String> spellings;
    /** Whether an Extras built holds this builder's collections, which it must then copy to change. */
    private boolean lent;

    private Builder() {}

    /** Makes this builder's collections its own again before a change, if a built Extras holds them. */
    private void own() {
      if (!lent) {
        return;
      }
      lent = false;
      if (attributes != null) {
        attributes = new ArrayList<>(attributes);
      }
      if (nodes != null) {
        nodes = new ArrayList<>(nodes);
      }
      if (raw != null) {
        raw = new LinkedHashMap<>(raw);
      }
      if (spellings != null) {
        spellings = new LinkedHashMap<>(spellings);
      }
      // childAttributes: an Extras copies its lists (they are changed in place), so it holds none of them.
    }

    private List<XmlAttribute> attributes() {
      own();
      if (attributes == null) {
        attributes = new ArrayList<>();
      }
      return attributes;
    }

    private List<Unknown> nodes() {
      own();
      if (nodes == null) {
        nodes = new ArrayList<>();
      }
      return nodes;
    }

    private static Map<String, String> map(@Nullable Map<String, String> map) {
      return map == null ? new LinkedHashMap<>() : map;
    }

    /** Keeps how the document spelled an element whose first spelling is {@code key}. */
    public Builder putSpelling(String key, String spelled) {
      own();
      spellings = map(spellings);
      spellings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(spelled, "spelled"));
      return this;
    }

    public Builder addChildAttribute(String child, XmlAttribute a) {
      if (childAttributes == null) {
        childAttributes = new LinkedHashMap<>();
      }
      childAttributes.computeIfAbsent(child, k -> new ArrayList<>()).add(Objects.requireNonNull(a, "a"));
      return this;
    }

    public Builder addAttribute(XmlAttribute a) {
      attributes().add(Objects.requireNonNull(a, "a"));
      return this;
    }

    public Builder addNode(int position, XmlNode node) {
      nodes().add(new Unknown(position, node));
      return this;
    }

    /**
     * Adds an element or text found inside the known child {@code within} (one that holds only
     * text), at that child's position, with what a reader found wrong with it (or null, null).
     */
    public Builder addNodeWithin(int position, String within, XmlNode node, @Nullable Code code,
        @Nullable String problem) {
      nodes().add(new Unknown(position, node, code, problem, Objects.requireNonNull(within, "within")));
      return this;
    }

    /** {@link #addNode(int, XmlNode)} for an element a reader kept aside with a finding. */
    public Builder addNode(int position, XmlNode node, Code code, String problem) {
      nodes().add(new Unknown(position, node, Objects.requireNonNull(code, "code"), Objects.requireNonNull(problem,
          "problem")));
      return this;
    }

    /**
     * Adds text at {@code position}, joined to the text just before it at the same position (the
     * parser splits text at comments, CDATA sections and its buffer's end), so each run of text
     * between two elements is one node.
     */
    public Builder addText(int position, String text) {
      List<Unknown> n = nodes();
      int last = n.size() - 1;
      if (last >= 0 && n.get(last).position() == position && n.get(last).node() instanceof XmlText t) {
        n.set(last, new Unknown(position, new XmlText(t.text() + text)));
      } else {
        n.add(new Unknown(position, new XmlText(text)));
      }
      return this;
    }

    public Builder putRaw(String key, String text) {
      own();
      raw = map(raw);
      raw.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(text, "text"));
      return this;
    }

    public Extras build() {
      if (attributes == null && nodes == null && raw == null && childAttributes == null && spellings == null) {
        return NONE;
      }
      Extras e = new Extras(this);
      lent = true;
      return e.isEmpty() ? NONE : e;
    }
  }
}
