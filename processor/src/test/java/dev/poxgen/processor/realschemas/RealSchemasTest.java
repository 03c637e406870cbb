package dev.poxgen.processor.realschemas;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;
import static java.util.Map.entry;

import com.google.testing.compile.Compilation;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.processor.GeneratedClaim;
import dev.poxgen.processor.PoxProcessor;
import dev.poxgen.processor.testing.Fixtures;
import dev.poxgen.processor.testing.JdkXsdValidator;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import dev.poxgen.processor.testing.RepoPaths;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.SAXException;

/**
 * Issue 13: public schemas that Java users bind, kept unmodified with real instance documents in
 * {@code NAME/} folders of the real-schema corpus (see each {@code SOURCE.md} and
 * docs/real-schemas.md). The corpus is third-party material and so is not part of this
 * repository: it lives in the workspace's {@code ../shared/realschemas} (or where the environment
 * variable {@code POXGEN_REALSCHEMAS} points); where it is absent, as in a user's clone, the checks
 * over it skip with a message.
 *
 * <p>For each schema this test (1) checks that the JDK's validator gives the instances the
 * verdicts {@code SOURCE.md} records, so the corpus is known-good; (2) runs poxgen on the schema
 * as published and compares the outcome, bound or refused with its first {@code [poxgen:...]}
 * diagnostic, with {@link #EXPECTED}: a ratchet, failing when an outcome changes either way, so
 * that a schema that starts to bind is recorded and one that stops binding is caught; (3) for a
 * bound schema, reads every instance strictly through the generated facade and requires the
 * JDK's valid/invalid verdict. A tiny schema of the test's own ({@code realschemas-harness/})
 * goes through the same code, so that the third step runs today although no real schema binds yet.
 */
class RealSchemasTest {
  /** How poxgen is expected to end on a schema today. */
  record Expected(String entry, String outcome, String detail) {
    static Expected bound(String entry) {
      return new Expected(entry, "BOUND", "");
    }

    /** Refused: {@code tag} is the first diagnostic's tag, {@code detail} a part of its message naming the construct. */
    static Expected refused(String entry, String tag, String detail) {
      return new Expected(entry, "REFUSED [poxgen:" + tag + "]", detail);
    }
  }

  /**
   * Today's outcome per schema folder. When poxgen learns a construct, a schema's outcome changes
   * and this test fails: update the line (and docs/real-schemas.md) to record the new outcome.
   */
  static final Map<String, Expected> EXPECTED = new LinkedHashMap<>(Map.ofEntries(
      entry("cdi-beans", Expected.bound("beans_4_0.xsd")),
      entry("jakarta-persistence", Expected.bound("persistence_4_0.xsd")),
      entry("liquibase", Expected.bound("dbchangelog-latest.xsd")),
      entry("maven-pom", Expected.bound("maven-4.0.0.xsd")),
      entry("saml2-metadata", Expected.bound("saml-schema-metadata-2.0.xsd")),
      entry("sitemap", Expected.bound("sitemap.xsd")),
      entry("soap11-envelope", Expected.bound("envelope.xsd")),
      entry("spring-beans", Expected.bound("spring-beans.xsd")),
      entry("surefire-report", Expected.bound("surefire-test-report.xsd")),
      entry("ws-addressing", Expected.bound("ws-addr.xsd")),
      entry("xliff2", Expected.bound("xliff_core_2.0.xsd")),
      // The JDK refuses this copy of the schema too (src-resolve.4.1, ref="id"): refused as invalid.
      entry("xml-catalogs", Expected.refused("catalog.xsd", "xsd-invalid",
          "catalog.xsd:54:29: the schema is not valid XML Schema 1.0: src-resolve.4.1"))));

  /** The harness's own schema, which binds: it keeps the strict-read comparison exercised. */
  static final Map<String, Expected> HARNESS = Map.of("tiny", Expected.bound("tiny.xsd"));

  /** Absolute addresses the real schemas import, and the local copies the JDK check reads instead. */
  static final Map<String, String> ABSOLUTE = Map.of(
      "http://www.w3.org/TR/2002/REC-xmldsig-core-20020212/xmldsig-core-schema.xsd",
      "saml2-metadata/xmldsig-core-schema.xsd",
      "http://www.w3.org/2001/xml.xsd", "_w3c/xml.xsd");

  private static final Pattern JDK_LINE = Pattern.compile("(?m)^jdk: (\\S+) (valid|invalid)(?: (\\S+))?\\s*$");
  private static final Pattern JDK_SCHEMA_LINE = Pattern.compile("(?m)^jdk-schema: refused (\\S+)\\s*$");

  static final String NO_CORPUS =
      "the real-schema corpus is not here (../shared/realschemas, or $POXGEN_REALSCHEMAS), as in a"
          + " user's clone; skipping the checks over it. The harness schema still runs.";

  /** The corpus folder: {@code $POXGEN_REALSCHEMAS}, else {@code ../shared/realschemas}. */
  static Optional<Path> corpus() {
    String configured = System.getenv("POXGEN_REALSCHEMAS");
    Path p = configured != null && !configured.isBlank()
        ? Path.of(configured)
        : RepoPaths.root().resolveSibling("shared").resolve("realschemas");
    return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
  }

