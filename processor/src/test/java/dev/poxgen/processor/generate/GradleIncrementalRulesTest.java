package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.poxgen.processor.PoxProcessor;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processors keep the rules Gradle sets for the incremental kind each declares in {@code
 * META-INF/gradle/incremental.annotation.processors}. No Gradle runs here, so this test plays its
 * part, the way Gradle's compiler integration does it: every processor is wrapped, its {@link
 * ProcessingEnvironment} is not javac's and its {@link Filer} records every file and its
 * originating elements, and each round's annotation types are recorded. Then, on a real javac run
 * with real output folders:
 *
 * <ul>
 *   <li>every processor the jar registers is declared, so Gradle does not fall back to full
 *       recompilation for the whole compile;
 *   <li>every file in the output folders went through the Filer, and nothing else was written;
 *   <li>every generated file names its originating elements (the annotated package);
 *   <li>resources go only to the locations Gradle tracks;
 *   <li>aggregating: every annotation type the processor is handed has class or runtime retention
 *       (Gradle re-runs it on unchanged annotated types from their class files);
 *   <li>isolating: every generated file has exactly one originating top-level element.
 * </ul>
 *
 * <p>Everything goes through the processors' public behaviour, javac and the jar's own
 * registration files, so the rules keep being checked whatever the processors become.
 */
class GradleIncrementalRulesTest {
  private static final Set<StandardLocation> TRACKED_RESOURCE_LOCATIONS =
      Set.of(StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_OUTPUT, StandardLocation.NATIVE_HEADER_OUTPUT);

  @TempDir Path work;

