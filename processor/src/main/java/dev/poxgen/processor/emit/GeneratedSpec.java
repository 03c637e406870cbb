package dev.poxgen.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.Optional;

/**
 * The {@code @Generated} annotation every generated type carries: the processor's name and no
 * timestamp, so builds are reproducible. Left out when the consumer's JDK lacks the annotation.
 *
 * @param available whether {@code javax.annotation.processing.Generated} is on the consumer's path
 * @param generator the processor's class name
 */
public record GeneratedSpec(boolean available, String generator) {
  private static final ClassName JAVAX_GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  /** The annotation's qualified name, to look it up in the consumer's compilation. */
  public static final String ANNOTATION_NAME = "javax.annotation.processing.Generated";

  Optional<AnnotationSpec> spec() {
    return available
        ? Optional.of(AnnotationSpec.builder(JAVAX_GENERATED).addMember("value", "$S", generator).build())
        : Optional.empty();
  }
}
