package dev.poxgen.internal;

import dev.poxgen.Code;
import dev.poxgen.Extras;
import dev.poxgen.Finding;
import dev.poxgen.Severity;
import dev.poxgen.XmlAttribute;
import dev.poxgen.XmlElement;
import dev.poxgen.XmlText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The validator's {@link Sink}: keeps the element path as the validator walks a value, and makes
 * a string of it only for a finding.
 */
public final class PathSink implements Sink {
  private final List<Finding> findings = new ArrayList<>();
  /** The value's IDs and IDREFs, from the first; null before. */
  private Ids ids;
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  /** Whether the element at each depth is nillable: {@link #NOT_NILLABLE}, {@link #NILLABLE} or {@link #FIXED}. */
  private byte[] nillable = new byte[16];
  private static final byte NOT_NILLABLE = 0;
  private static final byte NILLABLE = 1;
  /** Nillable, with a fixed value: xsi:nil="false" is allowed, "true" is not. */
  private static final byte FIXED = 2;
  private int depth;

  /** A value written through the generated writer, which declares identity constraints as it goes. */
  @FunctionalInterface
  public interface Written {
    void write(XmlOut out) throws dev.poxgen.PoxWriteException;
  }

  /**
   * Checks the identity constraints of a value by writing it to nowhere through the generated
   * writer: the same checks, on the same events, as reading the document it writes. Findings
   * carry the element path.
   */
  public void checkIdentity(Written value) {
    try {
      XmlOut o = XmlOut.discarding(new dev.poxgen.WriteOptions(false, false));
      o.checkIdentity(new Identity((line, column, path, message) ->
          findings.add(new Finding(Severity.ERROR, Code.IDENTITY, 0, 0, path, message))));
      value.write(o);
    } catch (dev.poxgen.PoxWriteException e) {
      findings.add(new Finding(Severity.ERROR, Code.IDENTITY, 0, 0, path(),
          "its identity constraints are not checked: the value cannot be written as XML (" + e.getMessage() + ")"));
    }
  }

  /** An empty path: the validator enters the document element first. */
  public PathSink() {}

  public void enter(String name, int index) {
    enter(name, index, false, false);
  }

