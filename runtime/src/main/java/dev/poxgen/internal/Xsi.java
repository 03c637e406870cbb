package dev.poxgen.internal;

import dev.poxgen.XmlAttribute;

/**
 * The attributes of XML Schema's instance namespace, which XML Schema allows on every element and
 * judges itself: {@code xsi:schemaLocation} and {@code xsi:noNamespaceSchemaLocation} (hints, never
 * an error), {@code xsi:type} (which must name the element's declared type, or one derived from
 * it) and {@code xsi:nil} (only on a nillable element).
 */
final class Xsi {
  /** {@code http://www.w3.org/2001/XMLSchema-instance}. */
  static final String NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
  /** {@code http://www.w3.org/XML/1998/namespace}, which the prefix {@code xml} is always bound to. */
  static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

  /** What a nil element with content is, for the reader and the validator alike. */
  static final String NIL_CONTENT = "xsi:nil=\"true\" makes the element nil, so it must be empty, but it holds content";

  private Xsi() {}

  /** What {@code xsi:nil="value"} (true or 1) on an element with a fixed value is (cvc-elt.3.2.2). */
  static String nilOnFixed(String value) {
    return "xsi:nil=\"" + value + "\" is not allowed here: the element has a fixed value";
  }

  /**
   * What is wrong with the {@code xsi:nil} of an element of {@code xs:anyType}, kept whole as
   * {@code e}, or null when nothing is (cvc-elt.3): on an element that is not {@code nillable},
   * any; on one that is, one that is not a boolean, {@code true} where the element has a {@code
   * fixed} value, or {@code true} on an element with content (a child, or any character,
   * whitespace too).
   */
  static String anyNilProblem(dev.poxgen.XmlElement e, boolean nillable, boolean fixed) {
    for (dev.poxgen.XmlAttribute a : e.attributes()) {
      if (!NAMESPACE.equals(a.namespace()) || !a.localName().equals("nil")) {
        continue;
      }
      if (!nillable) {
        return "xsi:nil=\"" + a.value() + "\" is not allowed here: the element is not nillable";
      }
      String v = trim(a.value());
      if (v.equals("false") || v.equals("0")) {
        return null;
      }
      if (!v.equals("true") && !v.equals("1")) {
        return "xsi:nil=\"" + a.value() + "\" is not a boolean (true, false, 1 or 0)";
      }
      if (fixed) {
        return nilOnFixed(a.value());
      }
      return e.children().isEmpty() ? null : NIL_CONTENT;
    }
    return null;
  }

  /** The prefix of a QName's lexical form ("" for none), or null when it is not of the form {@code [prefix:]local}. */
  static String prefix(String value) {
    String v = trim(value);
    int colon = v.indexOf(':');
    if (v.isEmpty() || colon == 0 || colon == v.length() - 1 || v.indexOf(':', colon + 1) >= 0 || hasSpace(v)) {
      return null;
    }
    return colon < 0 ? "" : v.substring(0, colon);
  }

  /**
   * Why {@code xsi:type="value"} is wrong on an element whose declared type is {@code
   * typeNamespace}/{@code typeName}, or null when it names that type.
   *
   * @param boundTo the URI the value's prefix is bound to where it appears (null: bound to none)
   * @param typeName the declared type's local name; "" for an anonymous type, which no xsi:type names
   */
  static String typeProblem(String value, String boundTo, String typeNamespace, String typeName) {
    return typeProblem(value, boundTo, typeNamespace, typeName, false);
  }

  /**
   * {@link #typeProblem(String, String, String, String)}, for an element of a simple type when
   * {@code simple}: one the reader did not find among the simple types derived from its declared
   * type (or the element blocks restriction).
   */
  static String typeProblem(String value, String boundTo, String typeNamespace, String typeName, boolean simple) {
    String v = trim(value);
    String prefix = prefix(v);
    String declared = typeName.isEmpty() ? "an anonymous type, which no xsi:type can name"
        : "{" + typeNamespace + "}" + typeName;
    if (prefix == null) {
      return "xsi:type=\"" + value + "\" is not a type name (a QName); this element's type is " + declared;
    }
    if (boundTo == null && !prefix.isEmpty()) {
      return "xsi:type=\"" + value + "\" uses the prefix " + prefix + ", which is bound to no namespace here";
    }
    String uri = boundTo == null ? "" : boundTo;
    String local = prefix.isEmpty() ? v : v.substring(prefix.length() + 1);
    if (!typeName.isEmpty() && uri.equals(typeNamespace) && local.equals(typeName)) {
      return null;
    }
    return "xsi:type=\"" + value + "\" names {" + uri + "}" + local + ", but this element's type is " + declared
        + (simple ? ", and that is not a simple type of the schema derived from it that the element allows"
            : ", and that is not a type that may stand for it (a concrete type derived from it that neither the"
                + " element nor its type blocks)");
  }

  /**
   * Whether a kept attribute is an {@code xsi:type} the reader accepted as naming a simple type
   * derived from the element's declared one: kept resolved, its value {@code {namespace}local}
   * (which no document can spell, a QName having no braces), for the writer to put under a prefix
   * it binds.
   */
  public static boolean isResolvedType(XmlAttribute a) {
    return NAMESPACE.equals(a.namespace()) && a.localName().equals("type") && a.value().startsWith("{")
        && a.value().indexOf('}') > 0;
  }

  /** The value without XML whitespace at either end: QName's whitespace facet is collapse. */
  static String trim(String value) {
    int from = 0;
    int to = value.length();
    while (from < to && isSpace(value.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(value.charAt(to - 1))) {
      to--;
    }
    return value.substring(from, to);
  }

  private static boolean hasSpace(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (isSpace(v.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
