package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.poxgen.processor.GeneratedClaim;
import dev.poxgen.processor.PoxProcessor;
import dev.poxgen.processor.testing.Fixtures;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.xml.sax.InputSource;

/**
 * Mutated schemas given to the processor through javac: every run ends in a compilation that
 * succeeds (generated code included, under -Xlint:all -Werror) or in errors from the catalogue,
 * never a crash, an internal error or a stack trace.
 */
class ProcessorFuzzTest {
  private static final String XS = "http://www.w3.org/2001/XMLSchema";
  private static final List<String> BASES = List.of(
      "fixtures/enumeration/schema.xsd", "fixtures/defaults/schema.xsd", "fixtures/repeated/schema.xsd",
      "fixtures/attribute/schema.xsd", "fixtures/anonymous/schema.xsd", "fixtures/codes/schema.xsd",
      "fixtures/recursive/schema.xsd", "dev/poxgen/processor/schema/autodiscover/outlook-responseschema-2006a.xsd");

  @Property(tries = 60, seed = "20261207")
  void mutatedSchemasEndInCodeOrInCatalogueErrors(@ForAll("mutations") List<int[]> mutations,
      @ForAll("bases") String base) throws Exception {
    String xsd = read(base);
    for (int[] m : mutations) {
      xsd = mutate(xsd, m[0], m[1], m[2]);
    }
    Path dir = Files.createTempDirectory("poxgen-fuzz");
    Files.writeString(dir.resolve("fuzz.xsd"), xsd);
    Compilation c = javac()
        .withProcessors(new PoxProcessor(), new GeneratedClaim())
        .withOptions(List.of("-Xlint:all", "-Werror", "-Apoxgen.schemaPath=" + dir))
        .compile(Fixtures.packageInfo("fuzz.generated", "@dev.poxgen.GeneratePox(xsd = \"fuzz.xsd\")"));
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      errors.add(d.getMessage(Locale.ROOT));
    }
    String context = base + " mutated " + describe(mutations) + ":\n" + xsd;
    for (String e : errors) {
      assertWithMessage("an error not from the catalogue, for %s", context).that(e).startsWith("[poxgen:");
      assertWithMessage("an internal error, for %s", context).that(e).doesNotContain("[poxgen:internal]");
      assertWithMessage("a stack trace, for %s", context).that(e).doesNotContain("\tat ");
    }
    assertWithMessage("generated code that does not compile, for %s: %s", context, errors)
        .that(c.status() == Compilation.Status.SUCCESS || !errors.isEmpty()).isTrue();
  }

  @Provide
  Arbitrary<List<int[]>> mutations() {
    return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000))
        .as((k, a, b) -> new int[] {k, a, b})
        .list().ofMinSize(1).ofMaxSize(2);
  }

  @Provide
  Arbitrary<String> bases() {
    return Arbitraries.of(BASES);
  }

  private static String describe(List<int[]> mutations) {
    StringBuilder b = new StringBuilder();
    for (int[] m : mutations) {
      b.append(java.util.Arrays.toString(m));
    }
    return b.toString();
  }

  private static String read(String resource) throws Exception {
    try (InputStream in = Objects.requireNonNull(ProcessorFuzzTest.class.getClassLoader().getResourceAsStream(resource))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One change: remove a declaration, dangle a reference, recurse, duplicate, odd facets, break the XML. */
  static String mutate(String xsd, int kind, int a, int b) throws Exception {
    if (kind == 9) {
      return xsd.substring(0, a % Math.max(1, xsd.length())); // invalid XML
    }
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc;
    try {
      javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // quiet: broken input is expected
      doc = builder.parse(new InputSource(new StringReader(xsd)));
    } catch (Exception notXml) {
      return xsd;
    }
    List<Element> all = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagNameNS(XS, "*");
    for (int i = 0; i < nodes.getLength(); i++) {
      all.add((Element) nodes.item(i));
    }
    Element pick = all.get(a % all.size());
    Element root = doc.getDocumentElement();
    switch (kind) {
      case 0 -> { // remove a declaration
        if (pick != root) {
          pick.getParentNode().removeChild(pick);
        }
      }
      case 1 -> { // a dangling type reference
        List<Element> typed = all.stream().filter(e -> e.hasAttribute("type") || e.hasAttribute("base")).toList();
        if (!typed.isEmpty()) {
          Element e = typed.get(b % typed.size());
          e.setAttribute(e.hasAttribute("type") ? "type" : "base", e.lookupPrefix(root.getAttribute("targetNamespace")) == null
              ? "Missing" + b : e.lookupPrefix(root.getAttribute("targetNamespace")) + ":Missing" + b);
        }
      }
      case 2 -> { // a type that contains itself
        List<Element> types = all.stream().filter(e -> e.getLocalName().equals("complexType") && e.hasAttribute("name")).toList();
        List<Element> groups = all.stream().filter(e -> List.of("sequence", "choice").contains(e.getLocalName())).toList();
        if (!types.isEmpty() && !groups.isEmpty()) {
          Element type = types.get(b % types.size());
          Element el = doc.createElementNS(XS, "xs:element");
          el.setAttribute("name", "Self" + b);
          String prefix = root.lookupPrefix(root.getAttribute("targetNamespace"));
          el.setAttribute("type", (prefix == null ? "" : prefix + ":") + type.getAttribute("name"));
          el.setAttribute("minOccurs", "0");
          groups.get(a % groups.size()).appendChild(el);
        }
      }
      case 3 -> { // a duplicate name
        if (pick != root && pick.getParentNode() == root) {
          root.appendChild(pick.cloneNode(true));
        }
      }
      case 4 -> { // odd facet values
        List<Element> facets = all.stream().filter(e -> e.getParentNode() instanceof Element p
            && p.getLocalName().equals("restriction") && e.hasAttribute("value")).toList();
        if (!facets.isEmpty()) {
          facets.get(b % facets.size()).setAttribute("value", List.of("abc", "-1", "[", "", "99999999999999999999",
              "(", "\\p{Bogus}", "1.5").get(a % 8));
        }
      }
      case 5 -> { // a new odd facet
        List<Element> restrictions = all.stream().filter(e -> e.getLocalName().equals("restriction")).toList();
        if (!restrictions.isEmpty()) {
          Element facet = doc.createElementNS(XS, "xs:" + List.of("pattern", "minLength", "maxInclusive", "whiteSpace",
              "totalDigits", "enumeration").get(b % 6));
          facet.setAttribute("value", List.of("[a-", "5", "x", "sideways", "0", "on").get(a % 6));
          restrictions.get(a % restrictions.size()).appendChild(facet);
        }
      }
      case 6 -> { // mixed content
        all.stream().filter(e -> e.getLocalName().equals("complexType")).findFirst().ifPresent(e -> e.setAttribute("mixed", "true"));
      }
      case 7 -> { // a wildcard or a list
        List<Element> groups = all.stream().filter(e -> e.getLocalName().equals("sequence")).toList();
        if (!groups.isEmpty()) {
          groups.get(a % groups.size()).appendChild(doc.createElementNS(XS, b % 2 == 0 ? "xs:any" : "xs:group"));
        }
      }
      default -> { // occurrence oddities
        List<Element> elements = all.stream().filter(e -> e.getLocalName().equals("element") && e.getParentNode() != root).toList();
        if (!elements.isEmpty()) {
          Element e = elements.get(a % elements.size());
          e.setAttribute(b % 2 == 0 ? "minOccurs" : "maxOccurs", List.of("0", "5", "unbounded", "-1", "x", "2").get(b % 6));
        }
      }
    }
    return ((DOMImplementationLS) doc.getImplementation()).createLSSerializer().writeToString(doc);
  }
}