  /** The jar's own folder: what ships, not what the tests put on the class path. */
  private static Path processorClasses() {
    try {
      return Path.of(PoxProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String l = line.replaceAll("#.*", "").strip();
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return out;
  }

  /** Processor class name to its declared kind, as Gradle reads the file. */
  private static Map<String, String> declared() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(processorClasses().resolve("META-INF/gradle/incremental.annotation.processors"))) {
      String[] parts = line.split(",");
      assertWithMessage("a line is NAME,KIND: %s", line).that(parts).hasLength(2);
      out.put(parts[0].strip(), parts[1].strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  @Test
  void everyRegisteredProcessorIsDeclaredWithAKindGradleKnows() throws IOException {
    List<String> registered = lines(processorClasses().resolve("META-INF/services/javax.annotation.processing.Processor"));
    Map<String, String> declared = declared();
    assertThat(registered).contains(PoxProcessor.class.getName());
    assertThat(declared.keySet()).containsExactlyElementsIn(registered);
    for (String kind : declared.values()) {
      assertThat(kind).isAnyOf("isolating", "aggregating");
    }
    assertThat(declared).containsEntry(PoxProcessor.class.getName(), "aggregating");
  }

  @Test
  void theBundledSchemaKeepsTheRules() throws IOException {
    Run run = compile(Map.of(
        "com/example/ad/package-info.java", "@dev.poxgen.GeneratePox\npackage com.example.ad;\n",
        "com/example/ad/Use.java", "package com.example.ad;\n"
            + "public final class Use {\n"
            + "  private Use() {}\n"
            + "  public static OnOff smtpLast(Protocol p) { return p.smtpLast().orElseThrow(); }\n"
            + "}\n"));
    run.checkRules();
    assertThat(run.generatedSources()).contains("com.example.ad.AutodiscoverXml");
  }

  @Test
  void ownSchemasInTwoPackagesKeepTheRules() throws IOException {
    Run run = compile(Map.of(
        "com/example/paint/package-info.java",
        "@dev.poxgen.GeneratePox(xsd = \"fixtures/enumeration/schema.xsd\")\npackage com.example.paint;\n",
        "com/example/basket/package-info.java",
        "@dev.poxgen.GeneratePox(xsd = \"fixtures/repeated/schema.xsd\")\npackage com.example.basket;\n"));
    run.checkRules();
    assertThat(run.generatedSources()).containsAtLeast("com.example.paint.Paint", "com.example.basket.Basket");
  }

  // ---- one compilation, with every declared processor wrapped the way Gradle wraps it

  private Run compile(Map<String, String> sources) throws IOException {
    Path src = work.resolve("src");
    Path gen = Files.createDirectories(work.resolve("generated"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path f = src.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
      files.add(f);
    }
    List<Recording> recordings = new ArrayList<>();
    for (Map.Entry<String, String> d : declared().entrySet()) {
      recordings.add(new Recording(instantiate(d.getKey()), d.getValue()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      JavaCompiler.CompilationTask task = javac.getTask(null, fm, diagnostics,
          List.of("-Xlint:all", "-Werror", "-s", gen.toString(), "-d", classes.toString(),
              "-classpath", System.getProperty("java.class.path"), "-implicit:class"),
          null, fm.getJavaFileObjectsFromPaths(files));
      task.setProcessors(new ArrayList<Processor>(recordings));
      boolean ok = task.call();
      assertWithMessage("javac: %s", diagnostics.getDiagnostics()).that(ok).isTrue();
    }
    return new Run(recordings, sources.keySet(), gen, classes);
  }

  private static Processor instantiate(String className) {
    try {
      return (Processor) Class.forName(className).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot make the declared processor " + className, e);
    }
  }

  /** What one compilation left behind, and the rules it must keep. */
  private final class Run {
    final List<Recording> recordings;
    final Set<String> inputs;
    final Path gen;
    final Path classes;

    Run(List<Recording> recordings, Set<String> inputs, Path gen, Path classes) {
      this.recordings = recordings;
      this.inputs = inputs;
      this.gen = gen;
      this.classes = classes;
    }

    Set<String> generatedSources() {
      Set<String> out = new TreeSet<>();
      for (Recording r : recordings) {
        for (Created c : r.created) {
          if (c.kind == JavaFileObject.Kind.SOURCE) {
            out.add(c.name);
          }
        }
      }
      return out;
    }

    void checkRules() throws IOException {
      int files = 0;
      Set<String> throughFiler = new TreeSet<>();
      Set<String> topLevelTypes = new TreeSet<>();
      for (String input : inputs) {
        topLevelTypes.add(input.substring(0, input.length() - ".java".length()));
      }
      for (Recording r : recordings) {
        String who = r.delegate.getClass().getName() + " (" + r.kind + ")";
        for (Created c : r.created) {
          files++;
          assertWithMessage("%s wrote %s without an originating element", who, c.name)
              .that(c.originating).isNotEmpty();
          for (Element e : c.originating) {
            assertWithMessage("%s: an originating element of %s is a type or package", who, c.name)
                .that(e instanceof TypeElement || e instanceof PackageElement).isTrue();
          }
          if (r.kind.equals("isolating")) {
            assertWithMessage("%s wrote %s with other than one originating type", who, c.name)
                .that(topLevelNames(c.originating)).hasSize(1);
          }
          switch (c.kind) {
            case SOURCE -> {
              throughFiler.add("generated/" + c.name.replace('.', '/') + ".java");
              topLevelTypes.add(c.name.replace('.', '/'));
            }
            case CLASS -> throughFiler.add("classes/" + c.name.replace('.', '/') + ".class");
            default -> {
              assertWithMessage("%s wrote the resource %s to a location Gradle does not track", who, c.name)
                  .that(TRACKED_RESOURCE_LOCATIONS).contains(c.location);
              String folder = c.location == StandardLocation.SOURCE_OUTPUT ? "generated/" : "classes/";
              throughFiler.add(folder + c.name);
            }
          }
        }
        if (r.kind.equals("aggregating")) {
          for (Map.Entry<String, RetentionPolicy> a : r.annotationRetention.entrySet()) {
            assertWithMessage("%s is handed @%s, whose retention is %s; Gradle then recompiles"
                + " everything", who, a.getKey(), a.getValue())
                .that(a.getValue()).isNotEqualTo(RetentionPolicy.SOURCE);
          }
        }
      }
      assertWithMessage("the processors generated nothing").that(files).isGreaterThan(0);

      // Nothing reached the output folders but through the Filer, or as javac's own classes.
      for (String file : filesUnder(work)) {
        if (file.startsWith("src/")) {
          continue;
        }
        if (throughFiler.contains(file)) {
          continue;
        }
        assertWithMessage("%s was written, but not through the Filer", file).that(file).endsWith(".class");
        assertWithMessage("%s is not compiled from a source or a generated source", file)
            .that(topLevelTypes).contains(topLevelOf(file.substring("classes/".length())));
      }
      for (String f : throughFiler) {
        assertWithMessage("%s went through the Filer but is not on disk", f).that(Files.isRegularFile(work.resolve(f))).isTrue();
      }
    }
  }

  private static String topLevelOf(String classFile) {
    String name = classFile.substring(0, classFile.length() - ".class".length());
    int dollar = name.indexOf('$');
    return dollar < 0 ? name : name.substring(0, dollar);
  }

  /** As Gradle's ElementUtils.getTopLevelType: the outermost type, or the package for a package. */
  private static Set<String> topLevelNames(List<Element> elements) {
    Set<String> out = new TreeSet<>();
    for (Element e : elements) {
      Element top = e;
      while (top.getEnclosingElement() != null && !(top.getEnclosingElement() instanceof PackageElement)
          && !(top instanceof PackageElement)) {
        top = top.getEnclosingElement();
      }
      out.add(top instanceof PackageElement p ? p.getQualifiedName() + ".package-info"
          : ((TypeElement) top).getQualifiedName().toString());
    }
    return out;
  }

  private static List<String> filesUnder(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  // ---- Gradle's part: a wrapped processor, environment and Filer that record

  private record Created(JavaFileObject.Kind kind, String name, JavaFileManager.Location location, List<Element> originating) {}

  /** A processor as Gradle hands it to javac: the real one inside, seen through recording wrappers. */
  private static final class Recording implements Processor {
    final Processor delegate;
    final String kind;
    final List<Created> created = Collections.synchronizedList(new ArrayList<>());
    final Map<String, RetentionPolicy> annotationRetention = new LinkedHashMap<>();

    Recording(Processor delegate, String kind) {
      this.delegate = delegate;
      this.kind = kind;
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment env) {
      delegate.init(new WrappedEnvironment(env, new RecordingFiler(env.getFiler(), created)));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      for (TypeElement a : annotations) {
        Retention retention = a.getAnnotation(Retention.class);
        // No @Retention means CLASS, as the language says.
        annotationRetention.put(a.getQualifiedName().toString(), retention == null ? RetentionPolicy.CLASS : retention.value());
      }
      return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
        ExecutableElement member, String userText) {
      return delegate.getCompletions(element, annotation, member, userText);
    }
  }

  /** Not javac's class, as under Gradle: a processor that casts to javac's internals fails here. */
  private static final class WrappedEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment env;
    private final Filer filer;

    WrappedEnvironment(ProcessingEnvironment env, Filer filer) {
      this.env = env;
      this.filer = filer;
    }

    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }

    @Override
    public boolean isPreviewEnabled() {
      return env.isPreviewEnabled();
    }
  }

  private static final class RecordingFiler implements Filer {
    private final Filer filer;
    private final List<Created> created;

    RecordingFiler(Filer filer, List<Created> created) {
      this.filer = filer;
      this.created = created;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originating) throws IOException {
      created.add(new Created(JavaFileObject.Kind.SOURCE, name.toString(), StandardLocation.SOURCE_OUTPUT, List.of(originating)));
      return filer.createSourceFile(name, originating);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originating) throws IOException {
      created.add(new Created(JavaFileObject.Kind.CLASS, name.toString(), StandardLocation.CLASS_OUTPUT, List.of(originating)));
      return filer.createClassFile(name, originating);
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName,
        Element... originating) throws IOException {
      String path = (pkg.length() == 0 ? "" : pkg.toString().replace('.', '/') + "/") + relativeName;
      created.add(new Created(JavaFileObject.Kind.OTHER, path, location, List.of(originating)));
      return filer.createResource(location, pkg, relativeName, originating);
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
        throws IOException {
      // Reading is allowed: Gradle recompiles everything when a resource changes.
      return filer.getResource(location, pkg, relativeName);
    }
  }
}
