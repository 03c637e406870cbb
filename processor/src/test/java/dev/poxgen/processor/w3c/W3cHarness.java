package dev.poxgen.processor.w3c;

import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.processor.GeneratedClaim;
import dev.poxgen.processor.PoxProcessor;
import dev.poxgen.processor.testing.DiskCompiler;
import dev.poxgen.processor.testing.Fixtures;
import dev.poxgen.processor.testing.JdkXsdValidator;
import dev.poxgen.processor.w3c.Guarded.Crashed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.xml.sax.SAXException;

/**
 * One test group through poxgen: the real processor, through javac, on the group's schema
 * documents; then each instance document read strictly by the generated facade, and, for
 * reference, validated by the JDK's own XSD validator.
 */
final class W3cHarness {
  /** What the processor made of a schema. */
  enum Binding { BOUND, REFUSED, CRASH }

  /** A verdict on an instance document; {@code NONE} when the validator could not give one. */
  enum Verdict { VALID, INVALID, NONE }

  /**
   * The processor's outcome; {@code message} is the first refusal or the crash, and for a bound
   * schema empty or {@link #NO_READ}.
   */
  record SchemaOutcome(Binding binding, String message) {}

  /**
   * A bound schema whose facade has no {@code read(XmlInput, ReadOptions)}, so that poxgen reads
   * none of its documents: today, one whose document elements are all of a simple type.
   */
  static final String NO_READ = "bound, but the generated facade has no read(XmlInput, ReadOptions)";

  /**
   * One instance test's verdicts; {@code why} is poxgen's first error for an invalid one, {@code
   * crash} why poxgen gave none, unless its schema's facade has no read method.
   */
  record InstanceOutcome(W3cSuite.Instance test, Verdict poxgen, String why, Verdict jdk, Optional<String> crash) {
    boolean poxgenAgrees() {
      return poxgen == (test.valid() ? Verdict.VALID : Verdict.INVALID);
    }

    boolean jdkAgrees() {
      return jdk == (test.valid() ? Verdict.VALID : Verdict.INVALID);
    }
  }

  /** A group's outcomes; instances only for a bound schema (the JDK's verdict only beside poxgen's). */
  record GroupOutcome(W3cSuite.Group group, SchemaOutcome schema, List<InstanceOutcome> instances) {
    GroupOutcome {
      instances = List.copyOf(instances);
    }
  }

  private static final String PACKAGE = "w3c.bound";

  private final Path suiteRoot;
  private final Path workRoot;

  W3cHarness(Path suiteRoot, Path workRoot) {
    this.suiteRoot = suiteRoot;
    this.workRoot = workRoot;
  }

