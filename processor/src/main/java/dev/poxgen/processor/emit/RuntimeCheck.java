package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The static initialiser of the generated entry points (the facade and the validator, which every
 * use of generated code goes through): it checks that the runtime on the class path runs code of
 * this processor's version, before anything else of the runtime is called.
 */
final class RuntimeCheck {
  private static final ClassName RUNTIME_VERSION = ClassName.get(SchemaCode.RUNTIME, "RuntimeVersion");

  /** This processor's version, as Maven wrote it into {@code version.properties}. */
  static final String VERSION = readVersion();

  private RuntimeCheck() {}

  /** Adds the check to {@code spec}, the generated class {@code self}. */
  static void addTo(TypeSpec.Builder spec, ClassName self) {
    spec.addStaticBlock(CodeBlock.builder()
        .add("// Fails at once, naming both versions, when the runtime cannot run code of this version.\n")
        .addStatement("$T.require($S, $T.class)", RUNTIME_VERSION, VERSION, self)
        .build());
  }

  private static String readVersion() {
    Properties p = new Properties();
    try (InputStream in = RuntimeCheck.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the poxgen processor's jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = p.getProperty("version", "");
    if (version.isEmpty() || version.contains("${")) {
      throw new IllegalStateException("the poxgen processor's version.properties holds no version: " + p);
    }
    return version;
  }
}
