package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.BuiltinType;
import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.Bindings;
import dev.poxgen.processor.naming.UnionBinding;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes one final class per union type: which member type took the value ({@code member()}, an
 * enum of the members in the order XML Schema tries them), the value as that member binds it
 * ({@code asX()}), a factory per member ({@code ofX(value)}), {@code fromXml(text)} as the reader
 * reads a text, and {@code xmlValue()}, what the writer writes. Equal when the member and its
 * value are.
 */
final class UnionWriter {
  private final Bindings bindings;
  private final JavaTypes types;
  private final GeneratedSpec generated;

  UnionWriter(Bindings bindings, JavaTypes types, GeneratedSpec generated) {
    this.bindings = bindings;
    this.types = types;
    this.generated = generated;
  }

  TypeSpec write(UnionBinding binding) {
    SimpleTypeModel type = binding.type();
    ClassName self = types.generated(binding.className());
    ClassName member = self.nestedClass(binding.memberEnum());
    ClassName rules = types.generated(bindings.rulesName());
    String simple = bindings.simpleName(type.name());
    TypeSpec.Builder spec = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    generated.spec().ifPresent(spec::addAnnotation);
    if (!type.documentation().isEmpty()) {
      spec.addJavadoc("$L", Javadocs.paragraph(type.documentation().text()));
      spec.addJavadoc("\n");
    }
    String members = binding.members().stream().map(m -> label(m.xmlType()))
        .collect(Collectors.joining(", "));
    spec.addJavadoc("$L", Javadocs.wrap((type.documentation().isEmpty() ? "" : "<p>") + "Binds the XML union type "
        + Javadocs.code(type.name().localName())
        + (type.name().namespace().isEmpty() ? "" : " of " + Javadocs.code(type.name().namespace()))
        + ", of the member types " + members + ": a text is a value of the first of them that takes it, as XML"
        + " Schema reads it. {@link #member()} says which took it, and its {@code asX()} method gives the value as"
        + " that member binds it."));

    TypeSpec.Builder memberEnum = TypeSpec.enumBuilder(member).addModifiers(Modifier.PUBLIC)
        .addJavadoc("$L", Javadocs.wrap("The member types of " + Javadocs.code(type.name().localName())
            + ", in the order a text is tried against them."));
    for (UnionBinding.Member m : binding.members()) {
      memberEnum.addEnumConstant(m.constant(), TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L", Javadocs.wrap(label(m.xmlType()) + ": {@link " + binding.className()
              + "#as" + m.suffix() + "()}."))
          .build());
    }
    spec.addType(memberEnum.build());

