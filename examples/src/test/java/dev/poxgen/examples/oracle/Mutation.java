package dev.poxgen.examples.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** One change to a document, chosen by numbers so that jqwik can generate and shrink it. */
record Mutation(Kind kind, int target, int choice, int value) {
  enum Kind {
    ENUMERATION_VALUE, NUMBER_VALUE, REMOVE_ELEMENT, DUPLICATE_ELEMENT, MOVE_ELEMENT, INSERT_UNKNOWN,
    ADD_ATTRIBUTE, REMOVE_ATTRIBUTE, CHANGE_NAMESPACE, XSI_TYPE, XSI_NIL, XSI_SCHEMA_LOCATION
  }

  static final String R = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
  static final String M = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006";
  static final String Q = "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006";

  static final Set<String> ENUMERATED = Set.of("SMTPLast", "SSL", "SPA", "AuthRequired", "DomainRequired", "UsePOPAuth",
      "ServerExclusiveConnect", "Type", "Action", "AccountType", "AuthPackage", "Encryption", "MicrosoftOnline",
      "ConsumerMailbox");
  static final List<String> ENUM_TEXTS = List.of("yes", "ON", "of", " on ", "", "on", "Off", "OFF", "true", "True",
      "settings", "redirectAddr", "redirectUrl", "EXCH", "IMAP", "xx", "basic", "Ntlm", "TLS", "email", "Delegate",
      "MobileSync", "\non\n", "o n");
  static final Set<String> NUMERIC = Set.of("Port", "TTL", "ErrorCode", "DirectoryPort", "ReferralPort", "Status");
  static final List<String> NUMBER_TEXTS = List.of("0", "1", "-1", "65535", "65536", "abc", " 993 ", "+25", "",
      "99999999999", "993.0", "1e3", "600", "42", "1000", "-0");
  static final List<String> ATTRIBUTE_NAMES = List.of("Type", "Version", "foo", "AuthenticationMethod", "Time", "Id");
  static final List<String> ATTRIBUTE_VALUES = List.of("mapiHttp", "1", "2", "x", "Basic, Fba", "Bogus", "Fba,Ntlm", "");
  static final List<String> NAMESPACES = List.of(R, O, M, Q, "urn:other", "",
      "https://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a");

  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String XSD = "http://www.w3.org/2001/XMLSchema";
  static final String XMLNS = "http://www.w3.org/2000/xmlns/";
  /**
   * Values of xsi:type. Each names the declared type of some elements and, for most other
   * elements, a type that is not derived from its declared type; o:OnOff, a restriction of
   * xs:token, is derived from xs:string, so on the xs:string elements the value is checked as an
   * OnOff, by the JDK and by poxgen alike. The declared
   * type of the on/off elements and of Port is added where they are picked. Not on a document
   * element the schema does not declare (another namespace): the JDK validates that by whatever
   * type its xsi:type names, where poxgen reads it as the schema's document element and reports the
   * namespace (see XsiAttributesTest and the README). Not xs:anyType, which is that case at its
   * widest.
   */
  static final List<String> XSI_TYPES = List.of("xsd:string", "xsd:int", "xsd:boolean", "o:Protocol", "o:OnOff",
      "Protocol", " o:Protocol ", "o:NoSuchType", "nope:Protocol", "o:", ":Protocol", "xsd:string xsd:int");
  static final String MQ = "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/requestschema/2006";
  /** The schema's global elements, {namespace}local: the document elements the JDK has a declaration for. */
  static final Set<String> DECLARED_ROOTS = Set.of("{" + R + "}Autodiscover", "{" + Q + "}Autodiscover",
      "{" + MQ + "}Autodiscover", "{" + O + "}Response", "{" + M + "}Response");
  static final Set<String> ON_OFF = Set.of("SSL", "SPA", "SMTPLast", "AuthRequired", "DomainRequired", "UsePOPAuth");
  static final List<String> XSI_NILS = List.of("true", "false", "1", "maybe");
  static final List<String> SCHEMA_LOCATIONS = List.of(R + " autodiscover.xsd", "urn:other other.xsd", "", "a.xsd");

  static List<Element> elements(Document doc) {
    List<Element> out = new ArrayList<>();
    collect(doc.getDocumentElement(), out);
    return out;
  }

