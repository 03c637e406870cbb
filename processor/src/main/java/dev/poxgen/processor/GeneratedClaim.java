package dev.poxgen.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @javax.annotation.processing.Generated}, which every type poxgen generates
 * carries: unclaimed, javac's {@code -Xlint:processing} reports "No processor claimed any of these
 * annotations", which {@code -Werror} makes a failed build. It reads and writes nothing.
 *
 * <p>A processor of its own, declared isolating to Gradle, because {@link PoxProcessor} is
 * aggregating, and Gradle recompiles everything whenever an aggregating processor is handed a
 * source-retention annotation, as {@code @Generated} is.
 */
@AutoService(Processor.class)
public final class GeneratedClaim extends AbstractProcessor {
  /** The annotation claimed, by name. */
  public static final String GENERATED = "javax.annotation.processing.Generated";

  /** The processor javac finds through {@code META-INF/services}. */
  public GeneratedClaim() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(GENERATED);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return true;
  }
}
