package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.poxgen.processor.model.Derivation;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.Bindings;
import dev.poxgen.processor.naming.ConstantBinding;
import dev.poxgen.processor.naming.EnumBinding;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * Writes one immutable class per complex type under the accessor rule: for each single property
 * {@code x()} (an {@code Optional}: the valid value given, or the schema default for an absent
 * item, empty for a value that is not valid), {@code hasX()} (given at all) and {@code
 * xLexical()} (the text as written); a list per repeated one; a builder, and equals, hashCode and
 * toString. The class of a document element implements the schema's sealed document type.
 */
final class ValueClassWriter {
  private final Bindings bindings;
  private final JavaTypes types;
  private final GeneratedSpec generated;
  private final Map<XmlName, List<String>> usedBy = new LinkedHashMap<>();
  /** The complex types some nillable element has: their classes have {@code isNil()}. */
  private final java.util.Set<XmlName> nilCapable;
  /** Where the class being written keeps its properties. */
  private Layout layout = new Layout(List.of(), Map.of());

  ValueClassWriter(Bindings bindings, JavaTypes types, GeneratedSpec generated) {
    this.bindings = bindings;
    this.types = types;
    this.generated = generated;
    this.nilCapable = SchemaCode.nilCapableTypes(bindings);
    for (TypeBinding t : bindings.types()) {
      for (PropertyBinding p : t.properties()) {
        if (p.type().kind() == ValueKind.COMPLEX) {
          usedBy.computeIfAbsent(p.type().xmlType(), k -> new ArrayList<>())
              .add(Javadocs.code(p.xmlLabel()) + " in {@link " + t.className() + "}");
        }
      }
    }
    bindings.model().roots().forEach(r -> usedBy.computeIfAbsent(r.type().name(), k -> new ArrayList<>())
        .add(0, "the document element " + Javadocs.code("<" + r.name().localName() + ">")
            + (r.name().namespace().isEmpty() ? "" : " of " + Javadocs.code(r.name().namespace()))));
  }