  @Test
  void everySchemaFolderIsInTheTableAndHasItsProvenance() throws Exception {
    Optional<Path> corpus = corpus();
    Assumptions.assumeTrue(corpus.isPresent(), NO_CORPUS);
    Path root = corpus.get();
    TreeSet<String> folders = new TreeSet<>();
    try (Stream<Path> s = Files.list(root)) {
      s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_"))
          .forEach(folders::add);
    }
    assertWithMessage("folders under realschemas/ and the schemas in RealSchemasTest.EXPECTED")
        .that(folders).containsExactlyElementsIn(EXPECTED.keySet());
    assertWithMessage("issue 13 asks for at least ten real schemas").that(folders.size()).isAtLeast(10);
    for (String name : folders) {
      String source = Files.readString(root.resolve(name).resolve("SOURCE.md"));
      assertWithMessage("%s/SOURCE.md names a licence", name).that(source.toLowerCase(Locale.ROOT)).contains("licen");
      assertWithMessage("%s/SOURCE.md names a commit", name).that(source).containsMatch("[0-9a-f]{40}");
      assertWithMessage("%s: the entry schema %s is there", name, EXPECTED.get(name).entry())
          .that(Files.isRegularFile(root.resolve(name).resolve(EXPECTED.get(name).entry()))).isTrue();
    }
    assertWithMessage("the W3C licence beside the local W3C copies")
        .that(Files.isRegularFile(root.resolve("_w3c/LICENSE-W3C.txt"))).isTrue();
  }

