package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.TypeRef;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.ValueKind;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the validator of values built in code: the same rules the reader applies (facets,
 * required children and attributes, choices, list bounds), plus the content a lenient read kept
 * that the schema forbids, each reported with its element path.
 */
final class ValidatorWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;

  ValidatorWriter(SchemaCode code, GeneratedSpec generated) {
    this.code = code;
    this.generated = generated;
  }

  /** The element name a type is validated under when it is the top: its first use. */
  private Map<String, String> topNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (ElementModel r : code.bindings.model().roots()) {
      if (r.type() instanceof TypeRef.Complex) {
        names.putIfAbsent(code.bindings.javaName(r.type().name()), r.name().localName());
      }
    }
    for (TypeBinding t : code.bindings.types()) {
      for (PropertyBinding p : t.properties()) {
        if (p.type().kind() == ValueKind.COMPLEX) {
          names.putIfAbsent(code.bindings.javaName(p.type().xmlType()), p.xmlName().localName());
        }
      }
    }
    return names;
  }

  TypeSpec write() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(code.validator())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(Javadocs.wrap("Validates values built in code against the schema: every facet, required"
            + " children and attributes, choices and list bounds, and content kept from a lenient read that"
            + " the schema forbids. It applies the same rules as the reader, so a value read from a document"
            + " and the document get the same verdict. Findings carry the element path; they have no line,"
            + " as a value has none. Thread-safe: it keeps no state."));
    generated.spec().ifPresent(spec::addAnnotation);
    RuntimeCheck.addTo(spec, code.validator());
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Map<String, String> top = topNames();
    for (TypeBinding t : code.bindings.types()) {
      ClassName value = code.valueClass(t);
      String element = top.getOrDefault(t.className(), t.type().name().localName());
      spec.addMethod(MethodSpec.methodBuilder("validate")
          .addJavadoc("Every violation in the value, as the element {@code <$L>}; empty when it is valid.\n", element)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(ParameterizedTypeName.get(JavaTypes.LIST, SchemaCode.FINDING))
          .addParameter(value, "value")
          .addStatement("$T sink = new $T()", SchemaCode.PATH_SINK, SchemaCode.PATH_SINK)
          .addStatement("sink.enter($S, 0)", element)
          .addStatement("validate$L(value, sink)", t.className())
          .addStatement("sink.exit()")
          .addStatement("return sink.findings()")
          .build());
      spec.addMethod(validate(t));
    }
    return spec.build();
  }

  private MethodSpec validate(TypeBinding t) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("validate" + t.className())
        .addModifiers(Modifier.STATIC)
        .addParameter(code.valueClass(t), "v")
        .addParameter(SchemaCode.PATH_SINK, "sink")
        .addStatement("$T x = v.extras()", SchemaCode.EXTRAS);
    for (PropertyBinding p : t.properties()) {
      if (p.type().kind() == ValueKind.COMPLEX) {
        String method = "validate" + code.bindings.javaName(p.type().xmlType());
        String local = p.xmlName().localName();
        if (p.repeated()) {
          m.beginControlFlow("for (int i = 0; i < v.$N().size(); i++)", p.name())
              .addStatement("sink.enter($S, i + 1)", local)
              .addStatement("$L(v.$N().get(i), sink)", method, p.name())
              .addStatement("sink.exit()")
              .endControlFlow();
        } else {
          m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
              .addStatement("sink.enter($S, 0)", local)
              .addStatement("$L($L, sink)", method, SchemaCode.value(p, "v"))
              .addStatement("sink.exit()")
              .endControlFlow();
        }
        continue;
      }
      String simple = code.simpleName(p.type());
      boolean checks = p.type().kind() != ValueKind.ENUM;
      switch (p.source()) {
        case ATTRIBUTE -> {
          String attribute = p.xmlName().localName();
          m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"));
          if (checks) {
            m.addStatement("$T.check$L($L, $T.attribute(sink, $S))", code.rules(), simple, SchemaCode.value(p, "v"),
                SchemaCode.PATH_SINK, attribute);
          }
          m.nextControlFlow("else if (x.raw($S) != null)", SchemaCode.rawKey(p))
              .addStatement("$T.parse$L(x.raw($S), $T.attribute(sink, $S))", code.rules(), simple, SchemaCode.rawKey(p),
                  SchemaCode.PATH_SINK, attribute)
              .endControlFlow();
        }
        case TEXT -> {
          m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"));
          if (checks) {
            m.addStatement("$T.check$L($L, sink)", code.rules(), simple, SchemaCode.value(p, "v"));
          }
          m.nextControlFlow("else if (x.raw($S) != null)", "#text")
              .addStatement("$T.parse$L(x.raw($S), sink)", code.rules(), simple, "#text")
              .endControlFlow();
        }
        case ELEMENT -> {
          String local = p.xmlName().localName();
          if (p.repeated()) {
            if (checks) {
              m.beginControlFlow("for (int i = 0; i < v.$N().size(); i++)", p.name())
                  .addStatement("sink.enter($S, i + 1)", local)
                  .addStatement("$T.check$L(v.$N().get(i), sink)", code.rules(), simple, p.name())
                  .addStatement("sink.exit()")
                  .endControlFlow();
            }
          } else {
            m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"));
            if (checks) {
              m.addStatement("sink.enter($S, 0)", local)
                  .addStatement("$T.check$L($L, sink)", code.rules(), simple, SchemaCode.value(p, "v"))
                  .addStatement("sink.exit()");
            }
            m.nextControlFlow("else if (x.raw($S) != null)", SchemaCode.rawKey(p))
                .addStatement("sink.enter($S, 0)", local)
                .addStatement("$T.parse$L(x.raw($S), sink)", code.rules(), simple, SchemaCode.rawKey(p))
                .addStatement("sink.exit()")
                .endControlFlow();
          }
        }
      }
    }
    m.addStatement("$T.kept(x, sink)", SchemaCode.PATH_SINK)
        .addStatement("$T.check$L(v, sink)", code.rules(), t.className());
    return m.build();
  }
}