  TypeSpec write(TypeBinding binding) {
    ClassName self = types.generated(binding.className());
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder spec = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    generated.spec().ifPresent(spec::addAnnotation);
    typeJavadoc(binding, spec);
    // A named type derived from another that has a family: one of the values of that family's
    // interface. (No xsi:type names an anonymous one, so it is none.)
    if (!binding.type().anonymous()) {
      bindings.nearestFamily(binding.type().name())
          .ifPresent(f -> spec.addSuperinterface(types.generated(f.interfaceName())));
    }
    // Its class is the document only where no other document element has its type (else each has a holder).
    java.util.Optional<dev.poxgen.processor.naming.DocumentBinding> document = bindings.documents().stream()
        .filter(d -> !d.holds() && d.value().xmlType().equals(binding.type().name())).findFirst();
    if (document.isPresent()) {
      ClassName documentType = types.generated(bindings.documentName());
      spec.addSuperinterface(documentType);
      spec.addMethod(MethodSpec.methodBuilder("kind")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(types.generated(bindings.documentName() + "Kind"))
          .addStatement("return $T.$N", types.generated(bindings.documentName() + "Kind"), document.get().kind())
          .build());
    }

    List<PropertyBinding> properties = binding.properties();
    layout = Layout.of(properties);
    String extras = extrasName(properties);
    String from = local("builder", properties);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder, from);
    if (layout.holders().isEmpty()) {
      for (PropertyBinding p : properties) {
        spec.addField(types.field(p), p.name(), Modifier.PRIVATE, Modifier.FINAL);
        copyField(constructor, p, from);
      }
    } else {
      for (Layout.Holder h : layout.holders()) {
        spec.addType(holderType(binding, h, builder));
        spec.addField(h.type(self), h.field(), Modifier.PRIVATE, Modifier.FINAL);
        constructor.addStatement("this.$N = new $T($N)", h.field(), h.type(self), from);
      }
    }
    spec.addField(EXTRAS, extras, Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement("this.$N = $N.$N", extras, from, extras);
    spec.addMethod(constructor.build());

    spec.addMethod(MethodSpec.methodBuilder("builder")
        .addJavadoc("A builder for a new {@code $L}, with nothing set.\n", binding.className())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder)
        .addStatement("return new $T()", builder)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("toBuilder")
        .addJavadoc("A builder holding this value's properties, to make a changed copy.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addStatement("return new $T(this)", builder)
        .build());

    for (PropertyBinding p : properties) {
      accessors(binding, p, spec);
    }
    if (nilCapable.contains(binding.type().name())) {
      spec.addMethod(MethodSpec.methodBuilder("isNil")
          .addJavadoc("$L", Javadocs.wrap("Whether the element is nil: a nillable element given {@code"
              + " xsi:nil=\"true\"}, which has no content (its attributes still count). The attribute is kept"
              + " in {@code " + extras + "().attributes()}, as read or as {@link Builder#" + nilName(properties)
              + "(boolean)} set it, and writing puts it back. False for a value read as an element that is not"
              + " nillable: there {@code xsi:nil} is a finding."))
          .addModifiers(Modifier.PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addStatement("return $N.nil()", extras)
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder(extras)
        .addJavadoc(Javadocs.wrap("What a document held here beyond the schema: unknown attributes and elements,"
            + (binding.type().mixed() ? " the text of the mixed content, each piece where it was," : " stray text,")
            + " and values as they were spelled where that is not the canonical spelling or not a"
            + " value at all (the raw text of " + Javadocs.code("<SSL>yes</SSL>") + "). Empty for values built in"
            + " code. Writing puts it all back."))
        .addModifiers(Modifier.PUBLIC)
        .returns(EXTRAS)
        .addStatement("return $N", extras)
        .build());
    if (binding.type().mixed()) {
      spec.addMethod(MethodSpec.methodBuilder(textName(properties))
          .addJavadoc("$L", Javadocs.wrap("The text of this element's mixed content: its character data between,"
              + " before and after its child elements, joined in document order, without that of the children"
              + " themselves; {@code \"\"} when it has none. Whitespace is kept as the document gave it. {@code "
              + extras + "().nodes()} holds each piece where it was, and writing puts it back there."))
          .addModifiers(Modifier.PUBLIC)
          .returns(String.class)
          .addStatement("return $N.text()", extras)
          .build());
    }
    binding.type().anyAttribute().ifPresent(w -> spec.addMethod(
        MethodSpec.methodBuilder(anyAttributesName(properties))
            .addJavadoc("$L", Javadocs.wrap("The attributes the type's attribute wildcard ("
                + Javadocs.code("xs:anyAttribute " + w) + ") took, in document order: those of"
                + " {@code " + extras + "().attributes()} it allows, never an {@code xsi:} one. To set them,"
                + " give the builder extras that hold them."))
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(JavaTypes.LIST, XML_ATTRIBUTE))
            .addStatement("return $T.$N.taken($N.attributes())", types.generated(bindings.readerName()),
                ReaderClassWriter.wildcardField(binding), extras)
            .build()));
    List<PropertyBinding> all = new ArrayList<>(properties);
    equalsMethods(self, all, extras).forEach(spec::addMethod);
    hashCodeMethods(all, extras).forEach(spec::addMethod);
    toStringMethods(binding, all, extras).forEach(spec::addMethod);
    spec.addType(builderType(binding, self, builder));
    return spec.build();
  }

  private void typeJavadoc(TypeBinding binding, TypeSpec.Builder spec) {
    if (!binding.type().documentation().isEmpty()) {
      spec.addJavadoc("$L", Javadocs.paragraph(binding.type().documentation().text()));
      spec.addJavadoc("\n");
    }
    XmlName name = binding.type().name();
    if (binding.type().documentOf().isPresent()) {
      XmlName element = binding.type().documentOf().get();
      String whose = binding.type().simpleContent()
          .map(text -> ", whose type is the simple type " + Javadocs.code(simpleTypeLabel(text))
              + ": its value, and what the document held beyond the schema.")
          .orElse(", whose type is " + Javadocs.code("xs:anyType") + ": its attributes and child elements,"
              + " those a global declaration of the schema declares read as it (the wildcards of"
              + " " + Javadocs.code("xs:anyType") + " are lax), the others kept as XML.");
      spec.addJavadoc("$L", Javadocs.wrap((binding.type().documentation().isEmpty() ? "" : "<p>")
          + "Binds the document element " + Javadocs.code("<" + element.localName() + ">")
          + (element.namespace().isEmpty() ? "" : " of " + Javadocs.code(element.namespace()))
          + whose + " Immutable: make one with {@link #builder()}, change a copy with {@link #toBuilder()}."));
      return;
    }
    StringBuilder binds = new StringBuilder(binding.type().documentation().isEmpty() ? "" : "<p>")
        .append("Binds the XML complex type ")
        .append(Javadocs.code(binding.type().anonymous() ? "(anonymous)" : name.localName()));
    if (!name.namespace().isEmpty()) {
      binds.append(" of ").append(Javadocs.code(name.namespace()));
    }
    List<String> uses = usedBy.getOrDefault(name, List.of());
    if (!uses.isEmpty()) {
      binds.append(", the content of ").append(String.join("; ", uses));
    }
    binding.type().derivation().ifPresent(d -> binds.append(d.method() == Derivation.Method.EXTENSION
        ? ". It extends " : ". It restricts ").append(Javadocs.code(d.base().localName()))
        .append(", whose content and attributes it holds as XML Schema derives them"));
    binds.append(". Immutable: make one with {@link #builder()}, change a copy with {@link #toBuilder()}.");
    if (binding.type().mixed()) {
      binds.append(" Its content is mixed: text may stand among its child elements, and {@link #")
          .append(textName(binding.properties())).append("()} joins it.");
    }
    spec.addJavadoc("$L", Javadocs.wrap(binds.toString()));
  }

  /** {@code xs:int}, {@code Count}, or {@code (anonymous)} for a simple type in a Javadoc. */
  private String simpleTypeLabel(XmlName simpleType) {
    if (dev.poxgen.processor.model.BuiltinType.XSD_NAMESPACE.equals(simpleType.namespace())) {
      return "xs:" + simpleType.localName();
    }
    boolean anonymous = bindings.model().simpleType(simpleType).map(t -> t.anonymous()).orElse(false);
    return anonymous ? "(anonymous)" : simpleType.localName();
  }

  // ---- accessors

  private void accessors(TypeBinding binding, PropertyBinding p, TypeSpec.Builder spec) {
    MethodSpec.Builder get = MethodSpec.methodBuilder(p.name()).addModifiers(Modifier.PUBLIC);
    String doc = p.documentation().isEmpty() ? "" : Javadocs.paragraph(p.documentation().text()) + "\n";
    String binds = (doc.isEmpty() ? "" : "<p>") + "Binds " + describe(binding, p);
    if (p.repeated()) {
      get.returns(ParameterizedTypeName.get(JavaTypes.LIST, types.boxed(p.type())))
          .addJavadoc("$L", doc + Javadocs.wrap(binds + ", in document order. Never null; unmodifiable."))
          .addStatement("return $L", field(p));
      spec.addMethod(get.build());
      return;
    }
    boolean textString = p.source() == PropertyBinding.Source.TEXT && p.type().kind() == ValueKind.STRING;
    if (textString) {
      get.returns(JavaTypes.STRING)
          .addJavadoc("$L", doc + Javadocs.wrap(binds + ". Empty when the element has no text."))
          .addStatement("return $L == null ? $S : $L", field(p), "", field(p));
      spec.addMethod(get.build());
      return;
    }
    boolean simple = !p.type().kind().isElement();
    boolean defaulted = SchemaCode.defaulted(p);
    String rule = "; {@link #" + p.hasName() + "()} tells whether the document gave it at all"
        + (simple ? ", {@link #" + lexicalName(p) + "()} how it spelled it" : "") + ". Never throws.";
    String when = defaulted
        ? ". The schema default " + Javadocs.code(p.defaultValue().get()) + " when the document leaves it out;"
            + " empty when the document gave a value that is not valid (read leniently, with a finding)"
        : simple
            ? ". Empty when the document leaves it out, and when it gave a value that is not valid (read"
                + " leniently, with a finding)"
            : ". Empty when the document leaves it out";
    if (p.required()) {
      when += "; the schema requires it, but a document read leniently may lack it";
    }
    get.returns(types.optional(p.type()))
        .addJavadoc("$L", doc + Javadocs.wrap(binds + when + rule));
    CodeBlock of = switch (p.type().kind()) {
      case INT -> CodeBlock.of("$T", java.util.OptionalInt.class);
      case LONG -> CodeBlock.of("$T", java.util.OptionalLong.class);
      default -> CodeBlock.of("$T", JavaTypes.OPTIONAL);
    };
    if (defaulted) {
      get.beginControlFlow("if ($L != null)", field(p))
          .addStatement("return $L.of($L)", of, field(p))
          .endControlFlow()
          .addStatement("return $N() ? $L.empty() : $L.of($L)", p.hasName(), of, of, defaultValue(p));
    } else {
      get.addStatement("return $L == null$W? $L.empty()$W: $L.of($L)", field(p), of, of, field(p));
    }
    spec.addMethod(get.build());
    spec.addMethod(hasMethod(p, extrasName(binding.properties())));
    if (simple) {
      spec.addMethod(lexicalMethod(p, extrasName(binding.properties())));
    }
    if (SchemaCode.nillableText(p)) {
      spec.addMethod(MethodSpec.methodBuilder(p.nilName())
          .addJavadoc("$L", Javadocs.wrap("Whether " + Javadocs.code(p.xmlLabel()) + ", which is nillable, is"
              + " nil: given with {@code xsi:nil=\"true\"} and no value, so {@link #" + p.name() + "()} is empty"
              + " and {@link #" + p.hasName() + "()} true. The attribute is kept in {@code "
              + extrasName(binding.properties()) + "().childAttributes()}, and writing puts it back."))
          .addModifiers(Modifier.PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addStatement("return $N.nil($S)", extrasName(binding.properties()), SchemaCode.rawKey(p))
          .build());
    }
  }

  /** The builder's setter of a nillable element's nil: {@code nil}, unless a property has that name. */
  static String nilName(List<PropertyBinding> properties) {
    return local("nil", properties);
  }

  /** {@code sslLexical}: the accessor of the text a property was given as. */
  static String lexicalName(PropertyBinding p) {
    return p.name() + "Lexical";
  }

  private MethodSpec hasMethod(PropertyBinding p, String extras) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(p.hasName())
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN);
    if (p.type().kind().isElement()) {
      return m.addJavadoc("Whether the document gave $L, rather than leaving it out.\n", Javadocs.code(p.xmlLabel()))
          .addStatement("return $L != null", field(p))
          .build();
    }
    if (SchemaCode.nillableText(p)) {
      return m.addJavadoc("$L", Javadocs.wrap("Whether the document gave " + Javadocs.code(p.xmlLabel())
              + ", valid, not valid or nil, rather than leaving it out: {@code " + p.hasName() + "() && "
              + p.name() + "().isEmpty()} means it gave a value that is not valid, or {@link #" + p.nilName()
              + "()} one that is nil."))
          .addStatement("return $L != null || $N.raw($S) != null || $N.nil($S)", field(p), extras,
              SchemaCode.rawKey(p), extras, SchemaCode.rawKey(p))
          .build();
    }
    return m.addJavadoc("$L", Javadocs.wrap("Whether the document gave " + Javadocs.code(p.xmlLabel())
            + ", valid or not, rather than leaving it out: {@code " + p.hasName() + "() && " + p.name()
            + "().isEmpty()} means it gave a value that is not valid."))
        .addStatement("return $L != null || $N.raw($S) != null", field(p), extras, SchemaCode.rawKey(p))
        .build();
  }

