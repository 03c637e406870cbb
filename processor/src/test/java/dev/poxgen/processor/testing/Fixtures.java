package dev.poxgen.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.poxgen.processor.GeneratedClaim;
import dev.poxgen.processor.PoxProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Compiles the fixtures in {@code src/test/resources/fixtures/NAME/}: a package annotated with
 * {@code @GeneratePox} (the bundled schema, or the fixture's {@code schema.xsd}) and the fixture's
 * {@code Check.java}, which uses the generated API; then runs {@code Check.run()}.
 */
public final class Fixtures {
  /** The options every fixture compiles with: generated code must be warning-free. */
  public static final List<String> STRICT = List.of("-Xlint:all", "-Werror");

  private Fixtures() {}

  public static JavaFileObject packageInfo(String pkg, String annotation) {
    return JavaFileObjects.forSourceLines(pkg + ".package-info", annotation, "package " + pkg + ";");
  }

  /** The fixture's package annotated for its own {@code schema.xsd}. */
  public static Compilation compileWithXsd(String name) {
    return compile(name, "@dev.poxgen.GeneratePox(xsd = \"fixtures/" + name + "/schema.xsd\")");
  }

  /** The fixture's package annotated for the bundled schema. */
  public static Compilation compileBundled(String name) {
    return compile(name, "@dev.poxgen.GeneratePox");
  }

  /** Package {@code fixture.NAME} annotated for the schema at a class-path resource, without a check. */
  public static Compilation compileSchema(String name, String xsdResource) {
    return javac().withProcessors(new PoxProcessor(), new GeneratedClaim()).withOptions(STRICT)
        .compile(packageInfo("fixture." + name, "@dev.poxgen.GeneratePox(xsd = \"" + xsdResource + "\")"));
  }

  private static Compilation compile(String name, String annotation) {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(packageInfo("fixture." + name, annotation));
    if (Fixtures.class.getClassLoader().getResource("fixtures/" + name + "/Check.java") != null) {
      sources.add(JavaFileObjects.forResource("fixtures/" + name + "/Check.java"));
    }
    return javac().withProcessors(new PoxProcessor(), new GeneratedClaim()).withOptions(STRICT).compile(sources);
  }

  /** Loads the compiled classes and runs {@code fixture.NAME.Check.run()}. */
  public static void runCheck(Compilation compilation, String name) throws Throwable {
    ClassLoader loader = new CompiledClasses(compilation);
    try {
      loader.loadClass("fixture." + name + ".Check").getMethod("run").invoke(null);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Loads and initialises one compiled class (its static initialiser runs), over the test's class path. */
  public static Class<?> initialise(Compilation compilation, String className) throws ClassNotFoundException {
    return Class.forName(className, true, new CompiledClasses(compilation));
  }

  /** The class files of a compilation, loaded from memory over the test's own class path. */
  private static final class CompiledClasses extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) {
      super(Fixtures.class.getClassLoader());
      for (JavaFileObject f : compilation.generatedFiles()) {
        if (f.getKind() != JavaFileObject.Kind.CLASS) {
          continue;
        }
        String path = f.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), path.length() - ".class".length())
            .replace('/', '.');
        try (InputStream in = f.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
