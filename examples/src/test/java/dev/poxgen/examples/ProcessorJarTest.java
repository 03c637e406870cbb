package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The processor jar this build used, as a consumer gets it: javapoet and xmlschema-core shaded
 * under dev.poxgen.processor.shaded, registered for javac, and declared to Gradle.
 */
class ProcessorJarTest {
  private static JarFile jar() throws IOException {
    return new JarFile(Path.of(System.getProperty("poxgen.processor.jar")).toFile());
  }

  @Test
  void dependenciesAreShadedAndRelocated() throws IOException {
    try (JarFile jar = jar()) {
      List<String> names = jar.stream().map(ZipEntry::getName).toList();
      assertThat(names).contains("dev/poxgen/processor/shaded/javapoet/JavaFile.class");
      assertThat(names).contains("dev/poxgen/processor/shaded/xmlschema/XmlSchemaCollection.class");
      assertThat(names.stream().filter(n -> n.startsWith("com/palantir/") || n.startsWith("org/apache/ws/")).toList())
          .isEmpty();
    }
  }

  @Test
  void registeredForJavacAndGradle() throws IOException {
    try (JarFile jar = jar()) {
      assertThat(read(jar, "META-INF/services/javax.annotation.processing.Processor").strip().lines().toList())
          .containsExactly("dev.poxgen.processor.GeneratedClaim", "dev.poxgen.processor.PoxProcessor");
      assertThat(read(jar, "META-INF/gradle/incremental.annotation.processors").strip().lines().toList())
          .containsExactly("dev.poxgen.processor.PoxProcessor,aggregating", "dev.poxgen.processor.GeneratedClaim,isolating");
    }
  }

  private static String read(JarFile jar, String entry) throws IOException {
    ZipEntry e = jar.getEntry(entry);
    assertThat(e).isNotNull();
    return new String(jar.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
  }
}