    spec.addField(member, "member", Modifier.PRIVATE, Modifier.FINAL);
    for (UnionBinding.Member m : binding.members()) {
      spec.addField(FieldSpec.builder(types.boxed(m.value()).annotated(JavaTypes.NULLABLE), field(m),
          Modifier.PRIVATE, Modifier.FINAL).build());
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(member, "member")
        .addStatement("this.member = member");
    for (UnionBinding.Member m : binding.members()) {
      constructor.addParameter(types.boxed(m.value()).annotated(JavaTypes.NULLABLE), field(m))
          .addStatement("this.$N = $N", field(m), field(m));
    }
    spec.addMethod(constructor.build());

    for (UnionBinding.Member m : binding.members()) {
      spec.addMethod(factory(binding, self, m));
    }
    spec.addMethod(MethodSpec.methodBuilder("fromXml")
        .addJavadoc("$L", Javadocs.wrap("The value the XML text stands for, or empty when no member type takes it"
            + " (or a facet of the union breaks it). Never null. A text is tried against the member types in"
            + " order, each with its own whitespace rule and facets, as the reader does; a QName's prefix is"
            + " resolved against no namespace declarations, so only an unprefixed one (in no namespace) is a"
            + " value."))
        .addJavadoc("\n@param text the XML text, as read\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(ClassName.get(CharSequence.class), "text")
        .addStatement("return $T.ofNullable($T.parse$L(text.toString(), $T.IGNORE))", Optional.class, rules, simple,
            SchemaCode.SINK)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("member")
        .addJavadoc("Which member type the value is of.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(member)
        .addStatement("return member")
        .build());
    for (UnionBinding.Member m : binding.members()) {
      spec.addMethod(accessor(binding, member, m));
    }
    spec.addMethod(MethodSpec.methodBuilder("xmlValue")
        .addJavadoc("$L", Javadocs.wrap("The XML text written for this value: its member type's canonical form."))
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $T.lexical$L(this)", rules, simple)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(ClassName.get(Object.class).annotated(JavaTypes.NULLABLE), "o")
        .beginControlFlow("if (!(o instanceof $T))", self)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T that = ($T) o", self, self)
        .addStatement("return member == that.member$L", binding.members().stream()
            .map(m -> CodeBlock.of("$W&& $T.equals($N, that.$N)", Objects.class, field(m), field(m)))
            .collect(CodeBlock.joining("")))
        .build());
    spec.addMethod(MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash(member$L)", Objects.class, binding.members().stream()
            .map(m -> CodeBlock.of(",$W$N", field(m)))
            .collect(CodeBlock.joining("")))
        .build());
    spec.addMethod(MethodSpec.methodBuilder("toString")
        .addJavadoc("The XML text written for this value, {@link #xmlValue()}.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return xmlValue()")
        .build());
    return spec.build();
  }

  private MethodSpec factory(UnionBinding binding, ClassName self, UnionBinding.Member m) {
    TypeName plain = types.plain(m.value());
    CodeBlock args = binding.members().stream()
        .map(o -> o == m ? (plain.isPrimitive() ? CodeBlock.of("value") : CodeBlock.of("$T.requireNonNull(value, $S)",
            Objects.class, "value")) : CodeBlock.of("null"))
        .collect(CodeBlock.joining(",$W"));
    return MethodSpec.methodBuilder("of" + m.suffix())
        .addJavadoc("$L", Javadocs.wrap("A value of " + label(m.xmlType())
            + ". Its facets are checked by the validator, as for any value built in code. Written and read"
            + " back, it is of the first member type that takes its text, which may be an earlier one."))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(plain, "value")
        .addStatement("return new $T($T.$N,$W$L)", self, self.nestedClass(binding.memberEnum()), m.constant(), args)
        .build();
  }

  private MethodSpec accessor(UnionBinding binding, ClassName member, UnionBinding.Member m) {
    return MethodSpec.methodBuilder("as" + m.suffix())
        .addJavadoc("$L", Javadocs.wrap("The value as " + label(m.xmlType())
            + " binds it."))
        .addJavadoc("\n@throws IllegalStateException when it is of another member type ({@link #member()})\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(types.plain(m.value()))
        .addStatement("$T value = $N", types.boxed(m.value()).annotated(JavaTypes.NULLABLE), field(m))
        .beginControlFlow("if (value == null)")
        .addStatement("throw new $T($S$W+ member)", IllegalStateException.class,
            "not of member " + m.constant() + " but of ")
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  /** The field holding a member's value: {@code nonNegativeInteger}. */
  private static String field(UnionBinding.Member m) {
    String s = m.suffix();
    return Character.toLowerCase(s.charAt(0)) + s.substring(1) + "Value";
  }

  /**
   * A member type as the documentation names it: {@code xs:int}, {@code Small}, or for an
   * anonymous one its place and its built-in base ({@code member 2, of xs:token}).
   */
  private String label(XmlName type) {
    SimpleTypeModel s = bindings.model().simpleType(type).orElseThrow();
    if (s.anonymous()) {
      String local = type.localName();
      String place = local.substring(local.lastIndexOf('.') + 1).replaceAll("([0-9]+)$", " $1");
      return "the anonymous " + place + (s.isUnion() ? ", a union" : s.isList() ? ", a list"
          : ", of " + Javadocs.code("xs:" + s.builtin().xmlName().localName()));
    }
    return Javadocs.code(BuiltinType.XSD_NAMESPACE.equals(type.namespace()) ? "xs:" + type.localName()
        : type.localName());
  }
}