  GroupOutcome run(W3cSuite.Group group, int index) throws IOException {
    Path work = workRoot.resolve("g" + index);
    try {
      Compiled compiled = compile(group, work);
      List<InstanceOutcome> instances = new ArrayList<>();
      if (compiled.outcome().binding() == Binding.BOUND && !group.instances().isEmpty()) {
        Optional<JdkXsdValidator> jdk = jdk(group);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.resolve("classes").toUri().toURL()},
            W3cHarness.class.getClassLoader())) {
          Optional<Method> read = facadeRead(loader, compiled.sources());
          for (W3cSuite.Instance test : group.instances()) {
            instances.add(instance(test, read, jdk));
          }
          if (read.isEmpty()) {
            return new GroupOutcome(group, new SchemaOutcome(Binding.BOUND, NO_READ), instances);
          }
        }
      }
      return new GroupOutcome(group, compiled.outcome(), instances);
    } finally {
      delete(work);
    }
  }

  private record Compiled(SchemaOutcome outcome, List<String> sources) {}

  private Compiled compile(W3cSuite.Group group, Path work) {
    String xsd = group.schemaDocuments().stream()
        .map(p -> '"' + suiteRoot.relativize(p).toString().replace('\\', '/').replace("\"", "\\\"") + '"')
        .collect(Collectors.joining(", ", "{", "}"));
    JavaFileObject packageInfo = Fixtures.packageInfo(PACKAGE, "@dev.poxgen.GeneratePox(xsd = " + xsd + ")");
    List<String> options = new ArrayList<>(Fixtures.STRICT);
    options.add("-A" + PoxProcessor.OPTION_SCHEMA_PATH + "=" + suiteRoot);
    DiskCompiler.Result result;
    try {
      result = Guarded.call(group.id(), () ->
          DiskCompiler.compile(work, List.of(new PoxProcessor(), new GeneratedClaim()), options, List.of(packageInfo)));
    } catch (Crashed e) {
      return new Compiled(new SchemaOutcome(Binding.CRASH, "javac: " + e.getMessage()), List.of());
    }
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics().getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(where(d) + d.getMessage(Locale.ROOT));
      } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        warnings.add(where(d) + d.getMessage(Locale.ROOT));
      }
    }
    if (!warnings.isEmpty()) {
      errors.replaceAll(e -> e.contains("-Werror") ? "-Werror: " + warnings.get(0) : e);
    }
    Optional<String> internal = errors.stream().filter(e -> e.contains("[poxgen:internal]")).findFirst();
    if (internal.isPresent()) {
      return new Compiled(new SchemaOutcome(Binding.CRASH, firstLine(internal.get())), List.of());
    }
    Optional<String> foreign = errors.stream().filter(e -> !e.startsWith("[poxgen:")).findFirst();
    if (foreign.isPresent()) {
      return new Compiled(new SchemaOutcome(Binding.CRASH, "generated code does not compile: " + firstLine(foreign.get())),
          List.of());
    }
    if (!errors.isEmpty()) {
      return new Compiled(new SchemaOutcome(Binding.REFUSED, firstLine(errors.get(0))), List.of());
    }
    if (!result.success()) {
      return new Compiled(new SchemaOutcome(Binding.CRASH, "javac failed without an error"), List.of());
    }
    return new Compiled(new SchemaOutcome(Binding.BOUND, ""), result.generatedSources());
  }

  /** Where a diagnostic about a generated file is, so that such a crash can be found; empty for the annotation. */
  private static String where(Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null || d.getSource().getName().endsWith("package-info.java")) {
      return "";
    }
    String name = d.getSource().getName();
    return name.substring(name.lastIndexOf('/') + 1) + ":" + d.getLineNumber() + ": ";
  }

  private Optional<JdkXsdValidator> jdk(W3cSuite.Group group) {
    try {
      return Guarded.call(group.id() + " (JDK)", () -> {
        try {
          return Optional.of(JdkXsdValidator.forFiles(group.schemaDocuments()));
        } catch (SAXException e) {
          return Optional.<JdkXsdValidator>empty();
        }
      });
    } catch (Crashed e) {
      return Optional.empty();
    }
  }

  /** The facade's {@code read(XmlInput, ReadOptions)}: a generated {@code *Xml} class has it. */
  private static Optional<Method> facadeRead(ClassLoader loader, List<String> sources) {
    for (String source : sources) {
      if (!source.endsWith("Xml.java")) {
        continue;
      }
      String name = source.substring(0, source.length() - ".java".length()).replace('/', '.');
      try {
        Method read = loader.loadClass(name).getMethod("read", XmlInput.class, ReadOptions.class);
        if (Modifier.isStatic(read.getModifiers())) {
          return Optional.of(read);
        }
      } catch (ClassNotFoundException | NoSuchMethodException e) {
        // Not the facade: a value class whose name ends in Xml.
      }
    }
    return Optional.empty();
  }

  private static InstanceOutcome instance(W3cSuite.Instance test, Optional<Method> read, Optional<JdkXsdValidator> jdk) {
    Verdict reference = Verdict.NONE;
    if (jdk.isPresent()) {
      try {
        reference = Guarded.call(test.name() + " (JDK)",
            () -> jdk.get().validate(test.document()).isEmpty() ? Verdict.VALID : Verdict.INVALID);
      } catch (Crashed e) {
        reference = Verdict.NONE;
      }
    }
    if (read.isEmpty()) {
      return new InstanceOutcome(test, Verdict.NONE, NO_READ, reference, Optional.empty());
    }
    try {
      String why = Guarded.call(test.name(), () -> {
        try {
          ReadResult<?> r = (ReadResult<?>) read.get().invoke(null, XmlInput.of(test.document()), ReadOptions.strict());
          // An xsi error first, where there is one: it is why the others arise (an attribute of
          // the type an xsi:type names is undeclared for the declared type).
          return r.errors().isEmpty() ? "" : r.errors().stream().filter(f -> f.code() == dev.poxgen.Code.XSI)
              .findFirst().orElse(r.errors().get(0)).toString();
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof PoxReadException p) {
            return "PoxReadException: " + p.getMessage();
          }
          if (e.getCause() instanceof Exception cause) {
            throw cause;
          }
          throw (Error) e.getCause();
        }
      });
      return new InstanceOutcome(test, why.isEmpty() ? Verdict.VALID : Verdict.INVALID, firstLine(why), reference,
          Optional.empty());
    } catch (Crashed e) {
      return new InstanceOutcome(test, Verdict.NONE, "", reference, Optional.of(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    return s.lines().findFirst().orElse("");
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
