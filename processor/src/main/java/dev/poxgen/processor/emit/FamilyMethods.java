package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.TypeFamily;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.FamilyBinding;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The generated code of a family of types ({@link FamilyBinding}): its sealed interface, and the
 * methods of the reader, writer and validator that take a value of it, which dispatch on the
 * {@code xsi:type} a document gives and on the class of a value.
 */
final class FamilyMethods {
  private final SchemaCode code;
  private final NamespaceConstants namespaceConstants;

  FamilyMethods(SchemaCode code, NamespaceConstants namespaceConstants) {
    this.code = code;
    this.namespaceConstants = namespaceConstants;
  }

  /** {@code readAddressFamily}: reads an element declared with the family's base. */
  static String readMethod(FamilyBinding f) {
    return "read" + f.interfaceName();
  }

  /** {@code writeAddressFamily}: writes a value of the family. */
  static String writeMethod(FamilyBinding f) {
    return "write" + f.interfaceName();
  }

  /** {@code validateAddressFamily}: validates a value of the family. */
  static String validateMethod(FamilyBinding f) {
    return "validate" + f.interfaceName();
  }

  // ---- the interface

  /**
   * The sealed interface: its permitted subtypes, the interface of the family it is part of, and
   * an accessor for each property every member has alike.
   */
  static TypeSpec interfaceType(SchemaCode code, FamilyBinding f, GeneratedSpec generated, JavaTypes types) {
    TypeFamily family = f.family();
    TypeSpec.Builder spec = TypeSpec.interfaceBuilder(types.generated(f.interfaceName()))
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED);
    code.bindings.model().anyComplexType(family.base()).ifPresent(t -> {
      if (!t.documentation().isEmpty()) {
        spec.addJavadoc("$L\n", Javadocs.paragraph(t.documentation().text()));
      }
    });
    String members = f.members().stream().map(m -> "{@link " + m.className() + "}").collect(Collectors.joining(", "));
    spec.addJavadoc("$L", Javadocs.wrap((code.bindings.model().anyComplexType(family.base())
            .map(t -> t.documentation().isEmpty()).orElse(true) ? "" : "<p>")
        + "A value of the type " + Javadocs.code(family.base().localName())
        + (family.abstractBase() ? ", which is abstract," : "") + " or of a type derived from it: " + members + "."
        + " A document names a derived type with {@code xsi:type} on an element declared with "
        + Javadocs.code(family.base().localName()) + ", and the reader reads the element as that type; the"
        + " writer writes {@code xsi:type} naming the value's type"
        + (family.abstractBase() ? "" : " where it is not {@link " + f.members().get(0).className() + "}")
        + ". Sealed: take it apart with {@code instanceof}, or on Java 21 with a pattern {@code switch}."));
    generated.spec().ifPresent(spec::addAnnotation);
    f.parent().ifPresent(p -> spec.addSuperinterface(types.generated(p)));
    f.permits().forEach(p -> spec.addPermittedSubclass(types.generated(p)));
    for (PropertyBinding p : f.common()) {
      TypeName returns = accessorType(p, types);
      spec.addMethod(MethodSpec.methodBuilder(p.name())
          .addJavadoc("$L", Javadocs.wrap("The " + Javadocs.code(p.xmlLabel()) + " of the value, as each of "
              + members + " gives it."))
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(returns)
          .build());
    }
    if (f.extras()) {
      spec.addMethod(MethodSpec.methodBuilder("extras")
          .addJavadoc("What a document held in the element beyond the schema; see each member's.\n")
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(ValueClassWriter.EXTRAS)
          .build());
    }
    return spec.build();
  }

  /** What a member's accessor of the property returns (see {@code ValueClassWriter.accessors}). */
  private static TypeName accessorType(PropertyBinding p, JavaTypes types) {
    if (p.repeated()) {
      return com.palantir.javapoet.ParameterizedTypeName.get(JavaTypes.LIST, types.boxed(p.type()));
    }
    if (p.source() == PropertyBinding.Source.TEXT && p.type().kind() == dev.poxgen.processor.naming.ValueKind.STRING) {
      return JavaTypes.STRING;
    }
    return types.optional(p.type());
  }

  // ---- reading

  /**
   * Reads an element declared with the family's base, entered already: as the member its {@code
   * xsi:type} names where that may stand here, else as the base; null, with the element kept,
   * where the base is abstract and the element names no member.
   */
  MethodSpec read(FamilyBinding f) {
    TypeFamily family = f.family();
    MethodSpec.Builder m = MethodSpec.methodBuilder(readMethod(f))
        .addJavadoc("$L", Javadocs.wrap("Reads an element declared with the type " + Javadocs.code(SchemaCode.clark(family.base()))
            + ", which the caller has entered: as the type its {@code xsi:type} names where that is one derived from"
            + " it that may stand here, else as " + (family.abstractBase()
                ? "nothing: the type is abstract, so the element is kept whole with a finding, and the result is"
                    + " null"
                : "that type") + "."))
        .addJavadoc("\n@param blocked the derivation methods the element blocks ($L extension, $L restriction)\n",
            SchemaCode.EXTENSION, SchemaCode.RESTRICTION)
        .addModifiers(Modifier.STATIC)
        .returns(code.valueClass(f))
        .addParameter(SchemaCode.CURSOR, "c")
        .addParameter(int.class, "blocked")
        .addException(SchemaCode.READ_EXCEPTION);
    // Most elements name no type: one look at the attributes, and no more, for them.
    m.beginControlFlow("if (c.hasXsiType())");
    for (TypeFamily.Member member : family.members()) {
      if (member.type().equals(family.base())) {
        continue;
      }
      TypeBinding t = code.bindings.typeFor(member.type());
      m.beginControlFlow("if (c.isXsiType($L,$W$S))", namespaceConstants.of(member.type().namespace()),
          member.type().localName());
      if (blockedByType(family, member)) {
        m.addStatement("c.blockedXsiType($L)", SchemaCode.literal(blockedMessage(family, member, "the type "
            + SchemaCode.clark(family.base()))));
      } else {
        m.beginControlFlow("if ((blocked & $L) == 0)", SchemaCode.blockMask(member.methods()))
            .addStatement("return $N(c)", "read" + t.className())
            .endControlFlow()
            .addStatement("c.blockedXsiType($L)", SchemaCode.literal(blockedMessage(family, member, "this element")));
      }
      m.endControlFlow();
    }
    for (XmlName abstractMember : family.abstractMembers()) {
      m.beginControlFlow("if (c.isXsiType($L,$W$S))", namespaceConstants.of(abstractMember.namespace()),
              abstractMember.localName())
          .addStatement("c.blockedXsiType($L)", SchemaCode.literal("xsi:type names " + SchemaCode.clark(abstractMember)
              + ", which is abstract: a value is of a concrete type (" + concrete(family) + ")"))
          .endControlFlow();
    }
    m.endControlFlow();
    if (family.abstractBase()) {
      m.addStatement("c.abstractType($L)", SchemaCode.literal("the element's type " + SchemaCode.clark(family.base())
              + " is abstract: it needs an xsi:type naming a type derived from it (" + concrete(family) + ")"))
          .addStatement("return null");
    } else {
      m.addStatement("return $N(c)", "read" + f.baseClass().orElseThrow().className());
    }
    return m.build();
  }

  private static String blockedMessage(TypeFamily family, TypeFamily.Member member, String who) {
    return "xsi:type names " + SchemaCode.clark(member.type()) + ", derived from " + SchemaCode.clark(family.base()) + " by "
        + SchemaCode.methods(member.methods()) + ", which " + who + " blocks";
  }

  /** Whether the base's own {@code block} keeps the member out of every element of the base. */
  private static boolean blockedByType(TypeFamily family, TypeFamily.Member member) {
    return member.methods().stream().anyMatch(family.blocked()::contains);
  }

  /** The concrete types of the family, as messages list them: at most five. */
  private static String concrete(TypeFamily family) {
    List<String> names = family.members().stream().map(m -> SchemaCode.clark(m.type())).toList();
    return names.size() <= 5 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
  }

  // ---- writing

  /**
   * Writes a value of the family as the element {@code name} in {@code namespace}: a member's
   * class other than the base's with the {@code xsi:type} that names it.
   */
  MethodSpec write(FamilyBinding f) {
    TypeFamily family = f.family();
    MethodSpec.Builder m = MethodSpec.methodBuilder(writeMethod(f))
        .addJavadoc("$L", Javadocs.wrap("Writes a value declared as " + Javadocs.code(f.interfaceName())
            + " as the element {@code name} in {@code namespace}, with an {@code xsi:type} naming its type where"
            + " that is not " + Javadocs.code(SchemaCode.clark(family.base())) + "."))
        .addModifiers(Modifier.STATIC)
        .addParameter(SchemaCode.XML_OUT, "o")
        .addParameter(String.class, "namespace")
        .addParameter(String.class, "name")
        .addParameter(code.valueClass(f), "v")
        .addException(SchemaCode.WRITE_EXCEPTION);
    for (TypeBinding t : f.members()) {
      ClassName c = code.valueClass(t);
      m.beginControlFlow("if (v instanceof $T)", c);
      if (!t.type().name().equals(family.base())) {
        m.addStatement("o.xsiType($L,$W$S)", namespaceConstants.of(t.type().name().namespace()),
            t.type().name().localName());
      }
      m.addStatement("$N(o, namespace, name, ($T) v)", WriterClassWriter.writeMethod(t), c)
          .addStatement("return")
          .endControlFlow();
    }
    return m.addStatement("throw new $T($S + v.getClass())", IllegalStateException.class, "no writer for ")
        .build();
  }

  // ---- validating

  /**
   * Validates a value of the family by its class, after checking that its type may stand in the
   * element: not derived by a method the element or the base blocks.
   */
  MethodSpec validate(FamilyBinding f) {
    TypeFamily family = f.family();
    MethodSpec.Builder m = MethodSpec.methodBuilder(validateMethod(f))
        .addJavadoc("$L", Javadocs.wrap("Validates a value declared as " + Javadocs.code(f.interfaceName())
            + " as the type it is, and that the type may stand in the element (one neither the element nor "
            + Javadocs.code(SchemaCode.clark(family.base())) + " blocks)."))
        .addJavadoc("\n@param blocked the derivation methods the element blocks ($L extension, $L restriction)\n",
            SchemaCode.EXTENSION, SchemaCode.RESTRICTION)
        .addModifiers(Modifier.STATIC)
        .addParameter(code.valueClass(f), "v")
        .addParameter(int.class, "blocked")
        .addParameter(SchemaCode.PATH_SINK, "sink");
    for (TypeFamily.Member member : family.members()) {
      TypeBinding t = code.bindings.typeFor(member.type());
      ClassName c = code.valueClass(t);
      m.beginControlFlow("if (v instanceof $T)", c);
      if (!member.type().equals(family.base()) && blockedByType(family, member)) {
        m.addStatement("sink.error($T.XSI,$W$L)", SchemaCode.CODE,
            SchemaCode.literal(blockedMessage(family, member, "the type " + SchemaCode.clark(family.base()))));
      } else if (!member.type().equals(family.base())) {
        m.beginControlFlow("if ((blocked & $L) != 0)", SchemaCode.blockMask(member.methods()))
            .addStatement("sink.error($T.XSI,$W$L)", SchemaCode.CODE,
                SchemaCode.literal(blockedMessage(family, member, "this element")))
            .endControlFlow();
      }
      m.addStatement("$N(($T) v, sink)", "validate" + t.className(), c)
          .addStatement("return")
          .endControlFlow();
    }
    return m.addStatement("throw new $T($S + v.getClass())", IllegalStateException.class, "no validator for ")
        .build();
  }
}
