package dev.poxgen.processor.w3c;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The XSD 1.0 test groups of the W3C suite: {@code suite.xml}, the test sets it lists and their
 * groups, less everything whose {@code version} excludes XSD 1.0. A group without a schema test, a
 * schema test without documents and a test without exactly one XSD 1.0 verdict of valid or
 * invalid are left out.
 */
final class W3cSuite {
  private static final String TS = "http://www.w3.org/XML/2004/xml-schema-test-suite/";
  private static final String XLINK = "http://www.w3.org/1999/xlink";

  /** One instance test: a document and whether it is valid against its group's schema. */
  record Instance(String name, Path document, boolean valid) {}

  /**
   * One test group: its schema documents (the first is the entry), whether they make a valid
   * schema, and the instance tests. {@code id} is the test set's path in the suite and the group's
   * name, {@code msMeta/Attribute_w3c.xml#attA001}; {@code collection} the contributor's data
   * folder, {@code msData}.
   */
  record Group(String collection, String id, List<Path> schemaDocuments, boolean schemaValid, List<Instance> instances) {
    Group {
      schemaDocuments = List.copyOf(schemaDocuments);
      instances = List.copyOf(instances);
    }
  }

  /** Every XSD 1.0 group, in suite order, and the test sets suite.xml lists that are not there. */
  record Contents(List<Group> groups, List<String> missingTestSets) {
    Contents {
      groups = List.copyOf(groups);
      missingTestSets = List.copyOf(missingTestSets);
    }
  }

  private W3cSuite() {}

  static Contents read(Path root) throws IOException {
    DocumentBuilder parser = parser();
    List<Group> groups = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Element ref : children(parse(parser, root.resolve("suite.xml")), "testSetRef")) {
      String href = ref.getAttributeNS(XLINK, "href");
      Path file = root.resolve(href).normalize();
      if (!Files.isRegularFile(file)) {
        missing.add(href);
        continue;
      }
      Element testSet = parse(parser, file);
      if (!forXsd10(testSet)) {
        continue;
      }
      String folder = href.substring(0, href.indexOf('/'));
      String collection = folder.endsWith("Meta") ? folder.replace("Meta", "Data") : folder;
      for (Element group : children(testSet, "testGroup")) {
        group(collection, href, file.getParent(), group).ifPresent(groups::add);
      }
    }
    return new Contents(groups, missing);
  }

  private static Optional<Group> group(String collection, String href, Path dir, Element group) {
    List<Element> schemaTests = children(group, "schemaTest");
    if (!forXsd10(group) || schemaTests.size() != 1 || !forXsd10(schemaTests.get(0))) {
      return Optional.empty();
    }
    Element schemaTest = schemaTests.get(0);
    Optional<Boolean> schemaValid = verdict(schemaTest);
    List<Path> documents = new ArrayList<>();
    for (Element d : children(schemaTest, "schemaDocument")) {
      documents.add(dir.resolve(d.getAttributeNS(XLINK, "href")).normalize());
    }
    if (schemaValid.isEmpty() || documents.isEmpty()) {
      return Optional.empty();
    }
    List<Instance> instances = new ArrayList<>();
    for (Element test : children(group, "instanceTest")) {
      List<Element> docs = children(test, "instanceDocument");
      Optional<Boolean> valid = verdict(test);
      if (forXsd10(test) && docs.size() == 1 && valid.isPresent()) {
        instances.add(new Instance(test.getAttribute("name"),
            dir.resolve(docs.get(0).getAttributeNS(XLINK, "href")).normalize(), valid.get()));
      }
    }
    return Optional.of(new Group(collection, href + "#" + group.getAttribute("name"), documents,
        schemaValid.get(), instances));
  }

  /**
   * The test's XSD 1.0 verdict: its {@code expected} elements that apply to XSD 1.0 must agree on
   * valid or invalid (an {@code indeterminate} one, or none, leaves the test out).
   */
  private static Optional<Boolean> verdict(Element test) {
    Set<String> verdicts = new LinkedHashSet<>();
    for (Element e : children(test, "expected")) {
      if (forXsd10(e)) {
        verdicts.add(e.getAttribute("validity"));
      }
    }
    if (verdicts.equals(Set.of("valid"))) {
      return Optional.of(true);
    }
    return verdicts.equals(Set.of("invalid")) ? Optional.of(false) : Optional.empty();
  }

  /**
   * Whether an element of the metadata applies to XSD 1.0: no {@code version}, or one that lists
   * {@code 1.0}. A version of only other tokens ({@code 1.1}, a Unicode version, an XSD 1.1 feature)
   * does not.
   */
  static boolean forXsd10(Element e) {
    String version = e.getAttribute("version").strip();
    return version.isEmpty() || Arrays.asList(version.split("\\s+")).contains("1.0");
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && TS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static DocumentBuilder parser() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Element parse(DocumentBuilder parser, Path file) throws IOException {
    try {
      return parser.parse(file.toFile()).getDocumentElement();
    } catch (SAXException e) {
      throw new IOException(file + ": the suite's metadata is not well-formed: " + e.getMessage(), e);
    }
  }
}
