package dev.poxgen.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.poxgen.processor.model.Facets;
import dev.poxgen.processor.model.LexicalBounds;
import java.util.Optional;

/**
 * The bounds facets of {@code xs:float} and {@code xs:double}, compared in the value space: each
 * bound is rounded to the nearest float or double, and NaN, which XML Schema orders with nothing,
 * breaks every bound.
 */
final class FloatingBounds {
  private FloatingBounds() {}

  static void check(MethodSpec.Builder m, Facets f, boolean isFloat) {
    LexicalBounds b = f.lexicalBounds();
    bound(m, b.minInclusive(), isFloat, ">=", " is less than the minimum ");
    bound(m, b.maxInclusive(), isFloat, "<=", " is more than the maximum ");
    bound(m, b.minExclusive(), isFloat, ">", " is not more than ");
    bound(m, b.maxExclusive(), isFloat, "<", " is not less than ");
  }

  /**
   * One bound, as XML Schema 1.0 orders IEEE numbers: NaN is incomparable with every number, so
   * NaN breaks every bound but an inclusive NaN one, which only NaN (equal to itself) keeps.
   */
  private static void bound(MethodSpec.Builder m, Optional<String> bound, boolean isFloat, String ok,
      String message) {
    if (bound.isEmpty()) {
      return;
    }
    String text = bound.get().strip();
    boolean exclusive = ok.length() == 1;
    if (text.equals("NaN") && exclusive) {
      // Nothing is more, or less, than NaN: every value breaks it.
      m.addStatement("sink.error($T.RANGE, $T.$L(value) + $S)", SchemaCode.CODE, SchemaCode.LEXICAL,
              isFloat ? "canonicalFloat" : "canonicalDouble", message + text)
          .addStatement("ok = false");
      return;
    }
    CodeBlock broken = text.equals("NaN") ? CodeBlock.of("!$L.isNaN(value)", isFloat ? "Float" : "Double")
        : CodeBlock.of("!(value $L $L)", ok, literal(text, isFloat));
    m.beginControlFlow("if ($L)", broken)
        .addStatement("sink.error($T.RANGE, $T.$L(value) + $S)", SchemaCode.CODE, SchemaCode.LEXICAL,
            isFloat ? "canonicalFloat" : "canonicalDouble", message + text)
        .addStatement("ok = false")
        .endControlFlow();
  }

  /** The bound as a Java literal of the value's type, rounded as XML Schema maps it to the value space. */
  private static CodeBlock literal(String b, boolean isFloat) {
    if (isFloat) {
      float v = b.equals("INF") ? Float.POSITIVE_INFINITY : b.equals("-INF") ? Float.NEGATIVE_INFINITY
          : Float.parseFloat(b);
      return Float.isInfinite(v)
          ? CodeBlock.of("Float.$L", v > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY")
          : CodeBlock.of("$Lf", Float.toString(v));
    }
    double v = b.equals("INF") ? Double.POSITIVE_INFINITY : b.equals("-INF") ? Double.NEGATIVE_INFINITY
        : Double.parseDouble(b);
    return Double.isInfinite(v)
        ? CodeBlock.of("Double.$L", v > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY")
        : CodeBlock.of("$L", Double.toString(v));
  }
}
