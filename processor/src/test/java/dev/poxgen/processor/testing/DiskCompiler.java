package dev.poxgen.processor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac with a processor and real output folders, so a test can see which files were
 * generated even when the compilation failed (compile-testing hides them then).
 */
public final class DiskCompiler {
  /** What one run left behind. */
  public record Result(boolean success, List<String> generatedSources, DiagnosticCollector<JavaFileObject> diagnostics) {}

  private DiskCompiler() {}

  public static Result compile(Path work, Processor processor, List<JavaFileObject> sources) {
    return compile(work, List.of(processor), List.of(), sources);
  }

  /** Compiles with these processors and these javac options besides the output folders and class path. */
  public static Result compile(Path work, List<Processor> processors, List<String> options, List<JavaFileObject> sources) {
    try {
      Path gen = Files.createDirectories(work.resolve("generated"));
      Path classes = Files.createDirectories(work.resolve("classes"));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
        List<String> all = new ArrayList<>(List.of("-s", gen.toString(), "-d", classes.toString(),
            "-classpath", System.getProperty("java.class.path")));
        all.addAll(options);
        JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, all, null, sources);
        task.setProcessors(processors);
        boolean ok = task.call();
        try (Stream<Path> s = Files.walk(gen)) {
          List<String> generated = s.filter(Files::isRegularFile)
              .map(p -> gen.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
          return new Result(ok, generated, diagnostics);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
