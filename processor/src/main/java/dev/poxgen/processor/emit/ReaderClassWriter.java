package dev.poxgen.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.poxgen.processor.model.ContentModel;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.naming.DocumentBinding;
import dev.poxgen.processor.naming.FamilyBinding;
import dev.poxgen.processor.model.Occurrence;
import dev.poxgen.processor.model.WildcardModel;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.JavaNames;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.ValueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import java.util.Optional;

/**
 * Writes the reader: one method per complex type, a switch on local names over the hardened
 * cursor, no reflection and no tree. Values are parsed from the characters; a String is made only
 * for what is kept.
 */
final class ReaderClassWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;
  private final List<FieldSpec> fields = new ArrayList<>();
  private final NamespaceConstants namespaceConstants;
  /** The static methods of the reader; helpers get names no other method has. */
  private final NameAllocator methodNames = new NameAllocator();
  private int ambiguities;
  /** Each type's slot for its spare builder ({@link #spareSlot}), made when first asked. */
  private Map<TypeBinding, Integer> spareSlots;
  /** The names of the methods that read a document a strict element wildcard takes; null when none does. */
  private String isDocument;
  private String readDocument;

  ReaderClassWriter(SchemaCode code, GeneratedSpec generated) {
    this.code = code;
    this.generated = generated;
    this.namespaceConstants = new NamespaceConstants(code);
  }

  TypeSpec write() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(code.reader())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("Reads documents of the schema into the generated types; see {@link $T}.\n", code.facade());
    generated.spec().ifPresent(spec::addAnnotation);
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    methodNames.newName("root");
    for (DocumentBinding root : roots()) {
      methodNames.newName(rootMethod(root));
    }
    for (TypeBinding t : code.bindings.types()) {
      methodNames.newName(readMethod(t.type().name()));
    }
    for (FamilyBinding f : code.bindings.families()) {
      methodNames.newName(FamilyMethods.readMethod(f));
    }
    for (DocumentBinding d : roots()) {
      if (d.value() instanceof FamilyBinding f && f.family().abstractBase()) {
        methodNames.newName(holdMethod(d));
      }
    }
    if (SchemaCode.takesDocuments(code.bindings)) {
      isDocument = methodNames.newName("isWildcardDocument");
      readDocument = methodNames.newName("readWildcardDocument");
      spec.addMethod(isDocument());
      spec.addMethod(readDocument());
    }
    spec.addMethod(anyRoot());
    for (DocumentBinding root : roots()) {
      spec.addMethod(typedRoot(root));
    }
    spec.addType(rootReader());
    FamilyMethods families = new FamilyMethods(code, namespaceConstants);
    for (FamilyBinding f : code.bindings.families()) {
      spec.addMethod(families.read(f));
    }
    for (DocumentBinding d : roots()) {
      if (d.value() instanceof FamilyBinding f && f.family().abstractBase()) {
        spec.addMethod(hold(d, f));
      }
    }
    for (TypeBinding t : code.bindings.types()) {
      spec.addMethods(read(t));
    }
    namespaceConstants.addTo(spec);
    fields.forEach(spec::addField);
    return spec.build();
  }

  List<DocumentBinding> roots() {
    return code.bindings.documents();
  }

  static String rootMethod(DocumentBinding root) {
    return "root" + root.className();
  }

  /** The nested class whose constants the facade hands {@code Reads.read}: see {@link #rootReader()}. */
  static final String ROOT_READER = "RootReader";
  /** Its constant for {@code root(c)}, the document element whichever it is. */
  static final String ANY_ROOT = "ANY";

  /**
   * The constants of {@link #ROOT_READER}, one per document element in the order of {@code
   * roots}: {@code AUTODISCOVER_RESPONSE} for {@code rootAutodiscoverResponse}, numbered where two
   * spell alike.
   */
  static List<String> rootConstants(List<DocumentBinding> roots) {
    Set<String> taken = new HashSet<>(List.of(ANY_ROOT));
    List<String> names = new ArrayList<>();
    for (DocumentBinding root : roots) {
      String base = JavaNames.constant(root.className());
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "_" + n;
      }
      names.add(name);
    }
    return names;
  }

  /**
   * {@code RootReader<T>}: the readers of the document element that the facade's reads hand to
   * {@code Reads.read}, a constant each. A class and not method references
   * ({@code AutodiscoverXmlReader::rootAutodiscoverResponse}): the first lambda a process makes
   * bootstraps method handles, about 4 ms of a cold start.
   */
  private TypeSpec rootReader() {
    TypeVariableName t = TypeVariableName.get("T");
    ClassName self = code.reader().nestedClass(ROOT_READER);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addJavadoc("$L", Javadocs.wrap("Reads the document element for each read of {@link "
            + code.facade().simpleName() + "}: a class with a constant per read, not method references, since a process's first lambda costs its cold start"
            + " the bootstrap of method handles."))
        .addJavadoc("\n@param <T> what the reader returns\n")
        .addModifiers(Modifier.STATIC, Modifier.FINAL)
        .addTypeVariable(t)
        .addSuperinterface(ParameterizedTypeName.get(
            ClassName.get(SchemaCode.RUNTIME, "Reads", "Root"), t));
    TypeName any = roots().isEmpty() ? ClassName.get(Object.class) : code.document();
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(self, any), ANY_ROOT,
            Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The document element, whichever of the schema's it is.\n")
        .initializer("$Znew $T<>(0)", self).build());
    List<String> constants = rootConstants(roots());
    for (int i = 0; i < roots().size(); i++) {
      DocumentBinding root = roots().get(i);
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(self,
              code.documentClass(root)), constants.get(i), Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("A document whose element is {@code <$L>}.\n", root.element().name().localName())
          .initializer("$Znew $T<>($L)", self, i + 1).build());
    }
    type.addField(int.class, "element", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(int.class, "element")
        .addStatement("this.element = element").build());
    MethodSpec.Builder read = MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "unchecked").build())
        .addComment("Each constant's T is what the method for its element returns.")
        .addModifiers(Modifier.PUBLIC)
        .returns(t)
        .addParameter(SchemaCode.CURSOR, "c")
        .addException(SchemaCode.READ_EXCEPTION);
    if (roots().isEmpty()) {
      read.addStatement("return ($T) root(c)", t);
    } else {
      read.beginControlFlow("switch (element)");
      for (int i = 0; i < roots().size(); i++) {
        read.addStatement("case $L: return ($T) $N(c)", i + 1, t, rootMethod(roots().get(i)));
      }
      read.addStatement("default: return ($T) root(c)", t);
      read.endControlFlow();
    }
    return type.addMethod(read.build()).build();
  }

  /**
   * Reads the document element {@code root}, entered already: {@code return readX(c)}, or, for a
   * document of a holder, {@code return ReplyTo.of(readX(c))}.
   */
  private CodeBlock returnDocument(DocumentBinding root) {
    if (root.value() instanceof FamilyBinding f) {
      CodeBlock read = CodeBlock.of("$N(c,$W$L)", FamilyMethods.readMethod(f), SchemaCode.blockMask(root.element().blocked()));
      // An element of an abstract type that names no type derived from it: kept, no document.
      return f.family().abstractBase()
          ? CodeBlock.of("return $N($L)", holdMethod(root), read)
          : CodeBlock.of("return $T.of($L)", code.documentClass(root), read);
    }
    String read = readMethod(root.value().xmlType());
    return root.holds()
        ? CodeBlock.of("return $T.of($L(c))", code.documentClass(root), read)
        : CodeBlock.of("return $L(c)", read);
  }

  /** {@code holdRoleDescriptor}: the document of an element of an abstract type, or none for no value. */
  private static String holdMethod(DocumentBinding d) {
    return "hold" + d.className();
  }

  /** The document holding a value of an abstract type's family, or null where the value is none. */
  private MethodSpec hold(DocumentBinding d, FamilyBinding f) {
    return MethodSpec.methodBuilder(holdMethod(d))
        .addJavadoc("$L", Javadocs.wrap("The document {@code " + d.className() + "} of the value {@code v}, or"
            + " null where there is none: the element named no type derived from its abstract type."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(code.documentClass(d))
        .addParameter(code.valueClass(f), "v")
        .addStatement("return v == null ? null : $T.of(v)", code.documentClass(d))
        .build();
  }

  /** Whether a document a wildcard takes may be none: one of an abstract type that names no derived type. */
  private boolean documentMayBeNone() {
    return roots().stream().anyMatch(d -> d.value() instanceof FamilyBinding f && f.family().abstractBase());
  }

  // ---- roots

  private MethodSpec anyRoot() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("root")
        .addJavadoc("Reads the document element, whichever of the schema's it is.\n")
        .addModifiers(Modifier.STATIC)
        .returns(roots().isEmpty() ? ClassName.get(Object.class) : code.document())
        .addParameter(SchemaCode.CURSOR, "c")
        .addException(SchemaCode.READ_EXCEPTION);
    m.beginControlFlow("switch (c.localName())");
    for (Map.Entry<String, List<DocumentBinding>> e : rootsByLocalName().entrySet()) {
      m.beginControlFlow("case $S:", e.getKey());
      m.addStatement("c.enter($S, 0)", e.getKey());
      List<DocumentBinding> candidates = e.getValue();
      if (candidates.size() == 1) {
        ElementModel r = candidates.get(0).element();
        m.addStatement("c.expectNamespace($L)", namespaceConstants.of(r.name().namespace()));
        code.identity().of(r).ifPresent(x -> m.addStatement("c.identity($L)", x));
        nillable(m, r);
        m.addStatement(returnDocument(candidates.get(0)));
      } else {
        choose(m, candidates.stream().map(DocumentBinding::element).toList(), e.getKey());
        m.beginControlFlow("switch (which)");
        for (int i = 0; i < candidates.size(); i++) {
          ElementModel r = candidates.get(i).element();
          Optional<CodeBlock> constraints = code.identity().of(r);
          if (constraints.isPresent() || r.nillable()) {
            m.addCode("case $L:\n$>", i);
            constraints.ifPresent(x -> m.addStatement("c.identity($L)", x));
            nillable(m, r);
            m.addStatement(returnDocument(candidates.get(i)))
                .addCode("$<");
          } else {
            m.addStatement("case $L: $L", i, returnDocument(candidates.get(i)));
          }
        }
        m.addStatement("default: throw new $T(\"declaration \" + which)", IllegalStateException.class);
        m.endControlFlow();
      }
      m.endControlFlow();
    }
    String expected = roots().isEmpty()
        ? "no element at all: the schema declares no global element, so no document is valid against it"
        : roots().stream().map(r -> "<" + r.element().name().localName() + ">").distinct()
            .collect(Collectors.joining(", "));
    m.addStatement("default: throw c.unknownRoot($L)", SchemaCode.literal(expected));
    m.endControlFlow();
    return m.build();
  }

  /** Whether an element of this name is one of the schema's documents, which a strict element wildcard takes. */
  private MethodSpec isDocument() {
    MethodSpec.Builder m = MethodSpec.methodBuilder(isDocument)
        .addJavadoc("$L", Javadocs.wrap("Whether the element {@code localName} in {@code namespace} is one of the"
            + " schema's documents, as a strict or lax element wildcard takes it."))
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(String.class, "namespace")
        .addParameter(String.class, "localName")
        .beginControlFlow("switch (localName)");
    for (Map.Entry<String, List<DocumentBinding>> e : rootsByLocalName().entrySet()) {
      m.addCode("case $S:\n$>", e.getKey())
          .addStatement("return $L", e.getValue().stream()
              .map(r -> CodeBlock.of("namespace.equals($L)", namespaceConstants.of(r.element().name().namespace())))
              .collect(CodeBlock.joining("$W|| ")))
          .addCode("$<");
    }
    return m.addCode("default:\n$>").addStatement("return false").addCode("$<")
        .endControlFlow()
        .build();
  }

  /** Reads a document a strict element wildcard took, entered already, as the global element it is. */
  private MethodSpec readDocument() {
    MethodSpec.Builder m = MethodSpec.methodBuilder(readDocument)
        .addJavadoc("$L", Javadocs.wrap("Reads the current element, which a strict element wildcard took and the"
            + " caller has entered, as the document it is (" + Javadocs.code(isDocument) + " said it is one)."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(code.document())
        .addParameter(SchemaCode.CURSOR, "c")
        .addException(SchemaCode.READ_EXCEPTION)
        .addStatement("String namespace = c.namespace()")
        .beginControlFlow("switch (c.localName())");
    for (Map.Entry<String, List<DocumentBinding>> e : rootsByLocalName().entrySet()) {
      m.addCode("case $S:\n$>", e.getKey());
      for (DocumentBinding d : e.getValue()) {
        ElementModel r = d.element();
        m.beginControlFlow("if (namespace.equals($L))", namespaceConstants.of(r.name().namespace()));
        code.identity().of(r).ifPresent(x -> m.addStatement("c.identity($L)", x));
        nillable(m, r);
        m.addStatement(returnDocument(d))
            .endControlFlow();
      }
      m.addStatement("break").addCode("$<");
    }
    return m.addCode("default:\n$>").addStatement("break").addCode("$<")
        .endControlFlow()
        .addStatement("throw new $T($S + c.localName())", IllegalStateException.class, "not a document: ")
        .build();
  }

  private Map<String, List<DocumentBinding>> rootsByLocalName() {
    Map<String, List<DocumentBinding>> byName = new LinkedHashMap<>();
    for (DocumentBinding r : roots()) {
      byName.computeIfAbsent(r.element().name().localName(), k -> new ArrayList<>()).add(r);
    }
    return byName;
  }

  private MethodSpec typedRoot(DocumentBinding document) {
    ElementModel root = document.element();
    ClassName type = code.documentClass(document);
    MethodSpec.Builder m = MethodSpec.methodBuilder(rootMethod(document))
        .addJavadoc("Reads the document element as {@code <$L>}.\n", root.name().localName())
        .addModifiers(Modifier.STATIC)
        .returns(type)
        .addParameter(SchemaCode.CURSOR, "c")
        .addException(SchemaCode.READ_EXCEPTION)
        .beginControlFlow("if (!c.localName().equals($S))", root.name().localName())
        .addStatement("throw c.unknownRoot($S$W+ $L)", "<" + root.name().localName() + "> of ",
            root.name().namespace().isEmpty() ? CodeBlock.of("$S", "") : namespaceConstants.of(root.name().namespace()))
        .endControlFlow()
        .addStatement("c.enter($S, 0)", root.name().localName())
        .addStatement("c.expectNamespace($L)", namespaceConstants.of(root.name().namespace()));
    code.identity().of(root).ifPresent(x -> m.addStatement("c.identity($L)", x));
    nillable(m, root);
    return m.addStatement(returnDocument(document)).build();
  }

  /** For a nillable document element: tells the cursor, before its attributes are bound. */
  private static void nillable(MethodSpec.Builder m, ElementModel root) {
    if (root.nillable()) {
      m.addStatement("c.nillable($L)", root.fixedValue().isPresent());
    }
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
        .addStatement("int which = $T.choose(namespace, c.peekFirstChild(),$W$N,$W$N)", SchemaCode.AMBIGUITY,
            fieldNames[0], fieldNames[1])
        .addStatement("c.expectNamespace(namespace, $N[which], $S)", fieldNames[0], localName);
  }

  /**
   * The constants {@link #choose} and {@link #chooseChild} need for declarations sharing a
   * local name: their namespaces and their types' child names. Returns the two field names.
   */
  private String[] ambiguityFields(List<ElementModel> candidates) {
    int n = ++ambiguities;
    String namespaces = "AMBIGUOUS_" + n + "_NAMESPACES";
    String children = "AMBIGUOUS_" + n + "_CHILDREN";
    fields.add(FieldSpec.builder(ArrayTypeName.of(String.class), namespaces, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", candidates.stream().map(c -> namespaceConstants.of(c.name().namespace())).collect(CodeBlock.joining(",$W")))
        .build());
    fields.add(FieldSpec.builder(ArrayTypeName.of(ArrayTypeName.of(String.class)), children, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", candidates.stream().map(c -> {
          List<String> names = c.type() instanceof dev.poxgen.processor.model.TypeRef.Complex cx
              ? code.bindings.model().anyComplexType(cx.name()).map(x -> x.elements()).orElse(List.of()).stream()
                  .filter(e -> !e.isWildcard()).map(e -> e.name().localName()).distinct().toList()
              : List.of();
          return CodeBlock.of("{$L}", names.stream().map(x -> CodeBlock.of("$S", x)).collect(CodeBlock.joining(",$W")));
        }).collect(CodeBlock.joining(",$W")))
        .build());
    return new String[] {namespaces, children};
  }

  // ---- one complex type

  /**
   * The reader of one complex type and its helpers: {@code readX} binds the attributes, the text
   * and the children through one small method each, so no method grows with the type. Names a
   * dispatch can hold are split into runs of at most {@link #NAMES_PER_SWITCH}.
   */
  private List<MethodSpec> read(TypeBinding t) {
    ClassName value = code.valueClass(t);
    ClassName builder = value.nestedClass("Builder");
    List<MethodSpec> dispatchers = new ArrayList<>();
    List<MethodSpec> helpers = new ArrayList<>();
    MethodSpec.Builder m = MethodSpec.methodBuilder(readMethod(t.type().name()))
        .addJavadoc("$L", Javadocs.wrap("Reads a " + Javadocs.code(t.className())
            + " from its start tag, which the caller has entered, to its end tag."))
        .addModifiers(Modifier.STATIC)
        .returns(value)
        .addParameter(SchemaCode.CURSOR, "c")
        .addException(SchemaCode.READ_EXCEPTION)
        .addStatement("$T b = ($T) c.spare($L)", builder, builder, spareSlot(t))
        .beginControlFlow("if (b == null)")
        .addStatement("b = $T.builder()", value)
        .endControlFlow();
    if (t.type().mixed()) {
      m.addStatement("c.mixed()");
    }
    attributes(m, t, builder, dispatchers, helpers);
    t.properties().stream().filter(p -> p.source() == PropertyBinding.Source.TEXT).findFirst()
        .ifPresent(p -> text(m, t, p, code.nilCapable(t.type().name())));
    if (t.type().content().isPresent() || t.type().simpleContent().isEmpty()) {
      children(m, t, builder, dispatchers, helpers);
    }
    m.addStatement("b.extras(c.takeExtras())")
        .addStatement("$T value = b.build()", value)
        // The next value of this type, a sibling's most often, is built with the emptied builder.
        .addStatement("b.reset()")
        .addStatement("c.spare($L, b)", spareSlot(t));
    if (RulesWriter.checksStructure(code, t)) {
      m.addStatement("$T.check$L(value, c)", code.rules(), t.className());
    }
    m.addStatement("c.leave()")
        .addStatement("return value");
    List<MethodSpec> out = new ArrayList<>();
    out.add(m.build());
    out.addAll(dispatchers);
    out.addAll(helpers);
    return out;
  }

  /** The cursor's slot for the spare builder of a type's values: the type's place among the types. */
  private int spareSlot(TypeBinding t) {
    if (spareSlots == null) {
      spareSlots = new java.util.IdentityHashMap<>();
      List<TypeBinding> all = code.bindings.types();
      for (int i = 0; i < all.size(); i++) {
        spareSlots.put(all.get(i), i);
      }
    }
    Integer slot = spareSlots.get(t);
    if (slot == null) {
      throw new IllegalStateException("the type " + t.className() + " is not among the bindings' types");
    }
    return slot;
  }

  /** The most cases one generated {@code switch} on names holds; more go to a second method. */
  static final int NAMES_PER_SWITCH = 40;

  private void attributes(MethodSpec.Builder m, TypeBinding t, ClassName builder, List<MethodSpec> dispatchers,
      List<MethodSpec> out) {
    List<PropertyBinding> attrs = t.properties().stream()
        .filter(p -> p.source() == PropertyBinding.Source.ATTRIBUTE).toList();
    XmlName type = t.type().name();
    CodeBlock unknown = CodeBlock.of("c.unknownAttribute(i, $L, $S)", namespaceConstants.of(type.namespace()),
        t.type().anonymous() ? "" : type.localName());
    // xs:anyAttribute: what no declaration took and the wildcard allows is kept in the extras.
    CodeBlock notWildcard = t.type().anyAttribute()
        .map(w -> CodeBlock.of("!c.wildcardAttribute(i,$W$N)", wildcard(t, w)))
        .orElse(null);
    t.properties().stream().filter(p -> p.source() == PropertyBinding.Source.TEXT && code.readsSimpleXsiType(t, p))
        .findFirst()
        // A document element of a simple type: its xsi:type may name a type derived from that.
        .ifPresent(p -> m.addStatement("c.xsiTypes($T.$N)", code.rules(),
            RulesWriter.xsiField(code.simpleName(p.type()))));
    m.beginControlFlow("for (int i = 0, n = c.attributeCount(); i < n; i++)");
    if (attrs.isEmpty() && notWildcard == null) {
      m.addStatement(unknown);
    } else if (attrs.isEmpty()) {
      m.beginControlFlow("if ($L)", notWildcard)
          .addStatement(unknown)
          .endControlFlow();
    } else {
      // Attributes of one local name in several namespaces share a case: each helper checks its own.
      Map<String, List<String>> helpers = new LinkedHashMap<>();
      for (PropertyBinding p : attrs) {
        MethodSpec helper = attribute(t, p, builder);
        helpers.computeIfAbsent(p.xmlName().localName(), k -> new ArrayList<>()).add(helper.name());
        out.add(helper);
      }
      List<String> locals = new ArrayList<>(helpers.keySet());
      List<MethodSpec> dispatch = dispatch("attributeOf" + t.className(), locals.size(), locals::get,
          k -> statement("return $L", helpers.get(locals.get(k)).stream()
              .map(h -> CodeBlock.of("$N(c, b, i)", h)).collect(CodeBlock.joining("$W|| "))),
          name -> MethodSpec.methodBuilder(name)
              .addJavadoc("$L", Javadocs.wrap("Binds the {@code i}-th attribute of the current element when it is"
                  + " one of a {@code " + t.className() + "}'s; false when it is not."))
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(boolean.class)
              .addParameter(SchemaCode.CURSOR, "c")
              .addParameter(builder, "b")
              .addParameter(int.class, "i"),
          "switch (c.attributeLocalName(i))", next -> statement("return $N(c, b, i)", next));
      dispatchers.addAll(dispatch);
      m.beginControlFlow("if (!$N(c, b, i)$L)", dispatch.get(0),
              notWildcard == null ? CodeBlock.of("") : CodeBlock.of("$W&& $L", notWildcard))
          .addStatement(unknown)
          .endControlFlow();
    }
    m.endControlFlow();
    m.addStatement("c.attributesDone()");
  }

  /**
   * The constant of the reader that holds a type's attribute wildcard: its namespace constraint
   * and whether it is strict ({@code processContents="strict"}).
   */
  private String wildcard(TypeBinding t, WildcardModel w) {
    boolean checks = w.processContents() != WildcardModel.ProcessContents.SKIP
        && code.bindings.model().globalAttributes().keySet().stream().anyMatch(a -> w.allows(a.namespace()));
    return wildcard(wildcardField(t), "The attribute wildcard of a {@code " + t.className() + "}: ", w,
        checks ? CodeBlock.of("$>$>\n.declaredBy($T::globalAttribute)$<$<", code.rules()) : CodeBlock.of(""));
  }

  /**
   * The constant of the reader that holds a type's element wildcard ({@code xs:any}): as {@link
   * #wildcard(TypeBinding, WildcardModel)}, with the names of the elements the type declares,
   * which it never takes.
   */
  private String elementWildcard(TypeBinding t, PropertyBinding any, WildcardModel w, Slots slots) {
    CodeBlock.Builder declared = CodeBlock.builder();
    for (PropertyBinding p : slots.elements()) {
      if (SchemaCode.wildcard(t, p).isEmpty()) {
        CodeBlock max = p.occurrence().max() == Occurrence.UNBOUNDED ? CodeBlock.of("$T.MAX_VALUE", Integer.class)
            : CodeBlock.of("$L", p.occurrence().max());
        for (XmlName n : p.spellings()) {
          declared.add("\n.besides($L, $S, $L, $L)", namespaceConstants.of(n.namespace()), n.localName(), slots.of(p), max);
        }
      }
    }
    return wildcard(elementWildcardField(t, any), "The element wildcard of a {@code " + t.className() + "}: ", w,
        declared.isEmpty() ? CodeBlock.of("") : CodeBlock.of("$>$>$L$<$<", declared.build()));
  }

  private String wildcard(String name, String doc, WildcardModel w, CodeBlock besides) {
    CodeBlock namespaces = w.namespaces().stream().map(namespaceConstants::of).collect(CodeBlock.joining(",$W"));
    boolean strict = w.processContents() == WildcardModel.ProcessContents.STRICT;
    CodeBlock init = switch (w.constraint()) {
      case ANY -> CodeBlock.of("$T.any($L)", WILDCARD, strict);
      case OTHER -> w.namespaces().isEmpty() ? CodeBlock.of("$T.other($L)", WILDCARD, strict)
          : CodeBlock.of("$T.other($L,$W$L)", WILDCARD, strict, namespaces);
      case LIST -> w.namespaces().isEmpty() ? CodeBlock.of("$T.only($L)", WILDCARD, strict)
          : CodeBlock.of("$T.only($L,$W$L)", WILDCARD, strict, namespaces);
    };
    fields.add(FieldSpec.builder(WILDCARD, name, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L", Javadocs.wrap(doc + Javadocs.code(w.toString()) + "."))
        .initializer("$L$L", init, besides)
        .build());
    return name;
  }

  /** The name of the reader's constant for a type's element wildcard, which the validator uses too. */
  static String elementWildcardField(TypeBinding t, PropertyBinding p) {
    String n = p.xmlName().localName().substring(ElementModel.WILDCARD_NAME.localName().length());
    return "ANY_ELEMENT_" + (n.isEmpty() ? "" : n + "_") + "OF_" + JavaNames.constant(t.className());
  }

  static final ClassName WILDCARD = ClassName.get(SchemaCode.RUNTIME, "Wildcard");

  /** The name of the reader's constant for a type's attribute wildcard, which the validator uses too. */
  static String wildcardField(TypeBinding t) {
    return "ANY_ATTRIBUTE_OF_" + JavaNames.constant(t.className());
  }

  /** Binds one declared attribute; false when its namespace is not the declaration's. */
  private MethodSpec attribute(TypeBinding t, PropertyBinding p, ClassName builder) {
    String name = p.xmlName().localName();
    String simple = code.simpleName(p.type());
    return MethodSpec.methodBuilder(helperName(p, t))
        .addJavadoc("$L", Javadocs.wrap("Binds the attribute {@code " + name + "} of a {@code " + t.className()
            + "}: the {@code i}-th of the current element."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(SchemaCode.CURSOR, "c")
        .addParameter(builder, "b")
        .addParameter(int.class, "i")
        .beginControlFlow("if (!c.attributeNamespace(i).equals($L))", namespaceConstants.of(p.xmlName().namespace()))
        .addStatement("return false")
        .endControlFlow()
        .addStatement("String raw = c.attributeValue(i)")
        .addStatement("$T v = $T.parse$L(raw,$Wc.attributeSink($S))", code.parsed(p.type()), code.rules(), simple, name)
        .beginControlFlow(code.bindings.model().holdsQName(p.type().xmlType()) ? CodeBlock.of("if (v == null)")
            : CodeBlock.of("if (v == null || !raw.equals($T.lexical$L(v)))", code.rules(), simple))
        .addStatement("c.keepRaw($S, raw)", SchemaCode.rawKey(p))
        .endControlFlow()
        .addStatement("b.$N(v)", p.name())
        .addStatement("return true")
        .build();
  }

  /**
   * The value of the current element's text, as its declared type, or, where {@code xsi} and its
   * {@code xsi:type} names a type derived from that, checked as the type it names.
   */
  private CodeBlock textParse(String simple, boolean xsi) {
    return xsi
        ? CodeBlock.of("c.xsiIndex() < 0\n? $T.parse$L(c.textBuffer(), c.textLength(), c)\n"
            + ": $T.xsi$L(c.xsiIndex(), c.textBuffer(), c.textLength(), c)", code.rules(), simple, code.rules(), simple)
        : CodeBlock.of("$T.parse$L(c.textBuffer(),$Wc.textLength(),$Wc)", code.rules(), simple);
  }

  /**
   * The value of an empty element that has a default: the default, checked as the type its
   * {@code xsi:type} names where {@code xsi} and it names one (XML Schema checks the default as the
   * element's actual type).
   */
  private CodeBlock defaultParse(PropertyBinding p, String simple, boolean xsi) {
    String value = p.defaultValue().orElseThrow();
    // A QName in it is resolved where the schema declares it, not where the document leaves it out.
    CodeBlock sink = SchemaCode.defaultSink(code.bindings, p, CodeBlock.of("c"));
    CodeBlock declared = CodeBlock.of("$T.parse$L($S,$W$L)", code.rules(), simple, value, sink);
    return xsi ? CodeBlock.of("c.xsiIndex() < 0\n? $L\n: $T.xsi$L(c.xsiIndex(), $S.toCharArray(), $L,$W$L)", declared,
        code.rules(), simple, value, value.length(), sink) : declared;
  }

  private void text(MethodSpec.Builder m, TypeBinding t, PropertyBinding p, boolean nilCapable) {
    String simple = code.simpleName(p.type());
    m.addStatement("c.readText()");
    if (nilCapable) {
      // A nil element's empty text is no value, not even the default.
      m.beginControlFlow("if (!c.nil() || c.textLength() > 0)");
    }
    boolean xsi = code.readsSimpleXsiType(t, p);
    CodeBlock parse = textParse(simple, xsi);
    if (p.defaultValue().isPresent()) {
      // XML Schema: an element with a default that is empty takes the default, checked as the xsi:type.
      m.addStatement("$T text = c.textLength() == 0\n? $L\n: $L", code.parsed(p.type()), defaultParse(p, simple, xsi),
          parse);
    } else {
      m.addStatement("$T text = $L", code.parsed(p.type()), parse);
    }
    m.beginControlFlow("if (text == null$W|| !$T.canonical$L(c.textBuffer(), c.textLength(), text))", code.rules(), simple)
        .addStatement("c.keepRaw($S, c.text())", SchemaCode.rawKey(p))
        .endControlFlow()
        .addStatement("b.$N(text)", p.name());
    if (nilCapable) {
      m.endControlFlow();
    }
  }

  /**
   * The loop over the children. {@code seen[k]} counts the {@code k}-th element property read so
   * far; where the schema orders the children, one more slot holds the schema position of the
   * last one read.
   */
  private void children(MethodSpec.Builder m, TypeBinding t, ClassName builder, List<MethodSpec> dispatchers,
      List<MethodSpec> out) {
    List<PropertyBinding> elements = t.properties().stream()
        .filter(p -> p.source() == PropertyBinding.Source.ELEMENT).toList();
    if (elements.isEmpty()) {
      m.beginControlFlow("while (c.nextChild())")
          .addStatement("c.unknownElement()")
          .endControlFlow();
      return;
    }
    Map<XmlName, Integer> order = ContentModel.of(t.type()).order();
    boolean ordered = order.values().stream().anyMatch(i -> i >= 0);
    Slots slots = new Slots(elements, ordered ? elements.size() : -1);
    // xs:any: the elements each takes, tried first, since none takes a name a declaration still
    // can; the type's wildcards in the order of its content model.
    List<PropertyBinding> anys = elements.stream().filter(p -> SchemaCode.wildcard(t, p).isPresent()).toList();
    List<String> anyFields = new ArrayList<>();
    for (PropertyBinding any : anys) {
      anyFields.add(elementWildcard(t, any, SchemaCode.wildcard(t, any).orElseThrow(), slots));
    }
    List<MethodSpec> anyHelpers = new ArrayList<>();
    for (int i = 0; i < anys.size(); i++) {
      MethodSpec helper = wildcardChild(t, builder, anys.get(i), anyFields.get(i),
          anys.subList(i + 1, anys.size()), anyFields.subList(i + 1, anyFields.size()), order, slots);
      anyHelpers.add(helper);
      out.add(helper);
    }
    Map<String, List<PropertyBinding>> byLocal = new LinkedHashMap<>();
    for (PropertyBinding p : elements) {
      if (anys.contains(p)) {
        continue;
      }
      for (XmlName spelling : p.spellings()) {
        byLocal.computeIfAbsent(spelling.localName(), k -> new ArrayList<>()).add(p);
      }
    }
    List<String> locals = new ArrayList<>(byLocal.keySet());
    List<String> handlers = new ArrayList<>();
    for (Map.Entry<String, List<PropertyBinding>> e : byLocal.entrySet()) {
      List<PropertyBinding> candidates = e.getValue();
      if (candidates.size() == 1) {
        MethodSpec helper = child(t, builder, candidates.get(0), e.getKey(), order, slots, false);
        out.add(helper);
        handlers.add(helper.name());
      } else {
        List<MethodSpec> chosen = new ArrayList<>();
        for (PropertyBinding p : candidates) {
          chosen.add(child(t, builder, p, e.getKey(), order, slots, true));
        }
        MethodSpec choose = chooseChild(t, builder, candidates, chosen, e.getKey());
        out.add(choose);
        out.addAll(chosen);
        handlers.add(choose.name());
      }
    }
    List<MethodSpec> dispatch = locals.isEmpty() ? List.of() : dispatch("childOf" + t.className(), locals.size(), locals::get,
        k -> CodeBlock.builder().addStatement("$N(c, b, seen)", handlers.get(k)).addStatement("return true").build(),
        name -> MethodSpec.methodBuilder(name)
            .addJavadoc("$L", Javadocs.wrap("Reads the current child when it is one a {@code " + t.className()
                + "} declares; false when it is not."))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(boolean.class)
            .addParameter(SchemaCode.CURSOR, "c")
            .addParameter(builder, "b")
            .addParameter(int[].class, "seen")
            .addException(SchemaCode.READ_EXCEPTION),
        "switch (c.localName())", next -> statement("return $N(c, b, seen)", next));
    dispatchers.addAll(dispatch);
    m.addComment(ordered
        ? "How many of each child were read, by property; last, the schema position of the last one"
        : "How many of each child were read, by property");
    m.addStatement("int[] seen = c.counts($L)", elements.size() + (ordered ? 1 : 0));
    if (ordered) {
      m.addStatement("seen[$L] = -1", slots.order());
    }
    List<CodeBlock> tries = new ArrayList<>();
    anyHelpers.forEach(h -> tries.add(CodeBlock.of("!$N(c, b, seen)", h)));
    if (!dispatch.isEmpty()) {
      tries.add(CodeBlock.of("!$N(c, b, seen)", dispatch.get(0)));
    }
    CodeBlock unknown = anys.isEmpty() ? CodeBlock.of("c.unknownElement()")
        : CodeBlock.of("c.unknownElement($L)", anyFields.stream().map(f -> CodeBlock.of("$N", f))
            .collect(CodeBlock.joining(",$W")));
    m.beginControlFlow("while (c.nextChild())")
        .beginControlFlow("if ($L)", CodeBlock.join(tries, "$W&& "))
        .addStatement(unknown)
        .endControlFlow()
        .endControlFlow();
  }

  /**
   * Reads the current child into the property of the type's element wildcard when the wildcard
   * takes it: kept as XML, counted, in order; false, with nothing read, when it does not.
   */
  private MethodSpec wildcardChild(TypeBinding t, ClassName builder, PropertyBinding p, String field,
      List<PropertyBinding> later, List<String> laterFields, Map<XmlName, Integer> order, Slots slots) {
    int max = p.occurrence().max();
    CodeBlock limit = max == Occurrence.UNBOUNDED ? CodeBlock.of("$T.MAX_VALUE", Integer.class) : CodeBlock.of("$L", max);
    MethodSpec.Builder m = MethodSpec.methodBuilder(helperName(p, t))
        .addJavadoc("$L", Javadocs.wrap("Reads the current child of a {@code " + t.className() + "} as one its element"
            + " wildcard takes, kept as XML; false when the wildcard does not take it."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(SchemaCode.CURSOR, "c")
        .addParameter(builder, "b")
        .addParameter(int[].class, "seen")
        .addException(SchemaCode.READ_EXCEPTION)
        .beginControlFlow("if (!$N.takesElement(c.namespace(),$Wc.localName(),$Wseen))", field)
        .addStatement("return false")
        .endControlFlow();
    Integer position = order.getOrDefault(p.xmlName(), -1);
    List<CodeBlock> done = new ArrayList<>();
    if (max != Occurrence.UNBOUNDED) {
      done.add(CodeBlock.of("seen[$L] >= $L", slots.of(p), max));
    }
    if (slots.order() >= 0 && position >= 0) {
      done.add(CodeBlock.of("seen[$L] > $L", slots.order(), position));
    }
    if (!later.isEmpty() && !done.isEmpty()) {
      // One a later wildcard takes too goes there once this one is full or passed, and once the
      // children the schema requires between the two were read.
      List<CodeBlock> takers = new ArrayList<>();
      for (int j = 0; j < later.size(); j++) {
        CodeBlock takes = CodeBlock.of("$N.takesElement(c.namespace(),$Wc.localName(),$Wseen)", laterFields.get(j));
        int gate = gate(slots, order, position, order.getOrDefault(later.get(j).xmlName(), -1));
        takers.add(gate < 0 ? takes : CodeBlock.of("seen[$L] >= $L$W&& $L", slots.order(), gate, takes));
      }
      CodeBlock takenLater = CodeBlock.join(takers, "$W|| ");
      m.beginControlFlow("if (($L)$W&& ($L))", CodeBlock.join(done, "$W|| "), takenLater)
          .addStatement("return false")
          .endControlFlow();
    }
    boolean documents = p.type().kind() == ValueKind.DOCUMENT;
    boolean lax = p.type().kind() == ValueKind.LAX_DOCUMENT;
    if (documents) {
      // Strict: a global element, read as the document it is; any other is an error, kept.
      m.beginControlFlow("if (!$N(c.namespace(),$Wc.localName()))", isDocument)
          .addStatement("c.undeclaredForWildcard()")
          .addStatement("return true")
          .endControlFlow()
          .beginControlFlow("if (c.enterChild(seen,$W$L,$W$L,$Wc.localName(),$W$L,$Wc.namespace()) == 0)", slots.of(p),
              limit, p.repeated())
          .addStatement("return true")
          .endControlFlow();
    } else {
      m.beginControlFlow("if (c.enterWildcard(seen,$W$L,$W$L,$W$L,$W$N) == 0)", slots.of(p), limit, p.repeated(), field)
          .addStatement("return true")
          .endControlFlow();
    }
    if (slots.order() >= 0 && position >= 0) {
      m.addStatement("c.inOrder(seen,$W$L,$W$L,$Wc.localName())", slots.order(), position);
    }
    String add = p.repeated() ? p.adderName() : p.name();
    if ((documents || lax) && documentMayBeNone()) {
      // A document of an abstract type that names no type derived from it is kept, and is none.
      if (lax) {
        m.beginControlFlow("if (!$N(c.namespace(),$Wc.localName()))", isDocument)
            .addStatement("b.$N($T.xml(c.keepAny()))", add, JavaTypes.LAX)
            .addStatement("return true")
            .endControlFlow();
      }
      return m.addStatement("$T item = $N(c)", code.document(), readDocument)
          .beginControlFlow("if (item != null)")
          .addStatement("b.$N($L)", add, lax ? CodeBlock.of("$T.typed(item)", JavaTypes.LAX) : CodeBlock.of("item"))
          .endControlFlow()
          .addStatement("return true")
          .build();
    }
    CodeBlock item = documents ? CodeBlock.of("$N(c)", readDocument)
        : lax ? CodeBlock.of("$N(c.namespace(),$Wc.localName())$W? $T.typed($N(c))$W: $T.xml(c.keepAny())",
            isDocument, JavaTypes.LAX, readDocument, JavaTypes.LAX)
        : CodeBlock.of("c.keepAny()");
    return m.addStatement("b.$N($L)", add, item)
        .addStatement("return true")
        .build();
  }

  /**
   * The schema position of the last child the schema requires between the positions {@code from}
   * and {@code to}, which an element must follow to be taken at {@code to}; -1 when there is
   * none or the children are not ordered.
   */
  private static int gate(Slots slots, Map<XmlName, Integer> order, int from, int to) {
    if (slots.order() < 0 || from < 0 || to < 0) {
      return -1;
    }
    int gate = -1;
    for (PropertyBinding q : slots.elements()) {
      int at = order.getOrDefault(q.xmlName(), -1);
      if (at > from && at < to && q.occurrence().min() >= 1) {
        gate = Math.max(gate, at);
      }
    }
    return gate;
  }

  /** Where each element property counts in {@code seen}, and the slot of the order (-1: none). */
  private record Slots(List<PropertyBinding> elements, int order) {
    int of(PropertyBinding p) {
      return elements.indexOf(p);
    }
  }

  /**
   * A switch from names to one statement each, in methods of at most {@link #NAMES_PER_SWITCH}
   * cases; each method's default goes on to the next, the last one's returns false.
   */
  private List<MethodSpec> dispatch(String baseName, int count, IntFunction<String> name,
      IntFunction<CodeBlock> body, Function<String, MethodSpec.Builder> header,
      String switchOn, Function<String, CodeBlock> next) {
    List<List<Integer>> runs = Chunks.of(IntStream.range(0, count).boxed().toList(), NAMES_PER_SWITCH);
    List<String> names = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) {
      names.add(methodNames.newName(r == 0 ? baseName : baseName + (r + 1)));
    }
    List<MethodSpec> out = new ArrayList<>();
    for (int r = 0; r < runs.size(); r++) {
      MethodSpec.Builder m = header.apply(names.get(r)).beginControlFlow(switchOn);
      for (int k : runs.get(r)) {
        m.addCode("case $S:\n$>", name.apply(k)).addCode(body.apply(k)).addCode("$<");
      }
      m.addCode("default:\n$>")
          .addCode(r + 1 < runs.size() ? next.apply(names.get(r + 1)) : statement("return false"))
          .addCode("$<")
          .endControlFlow();
      out.add(m.build());
    }
    return out;
  }

  private static CodeBlock statement(String format, Object... args) {
    return CodeBlock.builder().addStatement(format, args).build();
  }

  /** The name of a property's helper: {@code readSslInProtocol}, unique in the class. */
  private String helperName(PropertyBinding p, TypeBinding t) {
    return methodNames.newName("read" + JavaNames.capitalize(p.name()) + "In" + t.className());
  }

  /** The helper of a child as the document spells it: {@code readRedirectUrlSpelledRedirectURLInAccount}. */
  private String helperName(PropertyBinding p, String spelled, TypeBinding t) {
    if (spelled.equals(p.xmlName().localName())) {
      return helperName(p, t);
    }
    return methodNames.newName("read" + JavaNames.capitalize(p.name()) + "Spelled" + spelled + "In" + t.className());
  }

  /**
   * Reads a child whose local name several declarations share: enters it under that name, chooses
   * the declaration from its first child, checks the namespace, then reads it as the chosen one.
   */
  private MethodSpec chooseChild(TypeBinding t, ClassName builder, List<PropertyBinding> candidates, List<MethodSpec> chosen,
      String localName) {
    List<ElementModel> models = candidates.stream()
        .map(p -> t.type().elements().stream()
            .filter(x -> x.name().equals(XmlName.of(p.xmlName().namespace(), localName))).findFirst().orElseThrow())
        .toList();
    MethodSpec.Builder m = MethodSpec.methodBuilder(
            methodNames.newName("choose" + JavaNames.capitalize(localName) + "In" + t.className()))
        .addJavadoc("$L", Javadocs.wrap("Reads a child {@code <" + localName + ">} of a {@code " + t.className()
            + "}, as the declaration its content and namespace choose."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(SchemaCode.CURSOR, "c")
        .addParameter(builder, "b")
        .addParameter(int[].class, "seen")
        .addException(SchemaCode.READ_EXCEPTION);
    // Enter under the shared name first; the namespace is checked once the declaration is chosen.
    String[] fieldNames = ambiguityFields(models);
    m.addStatement("String namespace = c.namespace()")
        .addStatement("c.enter($S, 0)", localName)
        .addStatement("int which = $T.choose(namespace, c.peekFirstChild(),$W$N,$W$N)", SchemaCode.AMBIGUITY,
            fieldNames[0], fieldNames[1])
        .addStatement("c.expectNamespace(namespace, $N[which], $S)", fieldNames[0], localName);
    m.beginControlFlow("switch (which)");
    for (int i = 0; i < chosen.size(); i++) {
      m.addCode("case $L:\n$>", i)
          .addStatement("$N(c, b, seen)", chosen.get(i))
          .addStatement("return")
          .addCode("$<");
    }
    m.addCode("default:\n$>")
        .addStatement("throw new $T(\"declaration \" + which)", IllegalStateException.class)
        .addCode("$<")
        .endControlFlow();
    return m.build();
  }

  /**
   * Reads one child, spelled {@code spelled} in the document, into the builder. {@code entered}
   * when the caller has already entered the element and checked its namespace (a shared local
   * name). Raw text and child attributes are kept under the property's first spelling; a
   * document's other spelling is kept too, so that writing uses it again.
   */
  private MethodSpec child(TypeBinding t, ClassName builder, PropertyBinding p, String spelled,
      Map<XmlName, Integer> order, Slots slots, boolean entered) {
    String local = p.xmlName().localName();
    int max = p.occurrence().max();
    int slot = slots.of(p);
    MethodSpec.Builder m = MethodSpec.methodBuilder(helperName(p, spelled, t))
        .addJavadoc("$L", Javadocs.wrap("Reads " + (ElementModel.isWildcardName(p.xmlName())
            ? "an element the wildcard takes" : "{@code <" + spelled + ">}") + ", a child of a {@code " + t.className() + "}"
            + (entered ? ", which the caller has entered." : ".")))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(SchemaCode.CURSOR, "c")
        .addParameter(builder, "b")
        .addParameter(int[].class, "seen")
        .addException(SchemaCode.READ_EXCEPTION);
    if (!entered) {
      // The runtime counts, keeps another spelling, enters and checks the namespace.
      CodeBlock limit = max == Occurrence.UNBOUNDED ? CodeBlock.of("$T.MAX_VALUE", Integer.class)
          : CodeBlock.of("$L", max);
      CodeBlock ns = namespaceConstants.of(p.xmlName().namespace());
      CodeBlock enter = spelled.equals(local)
          ? CodeBlock.of("c.enterChild(seen,$W$L,$W$L,$W$S,$W$L,$W$L)", slot, limit, spelled, p.repeated(), ns)
          : CodeBlock.of("c.enterChild(seen,$W$L,$W$L,$W$S,$W$L,$W$L,$W$S)", slot, limit, spelled, p.repeated(), ns,
              local);
      if (p.repeated()) {
        m.addStatement("int n = $L", enter).beginControlFlow("if (n == 0)");
      } else {
        m.beginControlFlow("if ($L == 0)", enter);
      }
      m.addStatement("return").endControlFlow();
    } else {
      enterChosen(m, p, spelled, slot, max);
    }
    Integer position = order.getOrDefault(p.xmlName(), -1);
    if (slots.order() >= 0 && position >= 0) {
      m.addStatement("c.inOrder(seen,$W$L,$W$L,$W$S)", slots.order(), position, spelled);
    }
    code.identity().of(t, p).ifPresent(x -> m.addStatement("c.identity($L)", x));
    if (p.nillable()) {
      m.addStatement("c.nillable($L)", p.fixed());
    }
    Optional<FamilyBinding> family = p.type().kind() == ValueKind.COMPLEX
        ? code.bindings.familyFor(p.type().xmlType()) : Optional.empty();
    if (family.isPresent()) {
      // As the type its xsi:type names; none, kept whole, where the type is abstract and it names none.
      CodeBlock read = CodeBlock.of("$N(c,$W$L)", FamilyMethods.readMethod(family.get()),
          SchemaCode.blockMask(p.blocked()));
      if (family.get().family().abstractBase()) {
        m.addStatement("$T item = $L", code.valueClass(family.get()), read)
            .beginControlFlow("if (item != null)")
            .addStatement("b.$N(item)", p.repeated() ? p.adderName() : p.name())
            .endControlFlow();
      } else {
        m.addStatement("b.$N($L)", p.repeated() ? p.adderName() : p.name(), read);
      }
      return m.build();
    }
    if (p.type().kind() == ValueKind.COMPLEX) {
      m.addStatement("b.$N($N(c))", p.repeated() ? p.adderName() : p.name(), readMethod(p.type().xmlType()));
      return m.build();
    }
    if (code.abstractOnly(p)) {
      m.addStatement("c.abstractType($L)", SchemaCode.literal(SchemaCode.abstractOnlyProblem(p.type().xmlType())));
      return m.build();
    }
    if (p.type().kind() == ValueKind.ANY) {
      m.addStatement("b.$N(c.keepAnyType())", p.repeated() ? p.adderName() : p.name());
      return m.build();
    }
    String simple = code.simpleName(p.type());
    TypeName parsed = code.parsed(p.type());
    XmlName type = p.type().xmlType();
    boolean anonymous = code.bindings.model().simpleType(type).map(x -> x.anonymous()).orElse(false);
    boolean xsi = code.readsSimpleXsiType(t, p);
    if (xsi) {
      // An xsi:type may name a simple type derived from the declared one: the text is checked as that.
      m.addStatement("c.readSimple($L,$W$S,$W$T.$N)", namespaceConstants.of(type.namespace()),
          anonymous ? "" : type.localName(), code.rules(), RulesWriter.xsiField(simple));
    } else {
      m.addStatement("c.readSimple($L, $S)", namespaceConstants.of(type.namespace()), anonymous ? "" : type.localName());
    }
    CodeBlock parse = textParse(simple, xsi);
    if (SchemaCode.nillableText(p)) {
      // Nil: no value, and the xsi:nil goes to the parent with the child's other attributes.
      m.beginControlFlow("if (c.nil() && c.textLength() == 0)")
          .addStatement("c.exitSimple($S)", SchemaCode.rawKey(p))
          .addStatement("return")
          .endControlFlow();
    }
    if (p.defaultValue().isPresent()) {
      // XML Schema: an element with a default that is empty takes the default, checked as the xsi:type.
      m.addStatement("$T v = c.textLength() == 0\n? $L\n: $L", parsed, defaultParse(p, simple, xsi), parse);
    } else {
      m.addStatement("$T v = $L", parsed, parse);
    }
    m.addStatement("String raw = v == null$W|| !$T.canonical$L(c.textBuffer(), c.textLength(), v)$W? c.text()$W: null",
        code.rules(), simple);
    if (p.repeated()) {
      m.addStatement("c.exitSimple($S + n + $S)", local + "[", "]");
      m.beginControlFlow("if (v == null)")
          .addStatement("c.keepInvalidItem($L, $S, raw)", namespaceConstants.of(p.xmlName().namespace()), local)
          .nextControlFlow("else")
          .beginControlFlow("if (raw != null)")
          .addStatement("c.keepRaw($S + n + $S, raw)", local + "[", "]")
          .endControlFlow()
          .addStatement("b.$N(v)", p.adderName())
          .endControlFlow();
    } else {
      m.addStatement("c.exitSimple($S, raw)", SchemaCode.rawKey(p))
          .addStatement("b.$N(v)", p.name());
    }
    return m.build();
  }

  /**
   * Counts a child the caller has already entered and checked the namespace of, having chosen its
   * declaration among several that share its local name; keeps its spelling when it is another.
   */
  private void enterChosen(MethodSpec.Builder m, PropertyBinding p, String spelled, int slot, int max) {
    String local = p.xmlName().localName();
    if (max != Occurrence.UNBOUNDED) {
      m.beginControlFlow("if (seen[$L] >= $L)", slot, max)
          .addStatement("c.tooMany($S, $L)", spelled, max)
          .addStatement("return")
          .endControlFlow();
    }
    if (p.repeated()) {
      m.addStatement("int n = ++seen[$L]", slot);
    } else {
      m.addStatement("seen[$L]++", slot);
    }
    if (!spelled.equals(local)) {
      m.addStatement("c.extras().putSpelling($L, $S)", p.repeated() ? CodeBlock.of("$S + n + $S", local + "[", "]")
          : CodeBlock.of("$S", local), spelled);
    }
    if (p.repeated()) {
      m.addStatement("c.reindex(n)");
    }
  }
}
