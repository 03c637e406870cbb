package dev.poxgen.processor;

import com.google.auto.service.AutoService;
import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;
import dev.poxgen.processor.emit.GeneratedSpec;
import dev.poxgen.processor.emit.SourceWriter;
import dev.poxgen.processor.model.SchemaModel;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.Bindings;
import dev.poxgen.processor.naming.Namer;
import dev.poxgen.processor.schema.BundledSchema;
import dev.poxgen.processor.schema.SchemaLoader;
import dev.poxgen.processor.schema.SchemaSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The entry: finds {@code @GeneratePox}, and for each use drives the stages (schema, naming,
 * emit). It never lets an exception reach javac: every problem is an error from the {@link
 * Message} catalogue, at the annotation. Nothing is written for an annotation with a problem.
 */
@AutoService(Processor.class)
public final class PoxProcessor extends AbstractProcessor {
  /** The annotation, by name: the processor does not depend on the runtime jar. */
  public static final String ANNOTATION = "dev.poxgen.GeneratePox";

  /** Directories, separated by the platform's path separator, searched for consumer XSDs. */
  public static final String OPTION_SCHEMA_PATH = "poxgen.schemaPath";

  /**
   * OASIS XML catalogs, separated by the platform's path separator, that map absolute schema
   * locations (and namespaces imported without one) to local files.
   */
  public static final String OPTION_CATALOG = "poxgen.catalog";

  /** Which package each target package was claimed by, across rounds. */
  private final Map<String, Element> claimed = new HashMap<>();

  /** The schema stage; replaceable so tests can make it fail in ways a real schema cannot. */
  private final Function<SchemaSet, SchemaModel> schemaStage;

  /** The processor javac finds through {@code META-INF/services}. */
  public PoxProcessor() {
    this(set -> new SchemaLoader().load(set));
  }

  PoxProcessor(Function<SchemaSet, SchemaModel> schemaStage) {
    this.schemaStage = schemaStage;
  }

