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
    ADD_ATTRIBUTE, REMOVE_ATTRIBUTE, CHANGE_NAMESPACE
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
