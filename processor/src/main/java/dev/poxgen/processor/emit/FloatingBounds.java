package dev.poxgen.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.poxgen.processor.model.Facets;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds facets of {@code xs:float} and {@code xs:double}, compared in the value space: each
 * bound is rounded to the nearest float or double, and NaN, which XML Schema orders with nothing,
 * breaks every bound.
 */
final class FloatingBounds {
  private FloatingBounds() {}

  static void check(MethodSpec.Builder m, Facets f, boolean isFloat) {
    bound(m, f.minInclusive(), isFloat, ">=", " is less than the minimum ");
    bound(m, f.maxInclusive(), isFloat, "<=", " is more than the maximum ");
    bound(m, f.minExclusive(), isFloat, ">", " is not more than ");
    bound(m, f.maxExclusive(), isFloat, "<", " is not less than ");
  }

  private static void bound(MethodSpec.Builder m, Optional<BigDecimal> bound, boolean isFloat, String ok,
      String message) {
    if (bound.isEmpty()) {
      return;
    }
    BigDecimal b = bound.get();
    m.beginControlFlow("if (!(value $L $L))", ok, literal(b, isFloat))
        .addStatement("sink.error($T.RANGE, $T.$L(value) + $S)", SchemaCode.CODE, SchemaCode.LEXICAL,
            isFloat ? "canonicalFloat" : "canonicalDouble", message + b.toString())
        .addStatement("ok = false")
        .endControlFlow();
  }

  /** The bound as a Java literal of the value's type, rounded as XML Schema maps it to the value space. */
  private static CodeBlock literal(BigDecimal b, boolean isFloat) {
    if (isFloat) {
      float v = Float.parseFloat(b.toString());
      return Float.isInfinite(v)
          ? CodeBlock.of("Float.$L", v > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY")
          : CodeBlock.of("$Lf", Float.toString(v));
    }
    double v = Double.parseDouble(b.toString());
    return Double.isInfinite(v)
        ? CodeBlock.of("Double.$L", v > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY")
        : CodeBlock.of("$L", Double.toString(v));
  }
}
