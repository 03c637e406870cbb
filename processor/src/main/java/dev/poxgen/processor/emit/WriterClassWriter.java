package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.naming.JavaNames;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.DocumentBinding;
import dev.poxgen.processor.naming.FamilyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.ValueBinding;
import dev.poxgen.processor.naming.ValueKind;
import java.util.ArrayList;
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
  private final NamespaceConstants namespaceConstants;
  /** The static methods of the writer; helpers get names no other method has. */
  private final NameAllocator methodNames = new NameAllocator();

  WriterClassWriter(SchemaCode code, GeneratedSpec generated) {
    this.code = code;
    this.generated = generated;
    this.namespaceConstants = new NamespaceConstants(code);
  }

  TypeSpec write() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(code.writer())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Writes the generated types as documents of the schema; see {@link $T}.\n", code.facade());
    generated.spec().ifPresent(spec::addAnnotation);
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (TypeBinding t : code.bindings.types()) {
      methodNames.newName(writeMethod(t));
    }
    for (FamilyBinding f : code.bindings.families()) {
      methodNames.newName(FamilyMethods.writeMethod(f));
    }
    if (SchemaCode.takesDocuments(code.bindings)) {
      writeDocument = methodNames.newName("writeWildcardDocument");
      spec.addMethod(writeDocument());
    }
    FamilyMethods families = new FamilyMethods(code, namespaceConstants);
    for (FamilyBinding f : code.bindings.families()) {
      spec.addMethod(families.write(f));
    }
    for (TypeBinding t : code.bindings.types()) {
      spec.addMethods(write(t));
    }
    namespaceConstants.addTo(spec);
    return spec.build();
  }

  /** The name of the method that writes a document a strict element wildcard took; null when none does. */
  private String writeDocument;

  /** Writes a document a strict element wildcard took, as the global element its kind says. */
  private MethodSpec writeDocument() {
    MethodSpec.Builder m = MethodSpec.methodBuilder(writeDocument)
        .addJavadoc("$L", Javadocs.wrap("Writes a document that a strict element wildcard took, as the element its"
            + " kind says, inside the element being written."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(SchemaCode.XML_OUT, "o")
        .addParameter(code.document(), "d")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .beginControlFlow("switch (d.kind())");
    for (DocumentBinding document : code.bindings.documents()) {
      ElementModel root = document.element();
      m.addCode("case $N:\n$>", document.kind());
      code.identity().of(root).ifPresent(x -> m.addStatement("o.declares($L,$W$L,$W$S)", x,
          namespaceConstants.of(root.name().namespace()), root.name().localName()));
      CodeBlock value = document.holds()
          ? CodeBlock.of("(($T) d).value()", code.documentClass(document))
          : CodeBlock.of("($T) d", code.valueClass(document.value()));
      m.addStatement("$N(o,$W$L,$W$S,$W$L)", writeMethod(document.value()),
              namespaceConstants.of(root.name().namespace()),
              root.name().localName(), value)
          .addStatement("break")
          .addCode("$<");
    }
    return SchemaCode.endKindSwitch(m, "writer", "d");
  }

  static String writeMethod(TypeBinding t) {
    return "write" + t.className();
  }

  /** {@code writeAddress}, or for a family's value {@code writeAddressFamily}. */
  static String writeMethod(ValueBinding v) {
    return v instanceof FamilyBinding f ? FamilyMethods.writeMethod(f) : writeMethod((TypeBinding) v);
  }

  /** The most helper calls one generated method makes; more go to methods that make them. */
  static final int CALLS_PER_METHOD = 100;

  /**
   * The writer of one complex type and its helpers: one small method per attribute and per child
   * element, so no method grows with the type.
   */
  private List<MethodSpec> write(TypeBinding t) {
    ClassName value = code.valueClass(t);
    List<MethodSpec> out = new ArrayList<>();
    MethodSpec.Builder m = MethodSpec.methodBuilder(writeMethod(t))
        .addJavadoc("$L", Javadocs.wrap("Writes a " + Javadocs.code(t.className())
            + " as the element {@code name} in {@code namespace}."))
        .addModifiers(Modifier.STATIC)
        .addParameter(SchemaCode.XML_OUT, "o")
        .addParameter(String.class, "namespace")
        .addParameter(String.class, "name")
        .addParameter(value, "v")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("$T x = v.extras()", SchemaCode.EXTRAS)
        .addStatement("o.start(namespace, name)");
    if (t.type().mixed()) {
      m.addStatement("o.mixed()");
    }
    List<MethodSpec> attributes = new ArrayList<>();
    for (PropertyBinding p : t.properties()) {
      if (p.source() == PropertyBinding.Source.ATTRIBUTE) {
        attributes.add(attribute(t, value, p));
      }
    }
    out.addAll(attributes);
    calls(m, t, value, attributes, "Attributes", false, out);
    m.addStatement("$T.attributes(o, x.attributes())", SchemaCode.WRITES);
    for (PropertyBinding p : t.properties()) {
      if (p.source() == PropertyBinding.Source.TEXT) {
        text(m, p);
      }
    }
    List<MethodSpec> elements = new ArrayList<>();
    for (PropertyBinding p : t.properties()) {
      if (p.source() == PropertyBinding.Source.ELEMENT) {
        elements.add(element(t, value, p));
      }
    }
    out.addAll(elements);
    if (!elements.isEmpty()) {
      m.addStatement("$T kept = new $T(x.nodes())", KEPT_NODES, KEPT_NODES);
      calls(m, t, value, elements, "Children", true, out);
      m.addStatement("kept.rest(o)");
    } else {
      m.addStatement("$T.rest(o, x.nodes(), 0)", SchemaCode.WRITES);
    }
    m.addStatement("o.end()");
    out.add(0, m.build());
    return out;
  }

  private static final ClassName KEPT_NODES = ClassName.get(SchemaCode.RUNTIME, "KeptNodes");

  /**
   * Calls each helper in order: from {@code m} itself, or, past {@link #CALLS_PER_METHOD}, from
   * methods that make a run of the calls each.
   */
  private void calls(MethodSpec.Builder m, TypeBinding t, ClassName value, List<MethodSpec> helpers, String what,
      boolean kept, List<MethodSpec> out) {
    CodeBlock args = kept ? CodeBlock.of("o, v, x, kept") : CodeBlock.of("o, v, x");
    List<List<MethodSpec>> runs = Chunks.of(helpers, CALLS_PER_METHOD);
    if (runs.size() == 1) {
      helpers.forEach(h -> m.addStatement("$N($L)", h, args));
      return;
    }
    for (int r = 0; r < runs.size(); r++) {
      MethodSpec.Builder run = MethodSpec.methodBuilder(methodNames.newName("write" + what + "Of" + t.className() + (r + 1)))
          .addJavadoc("$L", Javadocs.wrap("Writes the " + what.toLowerCase(java.util.Locale.ROOT) + " of a "
              + Javadocs.code(t.className()) + ", part " + (r + 1) + " of " + runs.size() + "."))
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
      helperParameters(run, value, kept);
      runs.get(r).forEach(h -> run.addStatement("$N($L)", h, args));
      MethodSpec built = run.build();
      out.add(built);
      m.addStatement("$N($L)", built, args);
    }
  }

  private static void helperParameters(MethodSpec.Builder m, ClassName value, boolean kept) {
    m.addParameter(SchemaCode.XML_OUT, "o")
        .addParameter(value, "v")
        .addParameter(SchemaCode.EXTRAS, "x");
    if (kept) {
      m.addParameter(KEPT_NODES, "kept");
    }
    m.addException(SchemaCode.WRITE_EXCEPTION);
  }

  /** The name of a property's helper: {@code writeSslOfProtocol}, unique in the class. */
  private String helperName(PropertyBinding p, TypeBinding t) {
    return methodNames.newName("write" + JavaNames.capitalize(p.name()) + "Of" + t.className());
  }

  private MethodSpec attribute(TypeBinding t, ClassName value, PropertyBinding p) {
    String simple = code.simpleName(p.type());
    MethodSpec.Builder m = MethodSpec.methodBuilder(helperName(p, t))
        .addJavadoc("$L", Javadocs.wrap("Writes the attribute {@code " + p.xmlName().localName() + "} of a {@code "
            + t.className() + "}, as it was spelled where that still stands."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    helperParameters(m, value, false);
    return m.addStatement("String raw = x.raw($S)", SchemaCode.rawKey(p))
        .beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
        .addStatement("$T value = $L", code.parsed(p.type()), SchemaCode.value(p, "v"))
        .addStatement("String written = $L", spelledOrLexical("raw", "value", p))
        .addStatement("o.attribute($L, written)", attributeName(p))
        .nextControlFlow("else if (raw != null)")
        .addStatement("o.attribute($L, raw)", attributeName(p))
        .endControlFlow()
        .build();
  }

  /** The name arguments of {@code o.attribute}: the local name, after the namespace of a qualified one. */
  private CodeBlock attributeName(PropertyBinding p) {
    String ns = p.xmlName().namespace();
    return ns.isEmpty() ? CodeBlock.of("$S", p.xmlName().localName())
        : CodeBlock.of("$L,$W$S", namespaceConstants.of(ns), p.xmlName().localName());
  }

  private void text(MethodSpec.Builder m, PropertyBinding p) {
    String simple = code.simpleName(p.type());
    if (p.type().kind() == ValueKind.STRING) {
      m.addStatement("String text = x.raw($S)", "#text")
          .addStatement("o.text(text != null && $T.spells$L(text, v.$N()) ? text : v.$N())", code.rules(), simple,
              p.name(), p.name());
    } else {
      m.addStatement("String text = x.raw($S)", "#text")
          .beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
          .addStatement("$T value = $L", code.parsed(p.type()), SchemaCode.value(p, "v"))
          .addStatement("o.text($L)", spelledOrLexical("text", "value", p))
          .nextControlFlow("else if (text != null)")
          .addStatement("o.text(text)")
          .endControlFlow();
    }
  }

  private MethodSpec element(TypeBinding t, ClassName value, PropertyBinding p) {
    if (SchemaCode.wildcard(t, p).isPresent()) {
      return wildcardElements(t, value, p);
    }
    CodeBlock ns = namespaceConstants.of(p.xmlName().namespace());
    String local = p.xmlName().localName();
    MethodSpec.Builder m = MethodSpec.methodBuilder(helperName(p, t))
        .addJavadoc("$L", Javadocs.wrap("Writes {@code <" + local + ">} of a {@code " + t.className() + "}"
            + (p.repeated() ? ", each item" : "") + ", after the kept nodes that came before it."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    helperParameters(m, value, true);
    code.identity().of(t, p).ifPresent(x -> m.addStatement("o.declares($L,$W$L,$W$S)", x, ns, local));
    CodeBlock name = CodeBlock.of("$S", local);
    if (p.spellings().size() > 1 && !p.repeated()) {
      // Written as the document spelled it, if it did: one of the property's spellings, else the first.
      String spelled = "spelled" + JavaNames.capitalize(p.name());
      m.addStatement("String $N = x.spelling($S)", spelled, local);
      CodeBlock other = p.spellings().subList(1, p.spellings().size()).stream()
          .map(n -> CodeBlock.of("!$N.equals($S)", spelled, n.localName()))
          .collect(CodeBlock.joining(" && "));
      m.beginControlFlow("if ($L)", other)
          .addStatement("$N = $S", spelled, local)
          .endControlFlow();
      name = CodeBlock.of("$N", spelled);
    }
    if (p.type().kind() == ValueKind.ANY) {
      if (p.repeated()) {
        m.beginControlFlow("for ($T item : v.$N())", JavaTypes.XML_ELEMENT, p.name())
            .addStatement("kept.beforeChild(o)")
            .addStatement("o.element($L,$W$S,$Witem)", ns, local)
            .endControlFlow();
      } else {
        m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
            .addStatement("kept.beforeChild(o)")
            .addStatement("o.element($L,$W$L,$W$L)", ns, name, SchemaCode.value(p, "v"))
            .endControlFlow();
      }
      return m.build();
    }
    if (p.type().kind() == ValueKind.COMPLEX) {
      ValueBinding child = code.bindings.valueFor(p.type().xmlType());
      ClassName type = code.valueClass(child);
      if (p.repeated()) {
        m.beginControlFlow("for ($T item : v.$N())", type, p.name())
            .addStatement("kept.beforeChild(o)")
            .addStatement("$L(o, $L,$W$S,$Witem)", writeMethod(child), ns, local)
            .endControlFlow();
      } else {
        m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
            .addStatement("kept.beforeChild(o)")
            .addStatement("$L(o, $L,$W$L,$W$L)", writeMethod(child), ns, name, SchemaCode.value(p, "v"))
            .endControlFlow();
      }
      return m.build();
    }
    String simple = code.simpleName(p.type());
    if (p.repeated()) {
      m.beginControlFlow("for (int i = 0; i < v.$N().size(); i++)", p.name())
          .addStatement("$T item = v.$N().get(i)", code.parsed(p.type()), p.name())
          .addStatement("String key = $S + (i + 1) + $S", local + "[", "]")
          .addStatement("String raw = x.raw(key)")
          .addStatement("kept.startChild(o, $L, $S, x.childAttributes(key))", ns, local)
          .addStatement("o.text($L)", spelledOrLexical("raw", "item", p))
          .addStatement("kept.endChild(o, key)")
          .endControlFlow();
      return m.build();
    }
    // A nillable one is written when nil too: with its xsi:nil, kept among its attributes, and no text.
    boolean nillable = SchemaCode.nillableText(p);
    return m.addStatement("String raw = x.raw($S)", local)
        .beginControlFlow("if ($L || raw != null$L)", SchemaCode.present(p, "v"),
            nillable ? CodeBlock.of(" || x.nil($S)", local) : CodeBlock.of(""))
        .addStatement("kept.startChild(o, $L,$W$L,$Wx.childAttributes($S))", ns, name, local)
        .beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
        .addStatement("$T value = $L", code.parsed(p.type()), SchemaCode.value(p, "v"))
        .addStatement("o.text($L)", spelledOrLexical("raw", "value", p))
        .nextControlFlow(nillable ? "else if (raw != null)" : "else")
        .addStatement("o.text(raw)")
        .endControlFlow()
        .addStatement("kept.endChild(o, $S)", local)
        .endControlFlow()
        .build();
  }

  /** Writes the elements a type's element wildcard took, each under its own name, where they were. */
  private MethodSpec wildcardElements(TypeBinding t, ClassName value, PropertyBinding p) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(helperName(p, t))
        .addJavadoc("$L", Javadocs.wrap("Writes the elements the element wildcard of a {@code " + t.className()
            + "} took, each under its own name, after the kept nodes that came before it."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC);
    helperParameters(m, value, true);
    boolean documents = p.type().kind() == ValueKind.DOCUMENT;
    boolean lax = p.type().kind() == ValueKind.LAX_DOCUMENT;
    TypeName item = documents ? code.document()
        : lax ? com.palantir.javapoet.ParameterizedTypeName.get(JavaTypes.LAX, code.document())
        : JavaTypes.XML_ELEMENT;
    if (p.repeated()) {
      m.beginControlFlow("for ($T item : v.$N())", item, p.name());
    } else {
      m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
          .addStatement("$T item = $L", item, SchemaCode.value(p, "v"));
    }
    m.addStatement("kept.beforeChild(o)");
    if (lax) {
      m.beginControlFlow("if (item.isTyped())")
          .addStatement("$N(o, item.typed().get())", writeDocument)
          .nextControlFlow("else")
          .addStatement("o.node(item.xml().get())")
          .endControlFlow();
    } else {
      m.addStatement(documents ? CodeBlock.of("$N(o, item)", writeDocument) : CodeBlock.of("o.node(item)"));
    }
    return m.endControlFlow().build();
  }

  /**
   * What to write for the local {@code value}: the document's spelling, the local {@code raw},
   * where it still spells that value, else the value's canonical spelling; a QName under a prefix
   * the writer binds.
   */
  private CodeBlock spelledOrLexical(String raw, String value, PropertyBinding p) {
    if (p.type().kind() == ValueKind.QNAME) {
      // Its prefix is bound where it is written, not where it was read.
      return CodeBlock.of("o.qname($N)", value);
    }
    if (code.bindings.model().holdsQName(p.type().xmlType())) {
      // A union or list that may hold QNames: each under a prefix bound where it is written.
      return CodeBlock.of("$T.qnames$L(o, $N)", code.rules(), code.simpleName(p.type()), value);
    }
    String simple = code.simpleName(p.type());
    if (p.defaultValue().isPresent() && p.source() != PropertyBinding.Source.ATTRIBUTE) {
      // An element the document left empty took the default (or fixed) value: written empty again.
      return CodeBlock.of("$N != null$W&& ($N.isEmpty() || $T.spells$L($N, $N))$W? $N$W: $T.lexical$L($N)", raw, raw,
          code.rules(), simple, raw, value, raw, code.rules(), simple, value);
    }
    return CodeBlock.of("$N != null$W&& $T.spells$L($N, $N)$W? $N$W: $T.lexical$L($N)", raw, code.rules(), simple, raw,
        value, raw, code.rules(), simple, value);
  }
}
