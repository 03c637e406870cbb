package dev.poxgen.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the reader: one method per complex type, a switch on local names over the hardened
 * cursor, no reflection and no tree. Values are parsed from the characters; a String is made only
 * for what is kept.
 */
final class ReaderClassWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;
  private final List<FieldSpec> fields = new ArrayList<>();
  private int ambiguities;

  ReaderClassWriter(SchemaCode code, GeneratedSpec generated) {
    this.code = code;
    this.generated = generated;
  }

  TypeSpec write() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(code.reader())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Reads documents of the schema into the generated types; see {@link $T}.\n", code.facade());
    generated.spec().ifPresent(spec::addAnnotation);
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    spec.addMethod(anyRoot());
    for (ElementModel root : roots()) {
      spec.addMethod(typedRoot(root));
    }
    for (TypeBinding t : code.bindings.types()) {
      spec.addMethod(read(t));
    }
    fields.forEach(spec::addField);
    return spec.build();
  }

  List<ElementModel> roots() {
    return SchemaCode.roots(code.bindings);
  }

  static String rootMethod(SchemaCode code, ElementModel root) {
    return "root" + code.bindings.javaName(root.type().name());
  }

  // ---- roots

  private MethodSpec anyRoot() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("root")
        .addJavadoc("Reads the document element, whichever of the schema's it is.\n")
        .addModifiers(Modifier.STATIC)
        .returns(roots().isEmpty() ? ClassName.get(Object.class) : code.document())
        .addParameter(SchemaCode.CURSOR, "c")
        .addException(SchemaCode.READ_EXCEPTION);
    Map<String, List<ElementModel>> byName = new LinkedHashMap<>();
    for (ElementModel r : roots()) {
      byName.computeIfAbsent(r.name().localName(), k -> new ArrayList<>()).add(r);
    }
    m.beginControlFlow("switch (c.localName())");
    for (Map.Entry<String, List<ElementModel>> e : byName.entrySet()) {
      m.beginControlFlow("case $S:", e.getKey());
      m.addStatement("c.enter($S, 0)", e.getKey());
      List<ElementModel> candidates = e.getValue();
      if (candidates.size() == 1) {
        ElementModel r = candidates.get(0);
        m.addStatement("c.expectNamespace($S)", r.name().namespace())
            .addStatement("return $L(c)", readMethod(r.type().name()));
      } else {
        choose(m, candidates, e.getKey());
        m.beginControlFlow("switch (which)");
        for (int i = 0; i < candidates.size(); i++) {
          m.addStatement("case $L: return $L(c)", i, readMethod(candidates.get(i).type().name()));
        }
        m.addStatement("default: throw new $T(\"declaration \" + which)", IllegalStateException.class);
        m.endControlFlow();
      }
      m.endControlFlow();
    }
    String expected = roots().stream().map(r -> "<" + r.name().localName() + ">").distinct()
        .collect(Collectors.joining(", "));
    m.addStatement("default: throw c.unknownRoot($S)", expected);
    m.endControlFlow();
    return m.build();
  }

  private MethodSpec typedRoot(ElementModel root) {
    ClassName type = code.valueClass(root.type().name());
    return MethodSpec.methodBuilder(rootMethod(code, root))
        .addJavadoc("Reads the document element as {@code <$L>}.\n", root.name().localName())
        .addModifiers(Modifier.STATIC)
        .returns(type)
        .addParameter(SchemaCode.CURSOR, "c")
        .addException(SchemaCode.READ_EXCEPTION)
        .beginControlFlow("if (!c.localName().equals($S))", root.name().localName())
        .addStatement("throw c.unknownRoot($S)", "<" + root.name().localName() + "> of " + root.name().namespace())
        .endControlFlow()
        .addStatement("c.enter($S, 0)", root.name().localName())
        .addStatement("c.expectNamespace($S)", root.name().namespace())
        .addStatement("return $L(c)", readMethod(root.type().name()))
        .build();
  }

  private String readMethod(XmlName complexType) {
    return "read" + code.bindings.javaName(complexType);
  }

  /**
   * Chooses among declarations sharing a local name: keeps the element's namespace, looks at its
   * first child, then checks the namespace against the chosen one. Leaves {@code which}.
   */
  private void choose(MethodSpec.Builder m, List<ElementModel> candidates, String localName) {
    String[] fieldNames = ambiguityFields(candidates);
    m.addStatement("String namespace = c.namespace()")
        .addStatement("int which = $T.choose(namespace, c.peekFirstChild(), $N, $N)", SchemaCode.AMBIGUITY,
            fieldNames[0], fieldNames[1])
        .addStatement("c.expectNamespace(namespace, $N[which], $S)", fieldNames[0], localName);
  }

  /**
   * The constants {@link #choose} and {@link #enterAndChoose} need for declarations sharing a
   * local name: their namespaces and their types' child names. Returns the two field names.
   */
  private String[] ambiguityFields(List<ElementModel> candidates) {
    int n = ++ambiguities;
    String namespaces = "AMBIGUOUS_" + n + "_NAMESPACES";
    String children = "AMBIGUOUS_" + n + "_CHILDREN";
    fields.add(FieldSpec.builder(ArrayTypeName.of(String.class), namespaces, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", candidates.stream().map(c -> CodeBlock.of("$S", c.name().namespace())).collect(CodeBlock.joining(", ")))
        .build());
    fields.add(FieldSpec.builder(ArrayTypeName.of(ArrayTypeName.of(String.class)), children, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", candidates.stream().map(c -> {
          List<String> names = c.type() instanceof dev.poxgen.processor.model.TypeRef.Complex cx
              ? code.bindings.model().complexType(cx).elements().stream().map(e -> e.name().localName()).distinct().toList()
              : List.of();
          return CodeBlock.of("{$L}", names.stream().map(x -> CodeBlock.of("$S", x)).collect(CodeBlock.joining(", ")));
        }).collect(CodeBlock.joining(", ")))
        .build());
    return new String[] {namespaces, children};
  }

  // ---- one complex type

  private MethodSpec read(TypeBinding t) {
    ClassName value = code.valueClass(t);
    ClassName builder = value.nestedClass("Builder");
    MethodSpec.Builder m = MethodSpec.methodBuilder(readMethod(t.type().name()))
        .addJavadoc("Reads a {@code $L} from its start tag, which the caller has entered, to its end tag.\n",
            t.className())
        .addModifiers(Modifier.STATIC)
        .returns(value)
        .addParameter(SchemaCode.CURSOR, "c")
        .addException(SchemaCode.READ_EXCEPTION)
        .addStatement("$T b = $T.builder()", builder, value);
    attributes(m, t);
    t.properties().stream().filter(p -> p.source() == PropertyBinding.Source.TEXT).findFirst()
        .ifPresent(p -> text(m, p));
    if (t.type().content().isPresent() || t.type().simpleContent().isEmpty()) {
      children(m, t);
    }
    m.addStatement("b.extras(c.takeExtras())")
        .addStatement("$T value = b.build()", value)
        .addStatement("$T.check$L(value, c)", code.rules(), t.className())
        .addStatement("c.leave()")
        .addStatement("return value");
    return m.build();
  }

  private void attributes(MethodSpec.Builder m, TypeBinding t) {
    List<PropertyBinding> attrs = t.properties().stream()
        .filter(p -> p.source() == PropertyBinding.Source.ATTRIBUTE).toList();
    m.beginControlFlow("for (int i = 0, n = c.attributeCount(); i < n; i++)");
    if (!attrs.isEmpty()) {
      m.beginControlFlow("switch (c.attributeLocalName(i))");
      for (PropertyBinding p : attrs) {
        String name = p.xmlName().localName();
        String simple = code.simpleName(p.type());
        m.beginControlFlow("case $S:", name)
            .beginControlFlow("if (!c.attributeNamespace(i).equals($S))", p.xmlName().namespace())
            .addStatement("break")
            .endControlFlow()
            .addStatement("String raw = c.attributeValue(i)")
            .addStatement("$T v = $T.parse$L(raw, c.attributeSink($S))", code.parsed(p.type()), code.rules(), simple, name)
            .beginControlFlow("if (v == null || !raw.equals($T.lexical$L(v)))", code.rules(), simple)
            .addStatement("c.keepRaw($S, raw)", SchemaCode.rawKey(p))
            .endControlFlow()
            .addStatement("b.$N(v)", p.name())
            .addStatement("continue")
            .endControlFlow();
      }
      m.addStatement("default: break");
      m.endControlFlow();
    }
    m.addStatement("c.unknownAttribute(i)");
    m.endControlFlow();
    m.addStatement("c.attributesDone()");
  }

  private void text(MethodSpec.Builder m, PropertyBinding p) {
    String simple = code.simpleName(p.type());
    m.addStatement("c.readText()")
        .addStatement("$T text = $T.parse$L(c.textBuffer(), c.textLength(), c)", code.parsed(p.type()), code.rules(), simple)
        .beginControlFlow("if (text == null || !$T.canonical$L(c.textBuffer(), c.textLength(), text))", code.rules(), simple)
        .addStatement("c.keepRaw($S, c.text())", SchemaCode.rawKey(p))
        .endControlFlow()
        .addStatement("b.$N(text)", p.name());
  }

  private void children(MethodSpec.Builder m, TypeBinding t) {
    List<PropertyBinding> elements = t.properties().stream()
        .filter(p -> p.source() == PropertyBinding.Source.ELEMENT).toList();
    Map<XmlName, Integer> order = SchemaCode.order(t.type());
    boolean ordered = order.values().stream().anyMatch(i -> i >= 0);
    for (PropertyBinding p : elements) {
      m.addStatement("int $N = 0", count(p));
    }
    if (ordered) {
      m.addStatement("int order = -1");
    }
    Map<String, List<PropertyBinding>> byLocal = new LinkedHashMap<>();
    for (PropertyBinding p : elements) {
      for (XmlName spelling : p.spellings()) {
        byLocal.computeIfAbsent(spelling.localName(), k -> new ArrayList<>()).add(p);
      }
    }
    m.beginControlFlow("while (c.nextChild())");
    if (!byLocal.isEmpty()) {
      m.beginControlFlow("switch (c.localName())");
      for (Map.Entry<String, List<PropertyBinding>> e : byLocal.entrySet()) {
        m.beginControlFlow("case $S:", e.getKey());
        List<PropertyBinding> candidates = e.getValue();
        if (candidates.size() == 1) {
          child(m, t, candidates.get(0), e.getKey(), order, ordered, null);
        } else {
          List<ElementModel> models = candidates.stream()
              .map(p -> t.type().elements().stream()
                  .filter(x -> x.name().equals(XmlName.of(p.xmlName().namespace(), e.getKey()))).findFirst().orElseThrow())
              .toList();
          // Enter under the shared name first; the namespace is checked once the declaration is chosen.
          m.addStatement("$T which", int.class);
          m.addCode(enterAndChoose(candidates, models, e.getKey()));
          m.beginControlFlow("switch (which)");
          for (int i = 0; i < candidates.size(); i++) {
            m.beginControlFlow("case $L:", i);
            child(m, t, candidates.get(i), e.getKey(), order, ordered, "entered");
            m.addStatement("continue");
            m.endControlFlow();
          }
          m.addStatement("default: throw new $T(\"declaration \" + which)", IllegalStateException.class);
          m.endControlFlow();
          m.endControlFlow();
          continue;
        }
        m.addStatement("continue");
        m.endControlFlow();
      }
      m.addStatement("default: break");
      m.endControlFlow();
    }
    m.addStatement("c.unknownElement()");
    m.endControlFlow();
  }

  private CodeBlock enterAndChoose(List<PropertyBinding> candidates, List<ElementModel> models, String localName) {
    String[] fieldNames = ambiguityFields(models);
    return CodeBlock.builder()
        .addStatement("String namespace = c.namespace()")
        .addStatement("c.enter($S, 0)", localName)
        .addStatement("which = $T.choose(namespace, c.peekFirstChild(), $N, $N)", SchemaCode.AMBIGUITY,
            fieldNames[0], fieldNames[1])
        .addStatement("c.expectNamespace(namespace, $N[which], $S)", fieldNames[0], localName)
        .build();
  }

  private static String count(PropertyBinding p) {
    return "n" + dev.poxgen.processor.naming.JavaNames.capitalize(p.name());
  }

  /**
   * Reads one child, spelled {@code spelled} in the document, into the builder. {@code entered} is
   * non-null when the caller has already entered the element and checked its namespace (a shared
   * local name). Raw text and child attributes are kept under the property's first spelling; a
   * document's other spelling is kept too, so that writing uses it again.
   */
  private void child(MethodSpec.Builder m, TypeBinding t, PropertyBinding p, String spelled,
      Map<XmlName, Integer> order, boolean ordered, String entered) {
    String local = p.xmlName().localName();
    int max = p.occurrence().max();
    String n = count(p);
    if (max != dev.poxgen.processor.model.Occurrence.UNBOUNDED) {
      m.beginControlFlow("if ($N >= $L)", n, max);
      if (entered != null) {
        m.addStatement("c.tooMany($S, $L)", spelled, max);
      } else {
        m.addStatement("c.keepUnknown($T.TOO_MANY, $S, true)", SchemaCode.CODE,
            "<" + spelled + "> appears more often than allowed here (" + (max == 1 ? "once" : max + " times")
                + "); the extra one is kept");
      }
      m.addStatement("continue").endControlFlow();
    }
    m.addStatement("$N++", n);
    if (!spelled.equals(local)) {
      m.addStatement("c.extras().putSpelling($L, $S)", p.repeated() ? CodeBlock.of("$S + $N + $S", local + "[", n, "]")
          : CodeBlock.of("$S", local), spelled);
    }
    if (entered == null) {
      m.addStatement("c.enter($S, $L)", spelled, p.repeated() ? n : "0");
      m.addStatement("c.expectNamespace($S)", p.xmlName().namespace());
    } else if (p.repeated()) {
      m.addStatement("c.reindex($N)", n);
    }
    Integer position = order.getOrDefault(p.xmlName(), -1);
    if (ordered && position >= 0) {
      m.beginControlFlow("if ($L < order)", position)
          .addStatement("c.deviation($T.OUT_OF_ORDER, $S)", SchemaCode.CODE,
              "<" + spelled + "> comes after an element the schema puts after it")
          .endControlFlow()
          .addStatement("order = $L", position);
    }
    if (p.type().kind() == ValueKind.COMPLEX) {
      CodeBlock read = CodeBlock.of("$L(c)", readMethod(p.type().xmlType()));
      m.addStatement(p.repeated() ? "b.$N($L)" : "b.$N($L)", p.repeated() ? p.adderName() : p.name(), read);
      return;
    }
    String simple = code.simpleName(p.type());
    TypeName parsed = code.parsed(p.type());
    String key = p.repeated() ? null : SchemaCode.rawKey(p);
    m.addStatement("c.noAttributes()");
    m.addStatement("c.readText()");
    if (p.defaultValue().isPresent()) {
      // XML Schema: an element with a default that is empty takes the default.
      m.addStatement("$T v = c.textLength() == 0 ? $T.parse$L($S, c) : $T.parse$L(c.textBuffer(), c.textLength(), c)",
          parsed, code.rules(), simple, p.defaultValue().get(), code.rules(), simple);
    } else {
      m.addStatement("$T v = $T.parse$L(c.textBuffer(), c.textLength(), c)", parsed, code.rules(), simple);
    }
    m.addStatement("String raw = v == null || !$T.canonical$L(c.textBuffer(), c.textLength(), v) ? c.text() : null",
            code.rules(), simple)
        .addStatement("c.exitSimple($L)", p.repeated() ? CodeBlock.of("$S + $N + $S", local + "[", n, "]") : CodeBlock.of("$S", local));
    if (p.repeated()) {
      m.beginControlFlow("if (v == null)")
          .addStatement("c.keepInvalidItem($S, $S, raw)", p.xmlName().namespace(), local)
          .nextControlFlow("else")
          .beginControlFlow("if (raw != null)")
          .addStatement("c.keepRaw($S + $N + $S, raw)", local + "[", n, "]")
          .endControlFlow()
          .addStatement("b.$N(v)", p.adderName())
          .endControlFlow();
    } else {
      m.beginControlFlow("if (raw != null)")
          .addStatement("c.keepRaw($S, raw)", key)
          .endControlFlow()
          .addStatement("b.$N(v)", p.name());
    }
  }
}