  private MethodSpec lexicalMethod(PropertyBinding p, String extras) {
    String raw = local("raw", List.of(p));
    return MethodSpec.methodBuilder(lexicalName(p))
        .addJavadoc("$L", Javadocs.wrap("The text the document gave for " + Javadocs.code(p.xmlLabel())
            + ", exactly as written and valid or not: it shows what the document said where {@link #" + p.name()
            + "()} is empty because that was not valid. For a value set in code, its canonical spelling. Empty"
            + " when it was left out."))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(JavaTypes.OPTIONAL, JavaTypes.STRING))
        .addStatement("$T $N = $N.raw($S)", JavaTypes.STRING, raw, extras,
            SchemaCode.rawKey(p))
        .beginControlFlow("if ($N != null)", raw)
        .addStatement("return $T.of($N)", JavaTypes.OPTIONAL, raw)
        .endControlFlow()
        .addStatement("return $L == null$W? $T.empty()$W: $T.of($T.lexical$L($L))", field(p), JavaTypes.OPTIONAL,
            JavaTypes.OPTIONAL, types.generated(bindings.rulesName()), bindings.simpleName(p.type().xmlType()), field(p))
        .build();
  }

  private String describe(TypeBinding binding, PropertyBinding p) {
    java.util.Optional<dev.poxgen.processor.model.WildcardModel> wildcard = SchemaCode.wildcard(binding, p);
    if (wildcard.isPresent() && p.type().kind() == ValueKind.DOCUMENT) {
      return "the elements the element wildcard " + Javadocs.code("xs:any " + wildcard.get()) + " takes, each read"
          + " as the global element it is, one of the schema's documents, and written back where it was";
    }
    if (wildcard.isPresent() && p.type().kind() == ValueKind.LAX_DOCUMENT) {
      return "the elements the element wildcard " + Javadocs.code("xs:any " + wildcard.get()) + " takes: each one a"
          + " global element of the schema declares read as that document ({@code Lax.typed}), any other kept as"
          + " XML ({@code Lax.xml}), and written back where it was";
    }
    if (wildcard.isPresent()) {
      return "the elements the element wildcard " + Javadocs.code("xs:any " + wildcard.get()) + " takes, kept as XML"
          + " (attributes, children and text) and written back each under its own name where it was";
    }
    return switch (p.source()) {
      case ELEMENT -> "the element " + Javadocs.code(p.xmlLabel()) + (p.spellings().size() < 2 ? ""
          : " (also spelled " + String.join(", ", p.spellings().subList(1, p.spellings().size()).stream()
              .map(n -> Javadocs.code("<" + n.localName() + ">")).toList())
              + "; writing keeps the document's spelling)")
          + (bindings.model().abstractTypes().containsKey(p.type().xmlType())
              ? ", of the abstract type " + Javadocs.code(p.type().xmlType().localName()) + ", from which the schema"
                  + " derives no concrete type, so that no value is valid here (a document's is kept in the extras,"
                  + " with an error)"
              : p.type().kind() == ValueKind.ANY ? ", of {@code xs:anyType}, kept as XML: its attributes, children and"
              + " text in document order, written back under the name " + Javadocs.code(p.xmlLabel())
              + " whatever name the {@code XmlElement} has" : "");
      case ATTRIBUTE -> "the attribute " + Javadocs.code(p.xmlName().localName());
      case TEXT -> "the element's text";
    };
  }

  /** The Java expression for a property's schema default; the naming stage checked it. */
  private CodeBlock defaultValue(PropertyBinding p) {
    String lexical = p.defaultValue().orElseThrow();
    return switch (p.type().kind()) {
      case ENUM -> {
        EnumBinding e = bindings.enumFor(p.type().xmlType());
        String collapsed = lexical.strip();
        ConstantBinding c = e.constants().stream()
            .filter(k -> k.lexicalForms().contains(lexical) || k.lexicalForms().contains(collapsed))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("default " + lexical + " not in " + e.enumName()));
        yield CodeBlock.of("$T.$N", types.generated(e.enumName()), c.name());
      }
      case INT -> CodeBlock.of("$L", Integer.parseInt(lexical.strip()));
      case LONG -> CodeBlock.of("$LL", Long.parseLong(lexical.strip()));
      case BOOLEAN -> CodeBlock.of("$L", lexical.strip().equals("true") || lexical.strip().equals("1"));
      case BIG_INTEGER -> CodeBlock.of("new $T($S)", java.math.BigInteger.class, lexical.strip());
      case DECIMAL -> CodeBlock.of("new $T($S)", java.math.BigDecimal.class, lexical.strip());
      case FLOAT, DOUBLE -> CodeBlock.of("$T.parse$L($S)", SchemaCode.LEXICAL,
          p.type().kind() == ValueKind.FLOAT ? "Float" : "Double", lexical);
      case STRING -> CodeBlock.of("$S", lexical);
      case TEMPORAL -> CodeBlock.of("$T.parse($S)", types.boxed(p.type()), lexical);
      case BINARY -> CodeBlock.of("$T.$L($S)", types.boxed(p.type()),
          types.builtin(p.type()) == dev.poxgen.processor.model.BuiltinType.HEX_BINARY ? "fromHex" : "fromBase64", lexical);
      case LIST, UNION -> CodeBlock.of("$T.parse$L($S,$W$L)", types.generated(bindings.rulesName()),
          bindings.simpleName(p.type().xmlType()), lexical,
          SchemaCode.defaultSink(bindings, p, CodeBlock.of("$T.IGNORE", SchemaCode.SINK)));
      case COMPLEX, ANY, DOCUMENT, LAX_DOCUMENT -> throw new IllegalStateException("an element of its own has no default");
      case QNAME -> CodeBlock.of("$T.parse$L($S,$W$L)", types.generated(bindings.rulesName()),
          bindings.simpleName(p.type().xmlType()), lexical,
          SchemaCode.defaultSink(bindings, p, CodeBlock.of("$T.IGNORE", SchemaCode.SINK)));
    };
  }

  // ---- equals, hashCode, toString

  /** A local variable name that no property (field) of the class uses. */
  private static String local(String wanted, List<PropertyBinding> properties) {
    String name = wanted;
    while (true) {
      String candidate = name;
      if (properties.stream().noneMatch(p -> p.name().equals(candidate) || p.singular().equals(candidate))) {
        return name;
      }
      name = name + "_";
    }
  }

  static final ClassName EXTRAS = ClassName.get("dev.poxgen", "Extras");

  static final ClassName XML_ATTRIBUTE = ClassName.get("dev.poxgen", "XmlAttribute");

  /** The name of the accessor of what an attribute wildcard took: {@code anyAttributes}, unless a property has it. */
  static String anyAttributesName(List<PropertyBinding> properties) {
    return local("anyAttributes", properties);
  }

  /** The name of the text of mixed content: {@code text}, unless a property has it. */
  static String textName(List<PropertyBinding> properties) {
    return local("text", properties);
  }

  /** The name of the extras member: {@code extras}, unless a property has it. */
  static String extrasName(List<PropertyBinding> properties) {
    return local("extras", properties);
  }

  /** The most properties one generated equals, hashCode, toString or copy handles; more go to parts. */
  static final int PROPERTIES_PER_METHOD = 60;

  /**
   * {@code equals}: the properties one per line, and in private parts of at most {@link
   * #PROPERTIES_PER_METHOD} when there are more.
   */
  private List<MethodSpec> equalsMethods(ClassName self, List<PropertyBinding> properties, String extras) {
    String other = local("other", properties);
    String that = local("that", properties);
    MethodSpec.Builder m = MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(TypeName.get(Object.class).annotated(JavaTypes.NULLABLE), other)
        .beginControlFlow("if ($N == this)", other)
        .addStatement("return true")
        .endControlFlow();
    m.beginControlFlow("if (!($N instanceof $T $N))", other, self, that)
        .addStatement("return false")
        .endControlFlow();
    List<MethodSpec> out = new ArrayList<>();
    List<List<PropertyBinding>> runs = Chunks.of(properties, PROPERTIES_PER_METHOD);
    List<CodeBlock> parts = new ArrayList<>();
    if (runs.size() == 1) {
      properties.forEach(p -> parts.add(equalsOne(p, that)));
    } else {
      for (int r = 0; r < runs.size(); r++) {
        String name = "equalsPart" + (r + 1);
        out.add(MethodSpec.methodBuilder(name)
            .addJavadoc("Whether $L of the two values are equal.\n", range(runs.get(r)))
            .addModifiers(Modifier.PRIVATE)
            .returns(TypeName.BOOLEAN)
            .addParameter(self, that)
            .addStatement("return $L", CodeBlock.join(runs.get(r).stream().map(p -> equalsOne(p, that)).toList(), "\n&& "))
            .build());
        parts.add(CodeBlock.of("$N($N)", name, that));
      }
    }
    parts.add(CodeBlock.of("this.$N.equals($N.$N)", extras, that, extras));
    out.add(0, m.addStatement("return $L", CodeBlock.join(parts, "\n&& ")).build());
    return out;
  }

  private CodeBlock equalsOne(PropertyBinding p, String that) {
    return CodeBlock.of("$T.equals(this.$L,$W$N.$L)", Objects.class, field(p), that, field(p));
  }

  /**
   * {@code hashCode} as AutoValue writes it: each property multiplies in on a line of its own, in
   * private parts of at most {@link #PROPERTIES_PER_METHOD} when there are more.
   */
  private List<MethodSpec> hashCodeMethods(List<PropertyBinding> properties, String extras) {
    String h = local("h", properties);
    MethodSpec.Builder m = MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("int $N = 1", h);
    List<MethodSpec> out = new ArrayList<>();
    List<List<PropertyBinding>> runs = Chunks.of(properties, PROPERTIES_PER_METHOD);
    if (runs.size() == 1) {
      properties.forEach(p -> hashOne(m, p, h));
    } else {
      for (int r = 0; r < runs.size(); r++) {
        String name = "hashCodePart" + (r + 1);
        MethodSpec.Builder part = MethodSpec.methodBuilder(name)
            .addJavadoc("Mixes $L into the hash {@code $L}.\n", range(runs.get(r)), h)
            .addModifiers(Modifier.PRIVATE)
            .returns(TypeName.INT)
            .addParameter(TypeName.INT, h);
        runs.get(r).forEach(p -> hashOne(part, p, h));
        out.add(part.addStatement("return $N", h).build());
        m.addStatement("$N = $N($N)", h, name, h);
      }
    }
    m.addStatement("$N *= 1000003", h)
        .addStatement("$N ^= this.$N.hashCode()", h, extras)
        .addStatement("return $N", h);
    out.add(0, m.build());
    return out;
  }

  private void hashOne(MethodSpec.Builder m, PropertyBinding p, String h) {
    m.addStatement("$N *= 1000003", h)
        .addStatement("$N ^= $T.hashCode(this.$L)", h, Objects.class, field(p));
  }

  /**
   * {@code toString}: the class name and each property that is present, one per statement, in
   * private parts of at most {@link #PROPERTIES_PER_METHOD} when there are more.
   */
  private List<MethodSpec> toStringMethods(TypeBinding binding, List<PropertyBinding> properties, String extras) {
    String out = local("out", properties);
    MethodSpec.Builder m = MethodSpec.methodBuilder("toString")
        .addJavadoc("$L", Javadocs.wrap("The class name and the properties that are present, e.g. "
            + "{@code " + binding.className() + "{...}}."))
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.STRING)
        .addStatement("$T $N = new $T($S, $S, $S)", StringJoiner.class, out, StringJoiner.class, ", ",
            binding.className() + "{", "}");
    List<MethodSpec> methods = new ArrayList<>();
    // In a holder, a property costs two field loads and a list test an interface call: fewer per part.
    List<List<PropertyBinding>> runs = Chunks.of(properties,
        layout.holders().isEmpty() ? PROPERTIES_PER_METHOD : PROPERTIES_PER_METHOD * 2 / 3);
    if (runs.size() == 1) {
      properties.forEach(p -> toStringOne(m, p, out));
    } else {
      for (int r = 0; r < runs.size(); r++) {
        String name = "toStringPart" + (r + 1);
        MethodSpec.Builder part = MethodSpec.methodBuilder(name)
            .addJavadoc("Adds $L, where present.\n", range(runs.get(r)))
            .addModifiers(Modifier.PRIVATE)
            .addParameter(StringJoiner.class, out);
        runs.get(r).forEach(p -> toStringOne(part, p, out));
        methods.add(part.build());
        m.addStatement("$N($N)", name, out);
      }
    }
    m.beginControlFlow("if (!this.$N.isEmpty())", extras)
        .addStatement("$N.add($S + this.$N)", out, extras + "=", extras)
        .endControlFlow();
    methods.add(0, m.addStatement("return $N.toString()", out).build());
    return methods;
  }

  private void toStringOne(MethodSpec.Builder m, PropertyBinding p, String out) {
    m.beginControlFlow(p.repeated() ? "if (!this.$L.isEmpty())" : "if (this.$L != null)", field(p))
        .addStatement("$N.add($S +$Wthis.$L)", out, p.name() + "=", field(p))
        .endControlFlow();
  }

  /** {@code a} to {@code z}: the first and last properties of a run, for a part's Javadoc. */
  private static String range(List<PropertyBinding> run) {
    return "{@code " + run.get(0).name() + "} to {@code " + run.get(run.size() - 1).name() + "}";
  }

  // ---- the builder

  private TypeSpec builderType(TypeBinding binding, ClassName self, ClassName builder) {
    TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L", Javadocs.wrap("Builds a {@link " + self.simpleName()
            + "}. Not thread-safe; {@link #build()} may be called more than once."));
    for (PropertyBinding p : binding.properties()) {
      if (p.repeated()) {
        spec.addField(FieldSpec.builder(types.field(p), p.name(), Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", java.util.ArrayList.class)
            .build());
      } else {
        spec.addField(types.field(p), p.name(), Modifier.PRIVATE);
      }
    }
    String extras = extrasName(binding.properties());
    spec.addField(FieldSpec.builder(EXTRAS, extras, Modifier.PRIVATE).initializer("$T.NONE", EXTRAS).build());
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    String source = copyParam(binding);
    MethodSpec.Builder copy = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(self, source);
    List<List<PropertyBinding>> runs = Chunks.of(binding.properties(), PROPERTIES_PER_METHOD);
    if (runs.size() == 1) {
      binding.properties().forEach(p -> copyFromValue(copy, p, source));
    } else {
      for (int r = 0; r < runs.size(); r++) {
        String name = "copyPart" + (r + 1);
        MethodSpec.Builder part = MethodSpec.methodBuilder(name)
            .addJavadoc("Copies $L from the value.\n", range(runs.get(r)))
            .addModifiers(Modifier.PRIVATE)
            .addParameter(self, source);
        runs.get(r).forEach(p -> copyFromValue(part, p, source));
        spec.addMethod(part.build());
        copy.addStatement("$N($N)", name, source);
      }
    }
    copy.addStatement("this.$N = $N.$N", extras, source, extras);
    spec.addMethod(copy.build());

    for (PropertyBinding p : binding.properties()) {
      TypeName item = types.boxed(p.type());
      if (p.repeated()) {
        spec.addMethod(MethodSpec.methodBuilder(p.name())
            .addJavadoc("Replaces the $L items with these, in order.\n", Javadocs.code(p.xmlLabel()))
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(ParameterizedTypeName.get(ClassName.get(Iterable.class), WildcardTypeName.subtypeOf(item)), p.name())
            .addStatement("this.$N.clear()", p.name())
            .beginControlFlow("for ($T $N : $N)", item, p.name().equals("item") ? "item_" : "item", p.name())
            .addStatement("$N($N)", p.adderName(), p.name().equals("item") ? "item_" : "item")
            .endControlFlow()
            .addStatement("return this")
            .build());
        spec.addMethod(MethodSpec.methodBuilder(p.adderName())
            .addJavadoc("Adds one $L item after the others.\n", Javadocs.code(p.xmlLabel()))
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(item, p.singular())
            .addStatement(p.type().kind() == ValueKind.LIST
                ? CodeBlock.of("this.$N.add($T.copy($T.requireNonNull($N,$W$S)))", p.name(), SchemaCode.LISTS,
                    Objects.class, p.singular(), p.singular())
                : CodeBlock.of("this.$N.add($T.requireNonNull($N,$W$S))", p.name(), Objects.class, p.singular(),
                    p.singular()))
            .addStatement("return this")
            .build());
      } else {
        spec.addMethod(MethodSpec.methodBuilder(p.name())
            .addJavadoc("$L", Javadocs.wrap("Sets " + Javadocs.code(p.xmlLabel())
                + "; {@code null} makes it absent. Forgets how a document spelled the value"
                + (p.spellings().size() > 1 ? " (not which name it gave the element)" : "") + "."
                + (p.type().kind() == ValueKind.LIST ? " Keeps an unmodifiable copy of the list, whose items must"
                    + " not be null." : "")))
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(item.annotated(JavaTypes.NULLABLE), p.name())
            .addStatement(p.type().kind() == ValueKind.LIST
                ? CodeBlock.of("this.$N = $T.copy($N)", p.name(), SchemaCode.LISTS, p.name())
                : CodeBlock.of("this.$N = $N", p.name(), p.name()))
            .addStatement("this.$N = this.$N.withoutRaw($S)", extras, extras, SchemaCode.rawKey(p))
            .addStatement("return this")
            .build());
        if (SchemaCode.nillableText(p)) {
          String nil = local("nil", binding.properties());
          spec.addMethod(MethodSpec.methodBuilder(p.name() + "Nil")
              .addJavadoc("$L", Javadocs.wrap("Makes " + Javadocs.code(p.xmlLabel()) + " nil ({@code"
                  + " xsi:nil=\"true\"}, written with no value) or not. A nil element has no value: set {@code "
                  + p.name() + "} to {@code null} too, or the validator reports it."))
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(TypeName.BOOLEAN, nil)
              .addStatement("this.$N = this.$N.withNil($S, $N)", extras, extras, SchemaCode.rawKey(p), nil)
              .addStatement("return this")
              .build());
        }
      }
    }
    if (nilCapable.contains(binding.type().name())) {
      String nil = nilName(binding.properties());
      spec.addMethod(MethodSpec.methodBuilder(nil)
          .addJavadoc("$L", Javadocs.wrap("Makes the element nil ({@code xsi:nil=\"true\"}, written with its"
              + " attributes and no content) or not. Only a nillable element may be nil, and then it holds no"
              + " child and no text, or the validator reports it."))
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(TypeName.BOOLEAN, nil)
          .addStatement("this.$N = this.$N.withNil($N)", extras, extras, nil)
          .addStatement("return this")
          .build());
    }
    if (binding.type().mixed()) {
      String text = textName(binding.properties());
      spec.addMethod(MethodSpec.methodBuilder(text)
          .addJavadoc("$L", Javadocs.wrap("Sets the text of the mixed content: one piece, written before the first"
              + " child element; {@code \"\"} for none. Replaces the text a document gave, wherever it stood."))
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(String.class, text)
          .addStatement("this.$N = this.$N.withText($N)", extras, extras, text)
          .addStatement("return this")
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder(extras)
        .addJavadoc("Sets what a document held beyond the schema; readers set it, code rarely needs to.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(EXTRAS, extras)
        .addStatement("this.$N = $T.requireNonNull($N, $S)", extras, Objects.class, extras, extras)
        .addStatement("return this")
        .build());
    resetMethods(spec, binding, extras);
    spec.addMethod(MethodSpec.methodBuilder("build")
        .addJavadoc("$L", Javadocs.wrap("The immutable value. Required properties are not enforced here: a value"
            + " may be incomplete, as a document may be, and validation reports what is missing."))
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addStatement("return new $T(this)", self)
        .build());
    return spec.build();
  }

  /**
   * {@code reset()}: the builder emptied, as {@link #builderType} makes it, so that a reader builds
   * the next value of a repeated child with it (a value copies what it keeps, so none sees this).
   * Split as the copy constructor is, so that no method grows with the type.
   */
  private void resetMethods(TypeSpec.Builder spec, TypeBinding binding, String extras) {
    MethodSpec.Builder reset = MethodSpec.methodBuilder("reset")
        .addJavadoc("$L", Javadocs.wrap("Empties this builder, as {@code builder()} makes one: the generated reader"
            + " builds each of a repeated child's values with one builder."));
    List<List<PropertyBinding>> runs = Chunks.of(binding.properties(), PROPERTIES_PER_METHOD);
    if (runs.size() == 1) {
      binding.properties().forEach(p -> resetOne(reset, p));
    } else {
      for (int r = 0; r < runs.size(); r++) {
        String name = "resetPart" + (r + 1);
        MethodSpec.Builder part = MethodSpec.methodBuilder(name)
            .addJavadoc("Empties $L.\n", range(runs.get(r)))
            .addModifiers(Modifier.PRIVATE);
        runs.get(r).forEach(p -> resetOne(part, p));
        spec.addMethod(part.build());
        reset.addStatement("$N()", name);
      }
    }
    reset.addStatement("this.$N = $T.NONE", extras, EXTRAS);
    spec.addMethod(reset.build());
  }

  private static void resetOne(MethodSpec.Builder m, PropertyBinding p) {
    if (p.repeated()) {
      m.addStatement("this.$N.clear()", p.name());
    } else {
      m.addStatement("this.$N = null", p.name());
    }
  }

  private void copyFromValue(MethodSpec.Builder m, PropertyBinding p, String source) {
    if (p.repeated()) {
      m.addStatement("this.$N.addAll($N.$L)", p.name(), source, field(p));
    } else {
      m.addStatement("this.$N = $N.$L", p.name(), source, field(p));
    }
  }

  // ---- where the properties are kept

  /** A property's field, from inside the value class: {@code ssl}, or {@code fields2.e120} in a holder. */
  private CodeBlock field(PropertyBinding p) {
    Layout.Holder h = layout.holderOf().get(p.name());
    return h == null ? CodeBlock.of("$N", p.name()) : CodeBlock.of("$N.$N", h.field(), p.name());
  }

  /** Sets a value's own field of {@code p} from the builder {@code from}. */
  private void copyField(MethodSpec.Builder m, PropertyBinding p, String from) {
    if (p.repeated()) {
      m.addStatement("this.$N = $T.unmodifiableList($Znew $T<>($N.$N))", p.name(), JavaTypes.COLLECTIONS,
          JavaTypes.ARRAY_LIST, from, p.name());
    } else {
      m.addStatement("this.$N = $N.$N", p.name(), from, p.name());
    }
  }

  /**
   * A holder of a run of a large class's properties: final fields must be set in a constructor,
   * and one constructor setting hundreds of them would pass what the JIT compiles.
   */
  private TypeSpec holderType(TypeBinding binding, Layout.Holder h, ClassName builder) {
    String from = local("builder", h.properties());
    TypeSpec.Builder spec = TypeSpec.classBuilder(h.className())
        .addJavadoc("$L", Javadocs.wrap("Properties " + range(h.properties()) + " of a {@code " + binding.className()
            + "}, kept here so that no constructor sets more than " + Layout.PER_HOLDER + " fields."))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addParameter(builder, from);
    for (PropertyBinding p : h.properties()) {
      spec.addField(types.field(p), p.name(), Modifier.PRIVATE, Modifier.FINAL);
      copyField(constructor, p, from);
    }
    return spec.addMethod(constructor.build()).build();
  }

  /**
   * Where a value class keeps its properties: in fields of its own, or, when one constructor
   * setting them all would be too large, in holders of at most {@link #PER_HOLDER} each.
   */
  private record Layout(List<Holder> holders, Map<String, Holder> holderOf) {
    /** Bytes of constructor bytecode past which the properties go to holders (a list costs about 18). */
    static final int MAX_CONSTRUCTOR = 1_600;
    static final int PER_HOLDER = 80;

    record Holder(String className, String field, List<PropertyBinding> properties) {
      ClassName type(ClassName self) {
        return self.nestedClass(className);
      }
    }

    static Layout of(List<PropertyBinding> properties) {
      int cost = properties.stream().mapToInt(p -> p.repeated() ? 18 : 8).sum();
      if (cost <= MAX_CONSTRUCTOR) {
        return new Layout(List.of(), Map.of());
      }
      List<Holder> holders = new ArrayList<>();
      Map<String, Holder> of = new LinkedHashMap<>();
      List<List<PropertyBinding>> runs = Chunks.of(properties, PER_HOLDER);
      for (int r = 0; r < runs.size(); r++) {
        Holder h = new Holder("Fields" + (r + 1), local("fields" + (r + 1), properties), runs.get(r));
        holders.add(h);
        h.properties().forEach(p -> of.put(p.name(), h));
      }
      return new Layout(holders, of);
    }
  }

  private static String copyParam(TypeBinding binding) {
    return local("source", binding.properties());
  }
}