  private static void collect(Element e, List<Element> out) {
    out.add(e);
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        collect(c, out);
      }
    }
  }

  private static <T> T pick(List<T> list, int i) {
    return list.get(Math.floorMod(i, list.size()));
  }

  void apply(Document doc) {
    List<Element> all = elements(doc);
    List<Element> nonRoot = all.subList(1, all.size());
    switch (kind) {
      case ENUMERATION_VALUE -> setText(all.stream().filter(e -> ENUMERATED.contains(e.getLocalName())).toList(),
          pick(ENUM_TEXTS, value));
      case NUMBER_VALUE -> setText(all.stream().filter(e -> NUMERIC.contains(e.getLocalName())).toList(),
          pick(NUMBER_TEXTS, value));
      case REMOVE_ELEMENT -> {
        if (!nonRoot.isEmpty()) {
          Element e = pick(nonRoot, target);
          e.getParentNode().removeChild(e);
        }
      }
      case DUPLICATE_ELEMENT -> {
        if (!nonRoot.isEmpty()) {
          Element e = pick(nonRoot, target);
          e.getParentNode().insertBefore(e.cloneNode(true), e.getNextSibling());
        }
      }
      case MOVE_ELEMENT -> {
        if (nonRoot.size() >= 2) {
          Element e = pick(nonRoot, target);
          e.getParentNode().removeChild(e);
          List<Element> parents = elements(doc);
          Element parent = pick(parents, choice);
          List<Node> kids = new ArrayList<>();
          for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            kids.add(n);
          }
          parent.insertBefore(e, kids.isEmpty() ? null : pick(kids, value));
        }
      }
      case INSERT_UNKNOWN -> {
        Element parent = pick(all, target);
        Element unknown = doc.createElementNS(parent.getNamespaceURI(), "Unknown" + Math.floorMod(value, 3));
        unknown.setTextContent("x");
        Node before = parent.getFirstChild();
        for (int i = 0; before != null && i < Math.floorMod(choice, 4); i++) {
          before = before.getNextSibling();
        }
        parent.insertBefore(unknown, before);
      }
      case ADD_ATTRIBUTE -> pick(all, target).setAttribute(pick(ATTRIBUTE_NAMES, choice), pick(ATTRIBUTE_VALUES, value));
      case REMOVE_ATTRIBUTE -> {
        List<Element> withAttributes = all.stream().filter(e -> plainAttributes(e) > 0).toList();
        if (!withAttributes.isEmpty()) {
          Element e = pick(withAttributes, target);
          NamedNodeMap attrs = e.getAttributes();
          List<Attr> plain = new ArrayList<>();
          for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
              plain.add(a);
            }
          }
          e.removeAttributeNode(pick(plain, choice));
        }
      }
      case CHANGE_NAMESPACE -> {
        Element e = pick(all, target);
        doc.renameNode(e, emptyToNull(pick(NAMESPACES, value)), e.getLocalName());
      }
      case XSI_TYPE -> {
        Element e = pick(all, target);
        List<String> types = new ArrayList<>(XSI_TYPES);
        if (O.equals(e.getNamespaceURI()) && ON_OFF.contains(e.getLocalName())) {
          types.add("o:OnOff");
        } else if (O.equals(e.getNamespaceURI()) && e.getLocalName().equals("Port")) {
          types.add("o:PortNumber");
        }
        e.setAttributeNS(XMLNS, "xmlns:xsd", XSD);
        e.setAttributeNS(XMLNS, "xmlns:o", O);
        e.setAttributeNS(XSI, "xsi:type", pick(types, value));
      }
      case XSI_NIL -> pick(all, target).setAttributeNS(XSI, "xsi:nil", pick(XSI_NILS, value));
      case XSI_SCHEMA_LOCATION -> {
        Element e = pick(all, target);
        if (Math.floorMod(choice, 2) == 0) {
          e.setAttributeNS(XSI, "xsi:schemaLocation", pick(SCHEMA_LOCATIONS, value));
        } else {
          e.setAttributeNS(XSI, "xsi:noNamespaceSchemaLocation", pick(SCHEMA_LOCATIONS, value));
        }
      }
    }
  }

  /**
   * After every mutation of a document: an xsi:type on a document element the schema does not
   * declare is taken away (the one case the oracle leaves out; see {@link #XSI_TYPES}).
   */
  static void afterAll(Document doc) {
    Element root = doc.getDocumentElement();
    if (!DECLARED_ROOTS.contains("{" + root.getNamespaceURI() + "}" + root.getLocalName())) {
      root.removeAttributeNS(XSI, "type");
    }
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static int plainAttributes(Element e) {
    int n = 0;
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      if (!"http://www.w3.org/2000/xmlns/".equals(attrs.item(i).getNamespaceURI())) {
        n++;
      }
    }
    return n;
  }

  private void setText(List<Element> candidates, String text) {
    if (!candidates.isEmpty()) {
      pick(candidates, target).setTextContent(text);
    }
  }

  @Override
  public String toString() {
    return kind + "(" + target + "," + choice + "," + value + ")";
  }
}
