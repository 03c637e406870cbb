package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.ValueKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the writer: one method per complex type, children in the schema's order, the schema's
 * namespaces, values in their canonical spelling unless the spelling they were read with still
 * stands for them, and content kept from a lenient read written back where it was.
 */
final class WriterClassWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;

  WriterClassWriter(SchemaCode code, GeneratedSpec generated) {
    this.code = code;
    this.generated = generated;
  }

  TypeSpec write() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(code.writer())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Writes the generated types as documents of the schema; see {@link $T}.\n", code.facade());
    generated.spec().ifPresent(spec::addAnnotation);
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (TypeBinding t : code.bindings.types()) {
      spec.addMethod(write(t));
    }
    return spec.build();
  }

  static String writeMethod(TypeBinding t) {
    return "write" + t.className();
  }

  private MethodSpec write(TypeBinding t) {
    ClassName value = code.valueClass(t);
    MethodSpec.Builder m = MethodSpec.methodBuilder(writeMethod(t))
        .addJavadoc("Writes a {@code $L} as the element {@code name} in {@code namespace}.\n", t.className())
        .addModifiers(Modifier.STATIC)
        .addParameter(SchemaCode.XML_OUT, "o")
        .addParameter(String.class, "namespace")
        .addParameter(String.class, "name")
        .addParameter(value, "v")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("$T x = v.extras()", SchemaCode.EXTRAS)
        .addStatement("o.start(namespace, name)");
    for (PropertyBinding p : t.properties()) {
      if (p.source() == PropertyBinding.Source.ATTRIBUTE) {
        String simple = code.simpleName(p.type());
        m.addStatement("String raw$L = x.raw($S)", p.name(), SchemaCode.rawKey(p))
            .beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
            .addStatement("$T value = $L", code.parsed(p.type()), SchemaCode.value(p, "v"))
            .addStatement("o.attribute($S, raw$L != null && $T.spells$L(raw$L, value) ? raw$L : $T.lexical$L(value))",
                p.xmlName().localName(), p.name(), code.rules(), simple, p.name(), p.name(), code.rules(), simple)
            .nextControlFlow("else if (raw$L != null)", p.name())
            .addStatement("o.attribute($S, raw$L)", p.xmlName().localName(), p.name())
            .endControlFlow();
      }
    }
    m.addStatement("$T.attributes(o, x.attributes())", SchemaCode.WRITES);
    for (PropertyBinding p : t.properties()) {
      if (p.source() == PropertyBinding.Source.TEXT) {
        String simple = code.simpleName(p.type());
        if (p.type().kind() == ValueKind.STRING) {
          m.addStatement("String text = x.raw($S)", "#text")
              .addStatement("o.text(text != null && $T.spells$L(text, v.$N()) ? text : v.$N())", code.rules(), simple,
                  p.name(), p.name());
        } else {
          m.addStatement("String text = x.raw($S)", "#text")
              .beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
              .addStatement("$T value = $L", code.parsed(p.type()), SchemaCode.value(p, "v"))
              .addStatement("o.text(text != null && $T.spells$L(text, value) ? text : $T.lexical$L(value))",
                  code.rules(), simple, code.rules(), simple)
              .nextControlFlow("else if (text != null)")
              .addStatement("o.text(text)")
              .endControlFlow();
        }
      }
    }
    List<PropertyBinding> elements = t.properties().stream()
        .filter(p -> p.source() == PropertyBinding.Source.ELEMENT).toList();
    if (!elements.isEmpty()) {
      m.addStatement("$T nodes = x.nodes()", ParameterizedTypeName.get(JavaTypes.LIST, SchemaCode.EXTRAS.nestedClass("Unknown")))
          .addStatement("int u = 0")
          .addStatement("int k = 0");
      for (PropertyBinding p : elements) {
        element(m, p);
      }
      m.addStatement("$T.rest(o, nodes, u)", SchemaCode.WRITES);
    } else {
      m.addStatement("$T.rest(o, x.nodes(), 0)", SchemaCode.WRITES);
    }
    m.addStatement("o.end()");
    return m.build();
  }

  private void element(MethodSpec.Builder m, PropertyBinding p) {
    String ns = p.xmlName().namespace();
    String local = p.xmlName().localName();
    CodeBlock name = CodeBlock.of("$S", local);
    if (p.spellings().size() > 1 && !p.repeated()) {
      // Written as the document spelled it, if it did: one of the property's spellings, else the first.
      String spelled = "spelled" + dev.poxgen.processor.naming.JavaNames.capitalize(p.name());
      m.addStatement("String $N = x.spelling($S)", spelled, local);
      CodeBlock other = p.spellings().subList(1, p.spellings().size()).stream()
          .map(n -> CodeBlock.of("!$N.equals($S)", spelled, n.localName()))
          .collect(CodeBlock.joining(" && "));
      m.beginControlFlow("if ($L)", other)
          .addStatement("$N = $S", spelled, local)
          .endControlFlow();
      name = CodeBlock.of("$N", spelled);
    }
    if (p.type().kind() == ValueKind.COMPLEX) {
      TypeBinding child = code.bindings.typeFor(p.type().xmlType());
      ClassName type = code.valueClass(child);
      if (p.repeated()) {
        m.beginControlFlow("for ($T item : v.$N())", type, p.name())
            .addStatement("u = $T.nodes(o, nodes, u, k++)", SchemaCode.WRITES)
            .addStatement("$L(o, $S, $S, item)", writeMethod(child), ns, local)
            .endControlFlow();
      } else {
        m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
            .addStatement("u = $T.nodes(o, nodes, u, k++)", SchemaCode.WRITES)
            .addStatement("$L(o, $S, $L, $L)", writeMethod(child), ns, name, SchemaCode.value(p, "v"))
            .endControlFlow();
      }
      return;
    }
    String simple = code.simpleName(p.type());
    if (p.repeated()) {
      m.beginControlFlow("for (int i = 0; i < v.$N().size(); i++)", p.name())
          .addStatement("$T item = v.$N().get(i)", code.parsed(p.type()), p.name())
          .addStatement("String key = $S + (i + 1) + $S", local + "[", "]")
          .addStatement("String raw = x.raw(key)")
          .addStatement("u = $T.nodes(o, nodes, u, k++)", SchemaCode.WRITES)
          .addStatement("o.start($S, $S)", ns, local)
          .addStatement("$T.attributes(o, x.childAttributes(key))", SchemaCode.WRITES)
          .addStatement("o.text(raw != null && $T.spells$L(raw, item) ? raw : $T.lexical$L(item))",
              code.rules(), simple, code.rules(), simple)
          .addStatement("o.end()")
          .endControlFlow();
      return;
    }
    CodeBlock key = CodeBlock.of("$S", local);
    String raw = "raw" + dev.poxgen.processor.naming.JavaNames.capitalize(p.name());
    m.addStatement("String $N = x.raw($L)", raw, key)
        .beginControlFlow("if ($L || $N != null)", SchemaCode.present(p, "v"), raw)
        .addStatement("u = $T.nodes(o, nodes, u, k++)", SchemaCode.WRITES)
        .addStatement("o.start($S, $L)", ns, name)
        .addStatement("$T.attributes(o, x.childAttributes($L))", SchemaCode.WRITES, key)
        .beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
        .addStatement("$T value = $L", code.parsed(p.type()), SchemaCode.value(p, "v"))
        .addStatement("o.text($N != null && $T.spells$L($N, value) ? $N : $T.lexical$L(value))",
            raw, code.rules(), simple, raw, raw, code.rules(), simple)
        .nextControlFlow("else")
        .addStatement("o.text($N)", raw)
        .endControlFlow()
        .addStatement("o.end()")
        .endControlFlow();
  }
}
