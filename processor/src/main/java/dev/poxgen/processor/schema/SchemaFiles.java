package dev.poxgen.processor.schema;

import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.catalog.Catalog;
import javax.xml.catalog.CatalogException;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The schema documents of one set, found and read before anything models them: the entry files,
 * then every document they include, import or redefine, each read once, checked to be XML without
 * a DOCTYPE, and kept in the order first reached.
 *
 * <p>A {@code schemaLocation} is relative to the document that names it and stays inside the set's
 * folder tree. The W3C's own schema documents ({@code http://www.w3.org/2001/xml.xsd} and the
 * {@code XMLSchema-instance} namespace, by location or by namespace alone) are copies inside
 * poxgen; any other absolute location is looked up in the OASIS XML catalogs the user named with
 * {@code -Apoxgen.catalog}, which must map it to a local file. Nothing is fetched from the network.
 */
final class SchemaFiles {
  private static final String XSD = "http://www.w3.org/2001/XMLSchema";
  private static final String BUNDLED = "dev/poxgen/processor/schema/w3c/";
  private static final String XML_XSD = "http://www.w3.org/2001/xml.xsd";
  private static final String XSI_XSD = "http://www.w3.org/2001/XMLSchema-instance";

  /** The W3C locations schemas use for the documents poxgen bundles, to the bundled copy's key. */
  private static final Map<String, String> W3C = Map.of(
      "http://www.w3.org/2001/xml.xsd", XML_XSD,
      "https://www.w3.org/2001/xml.xsd", XML_XSD,
      "http://www.w3.org/2001/03/xml.xsd", XML_XSD,
      "http://www.w3.org/2005/08/xml.xsd", XML_XSD,
      "http://www.w3.org/2009/01/xml.xsd", XML_XSD,
      "http://www.w3.org/XML/1998/namespace", XML_XSD,
      "http://www.w3.org/2001/XMLSchema-instance", XSI_XSD,
      "http://www.w3.org/2001/XMLSchema-instance.xsd", XSI_XSD);

  private final SchemaSet set;
  private final Map<String, byte[]> bytes = new LinkedHashMap<>();
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Optional<Catalog> catalog;
  private final List<String> unfollowed = new ArrayList<>();
  private final HardenedXml xml = new HardenedXml();

  private SchemaFiles(SchemaSet set) {
    this.set = set;
    this.catalog = catalog(set);
  }

  /** Finds and reads every document of the set, or throws the first file problem. */
  static SchemaFiles read(SchemaSet set) {
    SchemaFiles files = new SchemaFiles(set);
    Deque<String> toRead = new ArrayDeque<>();
    for (String entry : set.entryFiles()) {
      files.readOnce(entry, null, toRead);
    }
    while (!toRead.isEmpty()) {
      String file = toRead.removeFirst();
      files.follow(file, toRead);
    }
    return files;
  }

  /** Every document's key, entry files first, then in the order first reached. */
  List<String> files() {
    return List.copyOf(documents.keySet());
  }

  /** The entry files' keys. */
  List<String> entryFiles() {
    return set.entryFiles();
  }

  Document document(String file) {
    return documents.get(file);
  }

  /** A fresh source of the document's bytes, with its key as system id. */
  InputSource source(String file) {
    InputSource in = new InputSource(new ByteArrayInputStream(bytes.get(file)));
    in.setSystemId(file);
    return in;
  }

  byte[] bytes(String file) {
    return bytes.get(file);
  }

  /** Whether the key is one of the W3C documents inside poxgen. */
  static boolean isBundled(String file) {
    return W3C.containsValue(file);
  }

  /**
   * The key of the document a reference names: its {@code schemaLocation} relative to the
   * document {@code base}, or, without one, the bundled document of a W3C namespace; empty for an
   * import by namespace alone of any other namespace (its components must come from another
   * document of the set).
   */
  Optional<String> locate(String namespace, String location, String base) {
    if (location == null || location.isBlank()) {
      String bundled = namespace == null ? null : W3C.get(namespace);
      if (bundled != null) {
        return Optional.of(bundled);
      }
      return catalog.flatMap(c -> match(c, namespace)).map(URI::toString);
    }
    String trimmed = location.strip();
    String bundled = W3C.get(trimmed);
    if (bundled != null) {
      return Optional.of(bundled);
    }
    if (isFileUri(base) && !isAbsolute(trimmed)) {
      return Optional.of(URI.create(base).resolve(trimmed).toString());
    }
    if (isAbsolute(trimmed)) {
      Optional<URI> local = fromCatalog(trimmed, base);
      if (local.isEmpty()) {
        unfollowed.add(base + " names \"" + trimmed + "\"");
      }
      return local.map(URI::toString);
    }
    return Optional.of(relativeTo(base, trimmed));
  }

  // ---- reading

  /** The attributes of schema components whose value is an {@code xs:boolean}. */
  private static final Set<String> BOOLEAN_ATTRIBUTES = Set.of("mixed", "abstract", "nillable");