  /**
   * Enters the element {@code name}, the {@code index}-th of a repeated one (0: a single one);
   * {@code nillable} when its declaration is nillable, so that {@code xsi:nil} among its kept
   * attributes is no finding ({@link #kept}) unless it is {@code true} where the element has a
   * {@code fixed} value.
   */
  public void enter(String name, int index, boolean nillable, boolean fixed) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
      this.nillable = Arrays.copyOf(this.nillable, depth * 2);
    }
    names[depth] = name;
    indexes[depth] = index;
    this.nillable[depth] = !nillable ? NOT_NILLABLE : fixed ? FIXED : NILLABLE;
    depth++;
  }

  public void exit() {
    depth--;
  }

  @Override
  public void error(Code code, String message) {
    findings.add(new Finding(Severity.ERROR, code, 0, 0, path(), message));
  }

  @Override
  public void errorAboutChild(Code code, String child, String message) {
    findings.add(new Finding(Severity.ERROR, code, 0, 0, path() + "/" + child, message));
  }

  private String path() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      b.append('/').append(names[i]);
      if (indexes[i] > 0) {
        b.append('[').append(indexes[i]).append(']');
      }
    }
    return b.length() == 0 ? "/" : b.toString();
  }

  /**
   * Checks the {@code xsi:nil} of an element of {@code xs:anyType}, kept whole as {@code e}, which
   * the sink has entered, as the reader does ({@link Xsi#anyNilProblem}).
   */
  public void anyNil(XmlElement e) {
    String problem = Xsi.anyNilProblem(e, nillable[depth - 1] != NOT_NILLABLE, nillable[depth - 1] == FIXED);
    if (problem != null) {
      error(Code.XSI, problem);
    }
  }

  /** A sink that reports on {@code sink}'s current element, naming one of its attributes. */
  public static Sink attribute(Sink sink, String attribute) {
    return new Sink() {
      @Override
      public void error(Code code, String message) {
        sink.error(code, "@" + attribute + ": " + message);
      }

      @Override
      public void errorAboutChild(Code code, String child, String message) {
        sink.errorAboutChild(code, child, message);
      }

      @Override
      public void id(String value) {
        if (sink instanceof PathSink) {
          ((PathSink) sink).id("@" + attribute, value);
        }
      }

      @Override
      public void idref(String value) {
        if (sink instanceof PathSink) {
          ((PathSink) sink).idref("@" + attribute, value);
        }
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
    ids.id(0, 0, path(), attribute, value, (line, column, path, message) ->
        findings.add(new Finding(Severity.ERROR, Code.IDENTITY, 0, 0, path, message)));
  }

  private void idref(String attribute, String value) {
    if (ids == null) {
      ids = new Ids();
    }
    ids.idref(0, 0, path(), attribute, value);
  }

  /** Reports the content a lenient read kept on a value that the schema does not declare. */
  public static void kept(Extras extras, Sink sink) {
    kept(extras, sink, null);
  }

  /**
   * {@link #kept(Extras, Sink)} for a value whose type has the attribute wildcard {@code wildcard}
   * (null: none): an attribute it allows is no finding, unless it is strict (the schema declares no
   * global attribute it could be checked against).
   */
  public static void kept(Extras extras, Sink sink, Wildcard wildcard) {
    kept(extras, sink, wildcard, false);
  }

  /**
   * {@link #kept(Extras, Sink, Wildcard)} for a value whose type's content is {@code mixed} or
   * not: the text of mixed content is no finding.
   */
  public static void kept(Extras extras, Sink sink, Wildcard wildcard, boolean mixed) {
    kept(extras, sink, wildcard, mixed, NO_NAMES, NO_NAMES);
  }

  private static final String[] NO_NAMES = {};

  /**
   * {@link #kept(Extras, Sink, Wildcard, boolean)} for a value with nillable children that hold
   * only text, by name, those with a fixed value apart: an {@code xsi:nil} kept on one of them is no
   * finding when it is a boolean, and not {@code true} on one with a fixed value. On the value's own
   * element, the same when {@code sink} entered it as nillable ({@link #enter(String, int, boolean,
   * boolean)}).
   */
  public static void kept(Extras extras, Sink sink, Wildcard wildcard, boolean mixed, String[] nillableChildren,
      String[] fixedChildren) {
    if (extras.isEmpty()) {
      return;
    }
    byte here = sink instanceof PathSink ? ((PathSink) sink).nillableState() : NOT_NILLABLE;
    for (XmlAttribute a : extras.attributes()) {
      if (Xsi.isResolvedType(a)) {
        continue;
      }
      if (isNil(a) && here != NOT_NILLABLE) {
        nilValue(a, sink, here == FIXED);
        continue;
      }
      boolean taken = wildcard != null && !Xsi.NAMESPACE.equals(a.namespace()) && wildcard.allows(a.namespace());
      if (taken && wildcard.declares(a.namespace(), a.localName(), a.value(), attribute(sink, a.localName()))) {
        continue;
      }
      if (taken && wildcard.strict()) {
        sink.error(Code.UNKNOWN_ATTRIBUTE, "the attribute " + a.localName() + " is one the strict attribute"
            + " wildcard here allows, but no global attribute declares it");
      } else if (!taken && !isSchemaLocation(a)) {
        sink.error(code(a), message(a));
      }
    }
    extras.childAttributes().forEach((child, attributes) -> {
      boolean nillableChild = named(child, nillableChildren);
      boolean fixedChild = named(child, fixedChildren);
      // Reported under the child's name as the document spelled it, as the reader reports it.
      String spelled = extras.spelling(child);
      for (XmlAttribute a : attributes) {
        if (Xsi.isResolvedType(a)) {
          continue;
        }
        if (isNil(a) && (nillableChild || fixedChild)) {
          nilValue(a, PathSink.child(sink, spelled), fixedChild);
        } else if (!isSchemaLocation(a)) {
          sink.errorAboutChild(code(a), spelled, message(a));
        }
      }
    });
    String parent = sink instanceof PathSink && ((PathSink) sink).depth > 0
        ? ((PathSink) sink).names[((PathSink) sink).depth - 1] : null;
    for (Extras.Unknown u : extras.nodes()) {
      String within = u.within();
      if (within != null) {
        // Found inside a child that holds only text: reported there, as the reader reports it.
        // Under the child's name as the document spelled it (RedirectURL for the property RedirectUrl).
        String spelled = extras.spelling(within);
        Sink at = PathSink.child(sink, spelled);
        if (u.node() instanceof XmlElement e) {
          String holder = spelled.replaceFirst("\\[[0-9]+\\]$", "");
          at.errorAboutChild(u.code() != null ? u.code() : Code.UNEXPECTED_CONTENT, e.localName(),
              u.problem() != null ? u.problem() : "<" + e.localName() + "> inside <" + holder + ">, which holds only text");
        }
      } else if (u.node() instanceof XmlElement e && u.code() != null && u.problem() != null) {
        // What the reader that kept it said.
        sink.errorAboutChild(u.code(), e.localName(), u.problem());
      } else if (u.node() instanceof XmlElement e) {
        // As the reader says it.
        sink.errorAboutChild(Code.UNKNOWN_ELEMENT, e.localName(), "<" + e.localName() + ">"
            + (e.namespace().isEmpty() ? "" : " of " + e.namespace())
            + (parent == null ? " is not declared here" : " is not declared in <" + parent + ">"));
      } else if (!mixed && !Strings.isBlank(((XmlText) u.node()).text())) {
        sink.error(Code.UNEXPECTED_TEXT, "text where only elements are allowed");
      }
    }
  }

  /**
   * Checks an element a value holds for its type's element wildcard {@code w} ({@code xs:any}):
   * its namespace must be one the wildcard allows, and a strict wildcard (no global element of the
   * schema declares what it allows) takes none without an error.
   */
  public static void wildcardElement(Sink sink, Wildcard w, XmlElement e) {
    String ns = e.namespace();
    String name = "<" + e.localName() + ">" + (ns.isEmpty() ? " in no namespace" : " of " + ns);
    if (!w.allows(ns)) {
      sink.errorAboutChild(Code.UNKNOWN_ELEMENT, e.localName(), name + " is not declared here, and the element"
          + " wildcard here allows " + w.describe());
    } else if (w.strict()) {
      sink.errorAboutChild(Code.UNKNOWN_ELEMENT, e.localName(), name + " is one the strict element wildcard here"
          + " allows, but no global element declares it");
    }
  }

  /** {@link #wildcardElement} for each of {@code elements}. */
  public static void wildcardElements(Sink sink, Wildcard w, List<XmlElement> elements) {
    for (XmlElement e : elements) {
      wildcardElement(sink, w, e);
    }
  }

  private byte nillableState() {
    return depth > 0 ? nillable[depth - 1] : NOT_NILLABLE;
  }

  private static boolean isNil(XmlAttribute a) {
    return Xsi.NAMESPACE.equals(a.namespace()) && a.localName().equals("nil");
  }

  /** Whether the child kept under {@code key} ({@code Count}, {@code Count[2]}) is one of {@code names}. */
  private static boolean named(String key, String[] names) {
    int bracket = key.indexOf('[');
    String name = bracket < 0 ? key : key.substring(0, bracket);
    for (String n : names) {
      if (n.equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports that a nil element, the sink's current one, holds content: for the validator, where
   * the reader reports it as it reads. Only where the element is nillable: elsewhere its xsi:nil
   * is the finding ({@link #kept}), and it is not nil.
   */
  public static void nilContent(Sink sink) {
    if (sink instanceof PathSink && ((PathSink) sink).nillableState() == NILLABLE) {
      sink.error(Code.XSI, Xsi.NIL_CONTENT);
    }
  }

  /** {@link #nilContent(Sink)} for the child {@code child}, which holds only text. */
  public static void nilContent(Sink sink, String child) {
    sink.errorAboutChild(Code.XSI, child, Xsi.NIL_CONTENT);
  }

  /** Reports an xsi:nil on a nillable element that is not a boolean, or that is true where the element has a fixed value. */
  private static void nilValue(XmlAttribute a, Sink sink, boolean fixed) {
    String v = Xsi.trim(a.value());
    if (!v.equals("true") && !v.equals("false") && !v.equals("1") && !v.equals("0")) {
      sink.error(Code.XSI, "xsi:nil=\"" + a.value() + "\" is not a boolean (true, false, 1 or 0)");
    } else if (fixed && (v.equals("true") || v.equals("1"))) {
      sink.error(Code.XSI, Xsi.nilOnFixed(a.value()));
    }
  }

  /** A sink that reports on the child {@code child} of {@code sink}'s current element. */
  private static Sink child(Sink sink, String child) {
    return new Sink() {
      @Override
      public void error(Code code, String message) {
        sink.errorAboutChild(code, child, message);
      }

      @Override
      public void errorAboutChild(Code code, String grandchild, String message) {
        sink.errorAboutChild(code, child + "/" + grandchild, message);
      }
    };
  }

  /** xsi:schemaLocation and xsi:noNamespaceSchemaLocation: allowed on every element. */
  private static boolean isSchemaLocation(XmlAttribute a) {
    return Xsi.NAMESPACE.equals(a.namespace())
        && (a.localName().equals("schemaLocation") || a.localName().equals("noNamespaceSchemaLocation"));
  }

  /**
   * A kept xsi:type or xsi:nil is one the reader found wrong (a right xsi:type is not kept, but for
   * one naming a simple type derived from the declared one, kept resolved: {@link Xsi#isResolvedType}).
   */
  private static Code code(XmlAttribute a) {
    return Xsi.NAMESPACE.equals(a.namespace()) && (a.localName().equals("type") || a.localName().equals("nil"))
        ? Code.XSI : Code.UNKNOWN_ATTRIBUTE;
  }

  private static String message(XmlAttribute a) {
    if (isNil(a)) {
      return "xsi:nil=\"" + a.value() + "\" is not allowed here: the element is not nillable";
    }
    if (code(a) == Code.XSI) {
      return "xsi:" + a.localName() + "=\"" + a.value() + "\" is not allowed here";
    }
    return "the attribute " + a.localName() + " is not declared here";
  }

  public List<Finding> findings() {
    if (ids != null) {
      // The value is done: each IDREF is now either one of its IDs or not.
      ids.finish((line, column, path, message) ->
          findings.add(new Finding(Severity.ERROR, Code.IDENTITY, 0, 0, path, message)));
    }
    return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(findings));
  }
}