  @TestFactory
  Stream<DynamicTest> realSchemas() {
    Optional<Path> corpus = corpus();
    Assumptions.assumeTrue(corpus.isPresent(), NO_CORPUS);
    Path root = corpus.get();
    return EXPECTED.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(root, root.resolve("_w3c"), e.getKey(), e.getValue())));
  }

  @TestFactory
  Stream<DynamicTest> harnessSchema() throws Exception {
    Path root = resource("realschemas-harness");
    // The harness schema imports nothing: the W3C folder is never read for it.
    return HARNESS.entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(root, root.resolve("_w3c"), e.getKey(), e.getValue())));
  }

  /** One schema: the JDK's verdicts as recorded, poxgen's outcome as expected, and if bound the same verdicts strictly. */
  static void check(Path root, Path w3c, String name, Expected expected) throws Exception {
    Path dir = root.resolve(name);
    Map<Path, Boolean> jdkValid = jdkVerdicts(root, w3c, dir, expected.entry());
    Outcome outcome = bind(root, name + "/" + expected.entry(), packageName(name));
    // Every diagnostic, not only the first, in the test's output: what stands between the schema and binding.
    System.out.println("realschemas " + name + ": " + outcome.outcome() + ", " + outcome.errors().size() + " errors");
    outcome.errors().forEach(e -> System.out.println("  " + e));
    String update = " If the change is intended (or an improvement), update RealSchemasTest.EXPECTED and"
        + " docs/real-schemas.md to record it.";
    assertWithMessage("poxgen's outcome on %s (%s), first diagnostic: «%s».%s", name, expected.entry(),
        outcome.firstMessage(), update).that(outcome.outcome()).isEqualTo(expected.outcome());
    assertWithMessage("poxgen's first diagnostic on %s names the construct the table records.%s", name, update)
        .that(outcome.firstMessage()).contains(expected.detail());
    if (outcome.facade() == null) {
      return;
    }
    for (Map.Entry<Path, Boolean> doc : jdkValid.entrySet()) {
      StrictVerdict strict = readStrictly(outcome.facade(), doc.getKey());
      assertWithMessage("strict reading of %s gives the JDK's verdict (JDK: %s); poxgen's findings: %s",
          dir.relativize(doc.getKey()), doc.getValue() ? "valid" : "invalid", strict.findings())
          .that(strict.valid()).isEqualTo(doc.getValue());
    }
  }

  /**
   * Validates each instance {@code SOURCE.md} lists with the JDK and compares: the verdict, and for
   * an invalid one the code of the JDK's first message (such as {@code cvc-complex-type.4}).
   * Returns each instance's verdict.
   */
  static Map<Path, Boolean> jdkVerdicts(Path root, Path w3c, Path dir, String entry) throws IOException {
    String source = Files.readString(dir.resolve("SOURCE.md"));
    Map<String, Path> absolute = new LinkedHashMap<>();
    ABSOLUTE.forEach((url, file) -> absolute.put(url, root.resolve(file)));
    Matcher refused = JDK_SCHEMA_LINE.matcher(source);
    JdkXsdValidator jdk;
    try {
      jdk = OfflineJdkValidator.load(dir.resolve(entry), w3c, absolute);
    } catch (SAXException e) {
      assertWithMessage("%s: the JDK does not load %s (%s); SOURCE.md must say so with 'jdk-schema: refused CODE'",
          dir.getFileName(), entry, e.getMessage()).that(refused.find()).isTrue();
      assertWithMessage("%s: the JDK's reason for refusing %s", dir.getFileName(), entry)
          .that(e.getMessage()).contains(refused.group(1));
      return Map.of();
    }
    assertWithMessage("%s: SOURCE.md says the JDK refuses %s, but it loads", dir.getFileName(), entry)
        .that(refused.find()).isFalse();
    Map<Path, Boolean> verdicts = new LinkedHashMap<>();
    Matcher m = JDK_LINE.matcher(source);
    while (m.find()) {
      Path doc = dir.resolve(m.group(1));
      List<JdkXsdValidator.Finding> findings = jdk.validate(doc);
      boolean valid = findings.isEmpty();
      assertWithMessage("the JDK's verdict on %s/%s, as SOURCE.md records it; the JDK says %s",
          dir.getFileName(), m.group(1), findings).that(valid ? "valid" : "invalid").isEqualTo(m.group(2));
      if (!valid && m.group(3) != null) {
        assertWithMessage("the JDK's first message on %s/%s", dir.getFileName(), m.group(1))
            .that(findings.get(0).message()).startsWith(m.group(3) + ":");
      }
      verdicts.put(doc, valid);
    }
    TreeSet<String> listed = new TreeSet<>();
    verdicts.keySet().forEach(p -> listed.add(dir.relativize(p).toString().replace('\\', '/')));
    TreeSet<String> present = new TreeSet<>();
    try (Stream<Path> s = Files.list(dir.resolve("instances"))) {
      s.map(p -> "instances/" + p.getFileName()).filter(n -> !n.contains("LICENSE")).forEach(present::add);
    }
    assertWithMessage("%s: the instances SOURCE.md gives a JDK verdict for", dir.getFileName())
        .that(listed).containsExactlyElementsIn(present);
    return verdicts;
  }

  /** What poxgen did with a schema: the outcome string, its first diagnostic, and the facade when bound. */
  record Outcome(String outcome, String firstMessage, Class<?> facade, List<String> errors) {}

  /** Runs poxgen on {@code xsd} (relative to {@code root}), found the consumer's way: {@code -Apoxgen.schemaPath=root}. */
  static Outcome bind(Path root, String xsd, String pkg) throws ClassNotFoundException {
    List<String> options = new ArrayList<>(Fixtures.STRICT);
    options.add("-A" + PoxProcessor.OPTION_SCHEMA_PATH + "=" + root);
    Compilation c = javac().withProcessors(new PoxProcessor(), new GeneratedClaim()).withOptions(options)
        .compile(Fixtures.packageInfo(pkg, "@dev.poxgen.GeneratePox(xsd = \"" + xsd + "\")"));
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      errors.add(d.getMessage(Locale.ROOT));
    }
    if (c.status() == Compilation.Status.SUCCESS) {
      return new Outcome("BOUND", "", facade(c, pkg), List.of());
    }
    String first = errors.isEmpty() ? "(no error reported)" : errors.get(0);
    Matcher tag = Pattern.compile("^\\[poxgen:[a-z0-9-]+\\]").matcher(first);
    if (tag.find()) {
      return new Outcome("REFUSED " + tag.group(), first, null, errors);
    }
    return new Outcome("GENERATED CODE DOES NOT COMPILE", first, null, errors);
  }

  /** The generated {@code ...Xml} class: the one with a public static {@code read(XmlInput, ReadOptions)}. */
  private static Class<?> facade(Compilation c, String pkg) throws ClassNotFoundException {
    List<Class<?>> found = new ArrayList<>();
    for (JavaFileObject f : c.generatedSourceFiles()) {
      String path = f.toUri().getPath();
      String simple = path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
      if (!simple.endsWith("Xml")) {
        continue;
      }
      Class<?> k = Fixtures.initialise(c, pkg + "." + simple);
      if (readMethod(k) != null) {
        found.add(k);
      }
    }
    assertWithMessage("one generated facade with read(XmlInput, ReadOptions) in %s", pkg).that(found).hasSize(1);
    return found.get(0);
  }

  private static Method readMethod(Class<?> k) {
    try {
      Method m = k.getMethod("read", XmlInput.class, ReadOptions.class);
      return Modifier.isStatic(m.getModifiers()) ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** A strict read's verdict: valid when it read without an error; not well-formed and the like is invalid. */
  record StrictVerdict(boolean valid, String findings) {}

  static StrictVerdict readStrictly(Class<?> facade, Path doc) throws Exception {
    Method read = Objects.requireNonNull(readMethod(facade));
    try {
      ReadResult<?> r = (ReadResult<?>) read.invoke(null, XmlInput.of(doc), ReadOptions.strict());
      return new StrictVerdict(!r.hasErrors(), r.findings().toString());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof PoxReadException p) {
        return new StrictVerdict(false, "PoxReadException: " + p.getMessage());
      }
      throw e;
    }
  }

  static String packageName(String folder) {
    return "realschemas." + folder.replaceAll("[^A-Za-z0-9]", "_").toLowerCase(Locale.ROOT);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(RealSchemasTest.class.getClassLoader().getResource(name), name).toURI());
  }
}