  /**
   * Spells each {@code mixed}, {@code abstract} and {@code nillable} of the schema's own elements
   * as {@code true} or {@code false}: XmlSchema takes only {@code true} (any case) for true, and
   * would read {@code mixed="1"} or {@code mixed=" true"}, both XML Schema's true, as false. Any
   * other value is left for the JDK's schema check to refuse.
   */
  private static void xsdBooleans(Element e) {
    if (XSD.equals(e.getNamespaceURI())) {
      for (String name : BOOLEAN_ATTRIBUTES) {
        if (e.hasAttributeNS(null, name)) {
          String v = e.getAttributeNS(null, name).strip();
          if (v.equals("1") || v.equals("true")) {
            e.setAttributeNS(null, name, "true");
          } else if (v.equals("0") || v.equals("false")) {
            e.setAttributeNS(null, name, "false");
          }
        }
      }
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        xsdBooleans(child);
      }
    }
  }

  private void readOnce(String file, String importedBy, Deque<String> toRead) {
    if (documents.containsKey(file)) {
      return;
    }
    byte[] content = Doctypes.withoutExternalSubset(load(file, importedBy));
    Document document = xml.parse(file, content); // refuses external entities before any schema reader
    xsdBooleans(document.getDocumentElement());
    documents.put(file, document);
    bytes.put(file, content);
    toRead.addLast(file);
  }

  /** Reads the documents that this one includes, imports or redefines. */
  private void follow(String file, Deque<String> toRead) {
    Element schema = documents.get(file).getDocumentElement();
    for (Node n = schema.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && XSD.equals(e.getNamespaceURI())
          && List.of("include", "import", "redefine").contains(e.getLocalName())) {
        String namespace = e.hasAttribute("namespace") ? e.getAttribute("namespace") : null;
        String location = e.hasAttribute("schemaLocation") ? e.getAttribute("schemaLocation") : null;
        Optional<String> target = locate(namespace, location, file);
        if (target.isPresent()) {
          readOnce(target.get(), file, toRead);
        }
      }
    }
  }

  private byte[] load(String file, String importedBy) {
    if (isBundled(file)) {
      String resource = BUNDLED + (file.equals(XML_XSD) ? "xml.xsd" : "XMLSchema-instance.xsd");
      try (InputStream in = SchemaFiles.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the processor jar lacks " + resource);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try {
      if (isFileUri(file)) {
        return Files.readAllBytes(Path.of(URI.create(file)));
      }
      Optional<InputStream> in = set.resolver().open(file);
      if (in.isEmpty()) {
        String what = importedBy == null ? file : file + "\" (imported by \"" + importedBy;
        throw new Problem(Message.XSD_NOT_FOUND, what, set.resolver().describe());
      }
      try (InputStream s = in.get()) {
        return s.readAllBytes();
      }
    } catch (IOException | UncheckedIOException e) {
      throw new Problem(e, Message.XSD_MALFORMED, file, "it could not be read: " + e.getMessage());
    }
  }

  // ---- locations

  private static boolean isAbsolute(String location) {
    int colon = location.indexOf(':');
    int slash = location.indexOf('/');
    return colon > 0 && (slash < 0 || colon < slash);
  }

  private static boolean isFileUri(String key) {
    return key != null && key.startsWith("file:");
  }

  /**
   * The local file a catalog maps an absolute location to; empty when no catalog does. That is not
   * an error in itself: XML Schema lets a processor leave a location it cannot resolve, and only a
   * component needed from it makes one (see {@link #unfollowed()}).
   */
  private Optional<URI> fromCatalog(String location, String base) {
    Optional<URI> found = catalog.flatMap(c -> match(c, location));
    if (found.isPresent() && !"file".equals(found.get().getScheme())) {
      throw new Problem(
          Message.XSD_CATALOG,
          set.catalogs(),
          "it maps \"" + location + "\" (named in " + base + ") to \"" + found.get()
              + "\", which is not a local file, and poxgen never fetches schemas");
    }
    return found;
  }

  /**
   * The absolute locations that were not followed, for the message of a component not found: each
   * as {@code file names "location"}.
   */
  List<String> unfollowed() {
    return List.copyOf(unfollowed);
  }

  /** How to have the unfollowed locations read, for messages; empty when all were followed. */
  String unfollowedHint() {
    if (unfollowed.isEmpty()) {
      return "";
    }
    return " Absolute schema locations were not followed, since poxgen never fetches schemas ("
        + String.join("; ", new java.util.LinkedHashSet<>(unfollowed)) + "): "
        + (catalog.isPresent()
            ? "the catalogs given with -Apoxgen.catalog " + set.catalogs() + " have no entry for them."
            : "ship the documents beside the schema and refer to them relatively, or name an OASIS"
                + " XML catalog that maps them to local files with -Apoxgen.catalog=path/to/catalog.xml.");
  }

  private static Optional<URI> match(Catalog catalog, String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    try {
      String hit = catalog.matchURI(key);
      if (hit == null) {
        hit = catalog.matchSystem(key);
      }
      return Optional.ofNullable(hit).map(URI::create);
    } catch (CatalogException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Catalog> catalog(SchemaSet set) {
    if (set.catalogs().isEmpty()) {
      return Optional.empty();
    }
    for (URI c : set.catalogs()) {
      if (!"file".equals(c.getScheme()) || !Files.isRegularFile(Path.of(c))) {
        throw new Problem(Message.XSD_CATALOG, c, "it is not a file");
      }
    }
    try {
      CatalogFeatures features = CatalogFeatures.builder()
          .with(CatalogFeatures.Feature.PREFER, "public")
          .with(CatalogFeatures.Feature.RESOLVE, "continue")
          .build();
      return Optional.of(CatalogManager.catalog(features, set.catalogs().toArray(URI[]::new)));
    } catch (CatalogException | IllegalArgumentException e) {
      throw new Problem(e, Message.XSD_CATALOG, set.catalogs(), e.getMessage());
    }
  }

  private static String relativeTo(String baseUri, String location) {
    String dir = baseUri == null || !baseUri.contains("/") ? "" : baseUri.substring(0, baseUri.lastIndexOf('/') + 1);
    Deque<String> parts = new ArrayDeque<>();
    for (String p : (dir + location).split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          throw new Problem(
              Message.XSD_UNSUPPORTED,
              baseUri,
              "schemaLocation \"" + location + "\"",
              "a schemaLocation that leaves the schema folder",
              "Keep every XSD of the set in one folder tree.");
        }
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }
}