  /**
   * {@code @GeneratePox}, and JSpecify's {@code @NullMarked}, which every generated type carries:
   * unless some processor claims it, {@code -Xlint:all} reports "No processor claimed any of these
   * annotations" on the consumer's build, which {@code -Werror} turns into a failure. poxgen claims
   * it for that reason only and does nothing with it ({@code @NullMarked} has runtime retention, so
   * Gradle lets this aggregating processor see it). The {@code @Generated} on every generated type
   * is claimed by {@link GeneratedClaim}, so that this processor is never handed a source-retention
   * annotation (Gradle's rule).
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION, NULL_MARKED);
  }

  /** JSpecify's, on every generated type (a type-use {@code @Nullable} is never reported unclaimed). */
  private static final String NULL_MARKED = "org.jspecify.annotations.NullMarked";

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(OPTION_SCHEMA_PATH, OPTION_CATALOG);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      AnnotationMirror mirror = mirror(element, annotation);
      Use use = new Use(element, mirror);
      try {
        generate(use);
      } catch (Problem p) {
        report(use, p);
      } catch (RuntimeException | LinkageError | AssertionError e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        report(use, Message.INTERNAL_ERROR.format(element, e, trace), null);
      }
    }
    return true;
  }

  /** One {@code @GeneratePox}: where it is and what it says. */
  private final class Use {
    final Element element;
    final AnnotationMirror mirror;

    Use(Element element, AnnotationMirror mirror) {
      this.element = element;
      this.mirror = mirror;
    }

    String value(String member) {
      AnnotationValue v = valueOf(member);
      return v == null ? "" : String.valueOf(v.getValue());
    }

    /** The strings of an array member (a single string is an array of one), blanks left out. */
    List<String> values(String member) {
      AnnotationValue v = valueOf(member);
      if (v == null) {
        return List.of();
      }
      List<String> out = new java.util.ArrayList<>();
      Object raw = v.getValue();
      if (raw instanceof List<?> items) {
        for (Object item : items) {
          Object s = item instanceof AnnotationValue av ? av.getValue() : item;
          if (s != null && !String.valueOf(s).isBlank()) {
            out.add(String.valueOf(s));
          }
        }
      } else if (raw != null && !String.valueOf(raw).isBlank()) {
        out.add(String.valueOf(raw));
      }
      return List.copyOf(out);
    }

    AnnotationValue valueOf(String member) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
          : processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
        if (e.getKey().getSimpleName().contentEquals(member)) {
          return e.getValue();
        }
      }
      return null;
    }

    /** The value as written in the source, for pointing at it; null when defaulted. */
    AnnotationValue explicit(String member) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
        if (e.getKey().getSimpleName().contentEquals(member)) {
          return e.getValue();
        }
      }
      return null;
    }
  }

  private void generate(Use use) {
    Element element = use.element;
    if (element.getKind() != ElementKind.PACKAGE) {
      throw new Problem(Message.NOT_A_PACKAGE, element.getKind().toString().toLowerCase(Locale.ROOT), element);
    }
    String target = use.value("packageName");
    if (target.isEmpty()) {
      target = ((PackageElement) element).getQualifiedName().toString();
    } else if (!SourceVersion.isName(target)) {
      throw new Problem(Message.BAD_PACKAGE_NAME, target);
    }
    Element earlier = claimed.get(target);
    if (earlier != null && !earlier.equals(element)) {
      throw new Problem(Message.PACKAGE_CLAIMED_TWICE, target, "package " + earlier);
    }

    SchemaSet set = schemaSet(use);
    SchemaModel model = schemaStage.apply(set);
    Bindings bindings = new Namer().bind(model, target);
    checkNoCollision(bindings, element);

    claimed.put(target, element);
    boolean generatedAvailable =
        processingEnv.getElementUtils().getTypeElement(GeneratedSpec.ANNOTATION_NAME) != null;
    try {
      new SourceWriter(new GeneratedSpec(generatedAvailable, PoxProcessor.class.getName()))
          .writeTo(processingEnv.getFiler(), bindings, element);
    } catch (IOException e) {
      throw new Problem(e, Message.INTERNAL_ERROR, element, "writing a generated file failed: " + e.getMessage(), "");
    }
  }

  private SchemaSet schemaSet(Use use) {
    String schema = use.value("schema");
    List<String> xsd = use.values("xsd");
    if (!schema.isEmpty() && !xsd.isEmpty()) {
      throw new Problem(Message.SCHEMA_AND_XSD, schema, String.join("\", \"", xsd));
    }
    if (!xsd.isEmpty()) {
      String option = processingEnv.getOptions().get(OPTION_SCHEMA_PATH);
      return new SchemaSet(xsd.get(0), xsd, new ConsumerXsdResolver(processingEnv.getFiler(), option))
          .withCatalogs(catalogs());
    }
    String name = schema.isEmpty() ? BundledSchema.AUTODISCOVER.schemaName() : schema;
    return BundledSchema.named(name)
        .orElseThrow(() -> new Problem(Message.UNKNOWN_BUNDLED_SCHEMA, name, didYouMean(name), BundledSchema.names()))
        .schemaSet();
  }

  private List<java.net.URI> catalogs() {
    String option = processingEnv.getOptions().get(OPTION_CATALOG);
    if (option == null || option.isBlank()) {
      return List.of();
    }
    List<java.net.URI> out = new java.util.ArrayList<>();
    for (String file : option.split(java.io.File.pathSeparator)) {
      if (!file.isBlank()) {
        out.add(java.nio.file.Path.of(file.strip()).toAbsolutePath().toUri());
      }
    }
    return List.copyOf(out);
  }

  private static String didYouMean(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (BundledSchema b : BundledSchema.values()) {
      int d = Names.distance(name.toLowerCase(Locale.ROOT), b.schemaName());
      if (d < bestDistance) {
        bestDistance = d;
        best = b.schemaName();
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3) ? " Did you mean \"" + best + "\"?" : "";
  }

  /**
   * Refuses to generate a type the package already has, unless an earlier round generated it.
   * The package's types are listed once, in the annotated package's module: asking javac for each
   * generated name in turn searches every module for the ones that do not exist, which is nearly
   * all of them, and took about 50 ms of a cold compile for the bundled schema's 43 names.
   */
  private void checkNoCollision(Bindings bindings, Element annotated) {
    Elements elements = processingEnv.getElementUtils();
    ModuleElement module = elements.getModuleOf(annotated);
    PackageElement target = module == null ? elements.getPackageElement(bindings.packageName())
        : elements.getPackageElement(module, bindings.packageName());
    if (target == null) {
      return; // a package with no types yet
    }
    Map<String, TypeElement> existing = new HashMap<>();
    for (Element e : target.getEnclosedElements()) {
      if (e instanceof TypeElement type) {
        existing.put(type.getSimpleName().toString(), type);
      }
    }
    for (Map.Entry<String, XmlName> e : bindings.generatedNames().entrySet()) {
      TypeElement type = existing.get(e.getKey());
      if (type != null && !generatedByUs(type)) {
        throw new Problem(Message.NAME_COLLISION, bindings.packageName() + "." + e.getKey(),
            "\"" + e.getValue() + "\"", e.getKey());
      }
    }
  }

  private static boolean generatedByUs(TypeElement type) {
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (a.getAnnotationType().toString().equals(GeneratedSpec.ANNOTATION_NAME)
          && a.getElementValues().values().stream()
              .anyMatch(v -> String.valueOf(v.getValue()).contains(PoxProcessor.class.getName()))) {
        return true;
      }
    }
    return false;
  }

  // ---- reporting

  private void report(Use use, Problem problems) {
    for (Problem p : problems.all()) {
      report(use, p.getMessage(), use.explicit(memberFor(p.kind())));
    }
  }

  /** The annotation member a problem is about, to point at its value in the source. */
  private static String memberFor(Message kind) {
    return switch (kind) {
      case UNKNOWN_BUNDLED_SCHEMA -> "schema";
      case SCHEMA_AND_XSD, XSD_NOT_FOUND -> "xsd";
      case BAD_PACKAGE_NAME, PACKAGE_CLAIMED_TWICE -> "packageName";
      default -> "";
    };
  }

  private void report(Use use, String message, AnnotationValue value) {
    if (use.mirror == null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, use.element);
    } else if (value == null) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, use.element, use.mirror);
    } else {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, use.element, use.mirror, value);
    }
  }

  private static AnnotationMirror mirror(Element element, TypeElement annotation) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (m.getAnnotationType().asElement().equals(annotation)) {
        return m;
      }
    }
    return null;
  }
}
