package dev.poxgen.processor;

import dev.poxgen.processor.schema.XsdResolver;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds a consumer's XSD, in order: on the annotation processor path, on the compile class path
 * (Maven copies {@code src/main/resources} there before compiling), on the source path, and in the
 * directories of {@code -Apoxgen.schemaPath}. One mechanism for Maven, Gradle, plain javac and
 * compile-testing.
 */
final class ConsumerXsdResolver implements XsdResolver {
  private final Filer filer;
  private final List<Path> directories = new ArrayList<>();

  ConsumerXsdResolver(Filer filer, String schemaPathOption) {
    this.filer = filer;
    if (schemaPathOption != null) {
      for (String dir : schemaPathOption.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          directories.add(Path.of(dir.strip()));
        }
      }
    }
  }

  @Override
  public Optional<InputStream> open(String path) throws IOException {
    InputStream onProcessorPath = ConsumerXsdResolver.class.getClassLoader().getResourceAsStream(path);
    if (onProcessorPath != null) {
      return Optional.of(onProcessorPath);
    }
    for (StandardLocation location : List.of(StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH)) {
      Optional<InputStream> in = fromFiler(location, path);
      if (in.isPresent()) {
        return in;
      }
    }
    for (Path dir : directories) {
      Path file = dir.resolve(path).normalize();
      if (file.startsWith(dir.normalize()) && Files.isRegularFile(file)) {
        return Optional.of(Files.newInputStream(file));
      }
    }
    return Optional.empty();
  }

  private Optional<InputStream> fromFiler(StandardLocation location, String path) {
    try {
      FileObject f = filer.getResource(location, "", path);
      return Optional.of(f.openInputStream());
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      // Not there, or the compiler does not offer this location: look in the next place.
      return Optional.empty();
    }
  }

  @Override
  public String describe() {
    String where = "the annotation processor path, the compile class path, the source path";
    if (directories.isEmpty()) {
      return where + " (no -Apoxgen.schemaPath directories given)";
    }
    return where + " and -Apoxgen.schemaPath " + directories;
  }
}
