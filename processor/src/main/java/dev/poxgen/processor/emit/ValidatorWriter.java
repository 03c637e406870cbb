package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.TypeRef;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.DocumentBinding;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.FamilyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.ValueBinding;
import dev.poxgen.processor.naming.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import java.util.Optional;

/**
 * Writes the validator of values built in code: the same rules the reader applies (facets,
 * required children and attributes, choices, list bounds), plus the content a lenient read kept
 * that the schema forbids, each reported with its element path.
 */
final class ValidatorWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;
  /** The static methods of the validator; parts get names no other method has. */
  private final NameAllocator methodNames = new NameAllocator();

  ValidatorWriter(SchemaCode code, GeneratedSpec generated) {
    this.code = code;
    this.generated = generated;
    this.namespaceConstants = new NamespaceConstants(code);
  }

  /** The element name a type is validated under when it is the top: its first use. */
  private Map<String, String> topNames() {
    Map<String, String> names = new LinkedHashMap<>();
    for (ElementModel r : code.bindings.model().roots()) {
      if (r.type() instanceof TypeRef.Complex) {
        classesOf(r.type().name()).forEach(c -> names.putIfAbsent(c, r.name().localName()));
      }
    }
    for (TypeBinding t : code.bindings.types()) {
      for (PropertyBinding p : t.properties()) {
        if (p.type().kind() == ValueKind.COMPLEX) {
          classesOf(p.type().xmlType()).forEach(c -> names.putIfAbsent(c, p.xmlName().localName()));
        }
      }
    }
    return names;
  }

  /** The classes a value of an element declared with {@code type} may be: its own, and its family's. */
  private List<String> classesOf(XmlName type) {
    return code.bindings.familyFor(type).map(f -> f.members().stream().map(TypeBinding::className).toList())
        .orElseGet(() -> List.of(code.bindings.typeFor(type).className()));
  }

  TypeSpec write() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(code.validator())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(Javadocs.wrap("Validates values built in code against the schema: every facet, required"
            + " children and attributes, choices and list bounds, and content kept from a lenient read that"
            + " the schema forbids. It applies the same rules as the reader, so a value read from a document"
            + " and the document get the same verdict. Findings carry the element path; they have no line,"
            + " as a value has none." + (code.identity().any() ? " Identity constraints are checked on the events"
            + " the writer would write for the value (written to nowhere), as the reader checks them on the"
            + " events it reads." : "") + " Thread-safe: it keeps no state."));
    generated.spec().ifPresent(spec::addAnnotation);
    RuntimeCheck.addTo(spec, code.validator());
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    Map<String, String> top = topNames();
    methodNames.newName("validate");
    for (TypeBinding t : code.bindings.types()) {
      methodNames.newName("validate" + t.className());
    }
    for (FamilyBinding f : code.bindings.families()) {
      methodNames.newName(FamilyMethods.validateMethod(f));
    }
    if (SchemaCode.takesDocuments(code.bindings)) {
      validateDocument = methodNames.newName("validateWildcardDocument");
      spec.addMethod(validateDocument());
    }
    if (takesLax()) {
      validateLax = methodNames.newName("validateLaxElement");
      spec.addMethod(validateLax());
    }
    for (TypeBinding t : code.bindings.types()) {
      String element = top.getOrDefault(t.className(), t.type().name().localName());
      MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
          .addJavadoc("$L", Javadocs.wrap("Every violation in the value, as the element "
              + Javadocs.code("<" + element + ">") + "; empty when it is valid."))
          .addParameter(code.valueClass(t), "value");
      spec.addMethod(validateAs(validate, t, element, nil(t, element), 0));
      spec.addMethods(validate(t));
    }
    FamilyMethods families = new FamilyMethods(code, namespaceConstants);
    for (FamilyBinding f : code.bindings.families()) {
      spec.addMethod(families.validate(f));
    }
    for (DocumentBinding d : code.bindings.documents()) {
      if (d.holds()) {
        spec.addMethod(validateHolder(d));
      }
    }
    if (!code.bindings.documents().isEmpty()) {
      spec.addMethod(validateAnyDocument());
    }
    namespaceConstants.addTo(spec);
    return spec.build();
  }

  /**
   * {@code validate(document)}: whichever document it is, as the element its kind says, for a
   * document that {@code read(input)} gave or one built in code.
   */
  private MethodSpec validateAnyDocument() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("validate")
        .addJavadoc("$L", Javadocs.wrap("Every violation in the document, as the element its kind says; empty when it"
            + " is valid. A strict read of a document reports all of these already (and the document's spellings"
            + " the value normalises): a value read need not be validated again."))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(JavaTypes.LIST, SchemaCode.FINDING))
        .addParameter(code.document(), "document")
        .beginControlFlow("switch (document.kind())");
    for (DocumentBinding d : code.bindings.documents()) {
      m.addCode("case $N:\n$>", d.kind())
          .addStatement("return validate(($T) document)", code.documentClass(d))
          .addCode("$<");
    }
    return SchemaCode.endKindSwitch(m, "validator", "document");
  }

  /** {@code validate(ReplyTo)}: a document of a holder, as its element. */
  private MethodSpec validateHolder(DocumentBinding d) {
    ValueBinding t = d.value();
    String element = d.element().name().localName();
    MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
        .addJavadoc("$L", Javadocs.wrap("Every violation in the document, as the element "
            + Javadocs.code("<" + element + ">") + "; empty when it is valid."))
        .addParameter(code.documentClass(d), "document")
        .addStatement("$T value = document.value()", code.valueClass(t));
    return validateAs(validate, t, element, new Nil(d.element().nillable(), d.element().fixedValue().isPresent()),
        SchemaCode.blockMask(d.element().blocked()));
  }

  /**
   * {@code validateAddress(value, sink)}, or for a value of a family {@code
   * validateAddressFamily(value, blocked, sink)}, where the element blocks {@code blocked}.
   */
  private static CodeBlock validateCall(ValueBinding t, CodeBlock value, int blocked) {
    return t instanceof FamilyBinding f
        ? CodeBlock.of("$N($L,$W$L,$Wsink)", FamilyMethods.validateMethod(f), value, blocked)
        : CodeBlock.of("validate$L($L, sink)", t.javaName(), value);
  }

  /**
   * The body of a public {@code validate}: {@code value}, of the type {@code t}, validated as the
   * element {@code element}, its identity constraints too, and the findings returned.
   */
  private MethodSpec validateAs(MethodSpec.Builder validate, ValueBinding t, String element, Nil nil, int blocked) {
    validate.addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(JavaTypes.LIST, SchemaCode.FINDING))
        .addStatement("$T sink = new $T()", SchemaCode.PATH_SINK, SchemaCode.PATH_SINK)
        .addStatement("$L", enter(element, "0", nil.nillable(), nil.fixed()))
        .addStatement("$L", validateCall(t, CodeBlock.of("value"), blocked))
        .addStatement("sink.exit()");
    identity(validate, t, element);
    return validate.addStatement("return sink.findings()").build();
  }

  /**
   * Checks the identity constraints of a value whose type holds elements that declare some (or
   * that is the type of a document element that does), by writing it to nowhere, as the element
   * {@code element}: the writer declares them at each element, as the reader does.
   */
  private void identity(MethodSpec.Builder m, ValueBinding t, String element) {
    Optional<ElementModel> root = code.bindings.model().roots().stream()
        .filter(r -> r.type().name().equals(t.xmlType()) && r.name().localName().equals(element))
        .findFirst();
    Optional<CodeBlock> own = root.flatMap(code.identity()::of);
    List<XmlName> types = t instanceof FamilyBinding f
        ? f.members().stream().map(x -> x.type().name()).toList() : List.of(t.xmlType());
    if (own.isEmpty() && types.stream().noneMatch(code.identity()::within)) {
      return;
    }
    CodeBlock ns = namespaceConstants.of(root.map(r -> r.name().namespace()).orElse(t.xmlType().namespace()));
    m.addCode("// Identity constraints: checked on the events the writer would write.\n");
    m.addCode("sink.checkIdentity(o -> {\n$>");
    own.ifPresent(x -> m.addStatement("o.declares($L,$W$L,$W$S)", x, ns, element));
    m.addStatement("$T.$N(o,$W$L,$W$S,$Wvalue)", code.writer(), WriterClassWriter.writeMethod(t), ns, element);
    m.addCode("$<});\n");
  }

  /** Whether an element is nillable, and has a fixed value. */
  private record Nil(boolean nillable, boolean fixed) {}

  /**
   * Whether the element {@code element} that {@code validate(t)} validates a value as is nillable:
   * the document element of that name and type, or else the first child of that name and type.
   */
  private Nil nil(TypeBinding t, String element) {
    Optional<Nil> root = code.bindings.model().roots().stream()
        .filter(r -> r.type().name().equals(t.type().name()) && r.name().localName().equals(element))
        .findFirst()
        .map(r -> new Nil(r.nillable(), r.fixedValue().isPresent()));
    return root.orElseGet(() -> code.bindings.types().stream()
        .flatMap(x -> x.properties().stream())
        .filter(p -> p.type().kind() == ValueKind.COMPLEX && p.type().xmlType().equals(t.type().name())
            && p.xmlName().localName().equals(element))
        .findFirst()
        .map(p -> new Nil(p.nillable(), p.fixed()))
        .orElse(new Nil(false, false)));
  }

  /** {@code sink.enter(name, index)}, and for a nillable element whether it has a fixed value. */
  private static CodeBlock enter(String name, String index, boolean nillable, boolean fixed) {
    return nillable ? CodeBlock.of("sink.enter($S, $L, true, $L)", name, index, fixed)
        : CodeBlock.of("sink.enter($S, $L)", name, index);
  }

  /** The name of the method that validates a document a strict element wildcard took; null when none does. */
  private String validateDocument;
  /** The name of the method that validates what a lax element wildcard took; null when none does. */
  private String validateLax;

  private boolean takesLax() {
    return code.bindings.types().stream().flatMap(t -> t.properties().stream())
        .anyMatch(p -> p.type().kind() == ValueKind.LAX_DOCUMENT);
  }

  /**
   * Validates one element a lax element wildcard took: a document as the global element it is; an
   * element kept as XML by the wildcard's namespaces, and as an error when a global element of the
   * schema declares it (the reader reads such an element as that document).
   */
  private MethodSpec validateLax() {
    return MethodSpec.methodBuilder(validateLax)
        .addJavadoc("$L", Javadocs.wrap("Validates an element that the lax element wildcard {@code w} took, the"
            + " {@code index}-th of its property (0: a single one): a document as the element its kind says,"
            + " an element kept as XML by the wildcard's namespaces, and never one the schema declares."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(com.palantir.javapoet.ParameterizedTypeName.get(JavaTypes.LAX, code.document()), "item")
        .addParameter(int.class, "index")
        .addParameter(ReaderClassWriter.WILDCARD, "w")
        .addParameter(SchemaCode.PATH_SINK, "sink")
        .beginControlFlow("if (item.isTyped())")
        .addStatement("$N(item.typed().get(), index, w, sink)", validateDocument)
        .addStatement("return")
        .endControlFlow()
        .addStatement("$T e = item.xml().get()", JavaTypes.XML_ELEMENT)
        .beginControlFlow("if ($T.isWildcardDocument(e.namespace(),$We.localName()))", code.reader())
        .addStatement("sink.errorAboutChild($T.UNKNOWN_ELEMENT, e.localName(),$W$S + e.localName()$W+ $L)",
            SchemaCode.CODE, "<", SchemaCode.literal("> is declared by a global element of the schema: give it as"
                + " Lax.typed, the document it is, not as XML"))
        .nextControlFlow("else")
        .addStatement("$T.wildcardElement(sink,$Ww,$We)", SchemaCode.PATH_SINK)
        .endControlFlow()
        .build();
  }
  private final NamespaceConstants namespaceConstants;

  /**
   * Validates a document a strict element wildcard took, the {@code index}-th of the property
   * (0: a single one), as the global element its kind says, which the wildcard must allow.
   */
  private MethodSpec validateDocument() {
    MethodSpec.Builder m = MethodSpec.methodBuilder(validateDocument)
        .addJavadoc("$L", Javadocs.wrap("Validates a document that the strict element wildcard {@code w} took, the"
            + " {@code index}-th of its property (0: a single one), as the element its kind says."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(code.document(), "d")
        .addParameter(int.class, "index")
        .addParameter(ReaderClassWriter.WILDCARD, "w")
        .addParameter(SchemaCode.PATH_SINK, "sink")
        .beginControlFlow("switch (d.kind())");
    for (DocumentBinding d : code.bindings.documents()) {
      ElementModel root = d.element();
      ValueBinding t = d.value();
      String local = root.name().localName();
      String ns = root.name().namespace();
      m.addCode("case $N:\n$>", d.kind())
          .beginControlFlow("if (!w.allows($L))", namespaceConstants.of(ns))
          .addStatement("sink.errorAboutChild($T.UNKNOWN_ELEMENT, $S,$W$L)", SchemaCode.CODE, local,
              SchemaCode.literal("<" + local + "> is not in a namespace the element wildcard here allows"))
          .endControlFlow()
          .addStatement("$L", enter(local, "index", root.nillable(), root.fixedValue().isPresent()))
          .addStatement("$L", validateCall(t, d.holds()
              ? CodeBlock.of("(($T) d).value()", code.documentClass(d))
              : CodeBlock.of("($T) d", code.valueClass(t)), SchemaCode.blockMask(root.blocked())))
          .addStatement("sink.exit()")
          .addStatement("break")
          .addCode("$<");
    }
    return SchemaCode.endKindSwitch(m, "validator", "d");
  }

  /** The most properties one generated method checks; more go to methods that check a run each. */
  static final int PROPERTIES_PER_METHOD = 24;

  /**
   * The validation of one complex type: the checks of each property, in runs of at most {@link
   * #PROPERTIES_PER_METHOD} when there are more, then what the rules say of the whole.
   */
  private List<MethodSpec> validate(TypeBinding t) {
    String name = "validate" + t.className();
    MethodSpec.Builder m = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.STATIC)
        .addParameter(code.valueClass(t), "v")
        .addParameter(SchemaCode.PATH_SINK, "sink")
        .addStatement("$T x = v.extras()", SchemaCode.EXTRAS);
    List<PropertyBinding> properties = t.properties();
    List<MethodSpec> out = new ArrayList<>();
    List<List<PropertyBinding>> runs = Chunks.of(properties, PROPERTIES_PER_METHOD);
    if (runs.size() == 1) {
      properties.forEach(p -> m.addCode(check(t, p)));
    } else {
      for (int r = 0; r < runs.size(); r++) {
        List<PropertyBinding> run = runs.get(r);
        MethodSpec.Builder part = MethodSpec.methodBuilder(methodNames.newName(name + "Part" + (r + 1)))
            .addJavadoc("$L", Javadocs.wrap("Validates " + label(run.get(0)) + " to " + label(run.get(run.size() - 1))
                + " of a {@code " + t.className() + "}."))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(code.valueClass(t), "v")
            .addParameter(SchemaCode.EXTRAS, "x")
            .addParameter(SchemaCode.PATH_SINK, "sink");
        run.forEach(p -> part.addCode(check(t, p)));
        MethodSpec built = part.build();
        out.add(built);
        m.addStatement("$N(v, x, sink)", built);
      }
    }
    // Attributes the type's xs:anyAttribute takes are no finding, unless it is strict; nor is the
    // text of mixed content.
    CodeBlock wildcard = t.type().anyAttribute().isPresent()
        ? CodeBlock.of("$T.$N", code.reader(), ReaderClassWriter.wildcardField(t))
        : null;
    nilContent(m, t);
    List<PropertyBinding> nillable = properties.stream().filter(SchemaCode::nillableText).toList();
    if (!nillable.isEmpty()) {
      m.addStatement("$T.kept(x, sink,$W$L,$W$L,$W$L,$W$L)", SchemaCode.PATH_SINK,
          wildcard == null ? "null" : wildcard, t.type().mixed(), names(nillable, false), names(nillable, true));
    } else if (t.type().mixed()) {
      m.addStatement("$T.kept(x, sink,$W$L,$Wtrue)", SchemaCode.PATH_SINK, wildcard == null ? "null" : wildcard);
    } else if (wildcard != null) {
      m.addStatement("$T.kept(x, sink,$W$L)", SchemaCode.PATH_SINK, wildcard);
    } else {
      m.addStatement("$T.kept(x, sink)", SchemaCode.PATH_SINK);
    }
    if (RulesWriter.checksStructure(code, t)) {
      m.addStatement("$T.check$L(v, sink)", code.rules(), t.className());
    }
    out.add(0, m.build());
    return out;
  }

  /**
   * A nil element holds nothing: for a type some nillable element has, the value when it is nil;
   * for each nillable child that holds only text, that child when it is nil.
   */
  private void nilContent(MethodSpec.Builder m, TypeBinding t) {
    if (code.nilCapable(t.type().name())) {
      List<CodeBlock> content = new ArrayList<>();
      t.properties().stream().filter(p -> p.source() != PropertyBinding.Source.ATTRIBUTE)
          .forEach(p -> content.add(SchemaCode.content(p, "v")));
      content.add(CodeBlock.of("!x.nodes().isEmpty()"));
      m.beginControlFlow("if (x.nil() && ($L))", CodeBlock.join(content, "$W|| "))
          .addStatement("$T.nilContent(sink)", SchemaCode.PATH_SINK)
          .endControlFlow();
    }
    for (PropertyBinding p : t.properties()) {
      if (SchemaCode.nillableText(p) && !p.fixed()) {
        String key = SchemaCode.rawKey(p);
        m.beginControlFlow("if (x.nil($S) && ($L || x.raw($S) != null))", key, SchemaCode.present(p, "v"), key)
            .addStatement("$T.nilContent(sink, $S)", SchemaCode.PATH_SINK, p.xmlName().localName())
            .endControlFlow();
      }
    }
  }

  /** {@code new String[] {"Count"}}: the keys of the properties that have, or have not, a fixed value. */
  private static CodeBlock names(List<PropertyBinding> properties, boolean fixed) {
    return CodeBlock.of("new String[] {$L}", properties.stream().filter(p -> p.fixed() == fixed)
        .map(p -> CodeBlock.of("$S", SchemaCode.rawKey(p))).collect(CodeBlock.joining(",$W")));
  }

  private static String label(PropertyBinding p) {
    return switch (p.source()) {
      case ELEMENT -> "{@code <" + p.xmlName().localName() + ">}";
      case ATTRIBUTE -> "the attribute {@code " + p.xmlName().localName() + "}";
      case TEXT -> "the text";
    };
  }

  /** The checks of one property of {@code v}. */
  private CodeBlock check(TypeBinding t, PropertyBinding p) {
    CodeBlock.Builder m = CodeBlock.builder();
    if (SchemaCode.wildcard(t, p).isPresent() && p.type().kind().takesDocuments()) {
      // A strict xs:any: each document as the global element it is; a lax one: documents and XML.
      String field = ReaderClassWriter.elementWildcardField(t, p);
      String method = p.type().kind() == ValueKind.LAX_DOCUMENT ? validateLax : validateDocument;
      if (p.repeated()) {
        return m.beginControlFlow("for (int i = 0; i < v.$N().size(); i++)", p.name())
            .addStatement("$N(v.$N().get(i), i + 1,$W$T.$N,$Wsink)", method, p.name(), code.reader(), field)
            .endControlFlow()
            .build();
      }
      return m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
          .addStatement("$N($L, 0,$W$T.$N,$Wsink)", method, SchemaCode.value(p, "v"), code.reader(), field)
          .endControlFlow()
          .build();
    }
    if (SchemaCode.wildcard(t, p).isPresent()) {
      // xs:any: each element's namespace against the constraint, and strict takes none.
      String field = ReaderClassWriter.elementWildcardField(t, p);
      if (p.repeated()) {
        return m.addStatement("$T.wildcardElements(sink,$W$T.$N,$Wv.$N())", SchemaCode.PATH_SINK, code.reader(), field,
            p.name()).build();
      }
      return m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
          .addStatement("$T.wildcardElement(sink,$W$T.$N,$W$L)", SchemaCode.PATH_SINK, code.reader(), field,
              SchemaCode.value(p, "v"))
          .endControlFlow()
          .build();
    }
    if (code.abstractOnly(p)) {
      // No value of it is valid: one built in code is an error where it stands.
      CodeBlock error = CodeBlock.of("sink.errorAboutChild($T.XSI, $S,$W$L)", SchemaCode.CODE, p.xmlName().localName(),
          SchemaCode.literal(SchemaCode.abstractOnlyProblem(p.type().xmlType())));
      return m.beginControlFlow("if ($L)", p.repeated() ? CodeBlock.of("!v.$N().isEmpty()", p.name())
              : SchemaCode.present(p, "v"))
          .addStatement("$L", error)
          .endControlFlow()
          .build();
    }
    if (p.type().kind() == ValueKind.ANY) {
      // xs:anyType: any attributes and content; its occurrence, and its xsi:nil, are checked.
      String local = p.xmlName().localName();
      if (p.repeated()) {
        m.beginControlFlow("for (int i = 0; i < v.$N().size(); i++)", p.name())
            .addStatement("$L", enter(local, "i + 1", p.nillable(), p.fixed()))
            .addStatement("sink.anyNil(v.$N().get(i))", p.name());
      } else {
        m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
            .addStatement("$L", enter(local, "0", p.nillable(), p.fixed()))
            .addStatement("sink.anyNil($L)", SchemaCode.value(p, "v"));
      }
      return m.addStatement("sink.exit()").endControlFlow().build();
    }
    if (p.type().kind() == ValueKind.COMPLEX) {
      ValueBinding value = code.bindings.valueFor(p.type().xmlType());
      int blocked = SchemaCode.blockMask(p.blocked());
      String local = p.xmlName().localName();
      if (p.repeated()) {
        m.beginControlFlow("for (int i = 0; i < v.$N().size(); i++)", p.name())
            .addStatement("$L", enter(local, "i + 1", p.nillable(), p.fixed()))
            .addStatement("$L", validateCall(value, CodeBlock.of("v.$N().get(i)", p.name()), blocked))
            .addStatement("sink.exit()")
            .endControlFlow();
      } else {
        m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
            .addStatement("$L", enter(local, "0", p.nillable(), p.fixed()))
            .addStatement("$L", validateCall(value, SchemaCode.value(p, "v"), blocked))
            .addStatement("sink.exit()")
            .endControlFlow();
      }
      return m.build();
    }
    String simple = code.simpleName(p.type());
    boolean checks = RulesWriter.checksValue(code, p.type().xmlType());
    CodeBlock value = SchemaCode.value(p, "v");
    CodeBlock checked = checked(p, value, CodeBlock.of("x.raw($S)", SchemaCode.rawKey(p)));
    switch (p.source()) {
      case ATTRIBUTE -> {
        String attribute = p.xmlName().localName();
        CodeBlock sink = CodeBlock.of("$T.attribute(sink, $S)", SchemaCode.PATH_SINK, attribute);
        checkOrParse(m, p, checks,
            CodeBlock.of("$T.check$L($L,$W$L);\n", code.rules(), simple, checked, sink),
            CodeBlock.of("$T.parse$L(x.raw($S),$W$L);\n", code.rules(), simple, SchemaCode.rawKey(p), sink));
      }
      case TEXT -> checkOrParse(m, p, checks,
          CodeBlock.of("$T.check$L($L, sink);\n", code.rules(), simple, checked),
          CodeBlock.of("$T.parse$L(x.raw($S), sink);\n", code.rules(), simple, SchemaCode.rawKey(p)));
      case ELEMENT -> {
        String local = p.xmlName().localName();
        if (p.repeated()) {
          if (checks) {
            m.beginControlFlow("for (int i = 0; i < v.$N().size(); i++)", p.name())
                .addStatement("sink.enter($S, i + 1)", local)
                .addStatement("$T.check$L($L, sink)", code.rules(), simple, checked(p,
                    CodeBlock.of("v.$N().get(i)", p.name()), CodeBlock.of("x.raw($S + (i + 1) + $S)", local + "[", "]")))
                .addStatement("sink.exit()")
                .endControlFlow();
          }
        } else {
          checkOrParse(m, p, checks,
              CodeBlock.builder().addStatement("sink.enter($S, 0)", local)
                  .addStatement("$T.check$L($L, sink)", code.rules(), simple, checked)
                  .addStatement("sink.exit()").build(),
              CodeBlock.builder().addStatement("sink.enter($S, 0)", local)
                  .addStatement("$T.parse$L(x.raw($S), sink)", code.rules(), simple, SchemaCode.rawKey(p))
                  .addStatement("sink.exit()").build());
        }
      }
    }
    return m.build();
  }

  /**
   * The arguments of {@code checkX} before the sink: the value, and where the type's patterns match
   * how it is written, the text the writer writes for it (the document's, kept as {@code raw}, or
   * the canonical form), so the validator checks the document a write makes.
   */
  private CodeBlock checked(PropertyBinding p, CodeBlock value, CodeBlock raw) {
    if (!RulesWriter.patternsOnText(code, p.type().xmlType())) {
      return value;
    }
    return CodeBlock.of("$L,$W$T.written$L($L,$W$L)", value, code.rules(), code.simpleName(p.type()), raw, value);
  }

  /**
   * A single simple property: its value checked when present (if its type has a check), else the
   * raw text a lenient read kept parsed again for its findings. No empty branch is written.
   */
  private static void checkOrParse(CodeBlock.Builder m, PropertyBinding p, boolean checks, CodeBlock check,
      CodeBlock parse) {
    String key = SchemaCode.rawKey(p);
    if (SchemaCode.alwaysPresent(p)) {
      if (checks) {
        m.add(check);
      }
      return;
    }
    if (checks) {
      m.beginControlFlow("if ($L)", SchemaCode.present(p, "v"))
          .add(check)
          .nextControlFlow("else if (x.raw($S) != null)", key);
    } else {
      m.beginControlFlow("if ($L && x.raw($S) != null)", SchemaCode.absent(p, "v"), key);
    }
    m.add(parse).endControlFlow();
  }
}
