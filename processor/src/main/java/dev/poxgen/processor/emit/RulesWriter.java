package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.BuiltinType;
import dev.poxgen.processor.model.Compositor;
import dev.poxgen.processor.model.ContentModel;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.Facets;
import dev.poxgen.processor.model.GroupModel;
import dev.poxgen.processor.model.Occurrence;
import dev.poxgen.processor.model.Particle;
import dev.poxgen.processor.model.RuleModel;
import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.WhiteSpace;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.ConstantBinding;
import dev.poxgen.processor.naming.EnumBinding;
import dev.poxgen.processor.naming.JavaNames;
import dev.poxgen.processor.naming.XsdPatterns;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.UnionBinding;
import dev.poxgen.processor.naming.ValueKind;
import dev.poxgen.processor.naming.ValueType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the rules class: for each simple type a parse-and-check of text and a check of a typed
 * value, for each complex type the structural check (required children and attributes, choices,
 * list bounds). The reader and the validator both call it, so they cannot disagree.
 */
final class RulesWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;
  /** The compiled patterns, one field each however often the check that uses it is built. */
  private final java.util.Set<FieldSpec> patterns = new java.util.LinkedHashSet<>();
  /** The constant of each fixed value, by its simple type's name and its text. */
  private final java.util.Map<String, String> fixedFields = new java.util.LinkedHashMap<>();
  private final NamespaceConstants namespaceConstants;
  private int choices;
  /** The methods of the rules class; parts of a large check get names no other method has. */
  private final NameAllocator methodNames = new NameAllocator();

  RulesWriter(SchemaCode code, GeneratedSpec generated) {
    this.namespaceConstants = new NamespaceConstants(code);
    this.code = code;
    this.generated = generated;
  }

  TypeSpec write() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(code.rules())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("$L", Javadocs.wrap("The checks of the schema, shared by {@link " + code.reader().simpleName()
            + "} and {@link " + code.validator().simpleName() + "}: one place for each rule."));
    generated.spec().ifPresent(spec::addAnnotation);
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (SimpleTypeModel s : code.bindings.model().simpleTypes().values()) {
      ValueType vt = valueType(s);
      simpleType(spec, s, vt);
    }
    for (SimpleTypeModel s : code.bindings.model().simpleTypes().values()) {
      String name = code.simpleName(valueType(s));
      for (String prefix : List.of("parse", "check", "lexical", "canonical", "spells", "written", "match", "qnames",
          "xsi", "facets", "items")) {
        methodNames.newName(prefix + name);
      }
    }
    methodNames.newName("quote");
    for (TypeBinding t : code.bindings.types()) {
      methodNames.newName("check" + t.className());
    }
    for (TypeBinding t : code.bindings.types()) {
      List<MethodSpec> structure = structure(t);
      if (!structure.get(0).code().isEmpty()) {
        spec.addMethods(structure);
      }
    }
    spec.addMethod(MethodSpec.methodBuilder("quote")
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "text")
        .addStatement("return '\"' + (text.length() > 60 ? text.substring(0, 60) + \"...\" : text) + '\"'")
        .build());
    if (!code.bindings.model().globalAttributes().isEmpty()) {
      spec.addMethod(globalAttribute());
    }
    List<FieldSpec> identity = code.identity().fields(namespaceConstants);
    List<FieldSpec> prefixes = prefixFields();
    namespaceConstants.addTo(spec);
    // Before the fixed values parsed with them.
    prefixes.forEach(spec::addField);
    patterns.forEach(spec::addField);
    identity.forEach(spec::addField);
    if (code.bindings.model().simpleTypes().values().stream().anyMatch(SimpleTypeModel::isUnion)) {
      spec.addType(probe());
    }
    return spec.build();
  }

  /** {@code PREFIXES_n}: the prefixes QName-holding defaults use, as their schema documents bind them. */
  private List<FieldSpec> prefixFields() {
    List<FieldSpec> out = new ArrayList<>();
    SchemaCode.prefixFields(code.bindings).forEach((pairs, name) -> {
      List<CodeBlock> items = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i += 2) {
        items.add(CodeBlock.of("$S,$W$L", pairs.get(i), namespaceConstants.of(pairs.get(i + 1))));
      }
      out.add(FieldSpec.builder(String[].class, name, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L", Javadocs.wrap("Prefixes of a schema default or fixed value that is or holds a QName,"
              + " each followed by the namespace its schema document binds it to."))
          .initializer("{$L}", CodeBlock.join(items, ",$W"))
          .build());
    });
    return out;
  }

  /**
   * Whether the rules class has a {@code checkX} method for the values of a simple type: only when
   * a facet (or the range its built-in implies) can reject a value, so no generated method is
   * empty and nobody calls one that does nothing.
   */
  static boolean checksValue(SchemaCode code, XmlName simpleType) {
    SimpleTypeModel s = code.bindings.model().simpleType(simpleType).orElseThrow();
    ValueType vt = valueType(s);
    return (vt.kind() != ValueKind.ENUM || !s.facets().patterns().isEmpty())
        && !scratch(code).check(s, vt, code.simpleName(vt)).code().isEmpty();
  }

  /** Whether the rules class has a structural {@code checkX} for a complex type: only when it checks something. */
  static boolean checksStructure(SchemaCode code, TypeBinding t) {
    return !scratch(code).structure(t).get(0).code().isEmpty();
  }

  /** A writer whose methods are built only to be looked at, so the answer comes from the very code written. */
  private static RulesWriter scratch(SchemaCode code) {
    return new RulesWriter(code, new GeneratedSpec(false, ""));
  }

  private static ValueType valueType(SimpleTypeModel s) {
    return ValueType.of(s);
  }

  /**
   * Whether the patterns of a simple type match how a value is written rather than the value: a
   * type whose Java value is not its text (numbers, booleans, lists), so {@code 012} and {@code 12}
   * are one value that only one of them may spell. Its {@code checkX} takes that text, and the
   * validator passes the text the writer writes ({@code writtenX}). An enumeration's patterns match
   * the value's own spelling, {@code xmlValue()}: a spelling in another case is a finding of its own.
   */
  static boolean patternsOnText(SchemaCode code, XmlName simpleType) {
    return patternsOnText(code, code.bindings.model().simpleType(simpleType).orElseThrow());
  }

  /** The same, of a type's model: its own patterns, or for a list those of its item type. */
  private static boolean patternsOnText(SchemaCode code, SimpleTypeModel s) {
    return switch (valueType(s).kind()) {
      case INT, LONG, BOOLEAN, BIG_INTEGER, DECIMAL, FLOAT, DOUBLE, UNION, QNAME, TEMPORAL, BINARY ->
          !s.facets().patterns().isEmpty();
      case LIST -> !s.facets().patterns().isEmpty() || patternsOnText(code, s.itemType().orElseThrow());
      default -> false;
    };
  }

  // ---- simple types

  private void simpleType(TypeSpec.Builder spec, SimpleTypeModel s, ValueType vt) {
    String name = code.simpleName(vt);
    TypeName boxed = code.parsed(vt);
    MethodSpec built = vt.kind() == ValueKind.ENUM && s.facets().patterns().isEmpty() ? null : check(s, vt, name);
    MethodSpec check = built == null || built.code().isEmpty() ? null : built;
    MethodSpec.Builder parse = MethodSpec.methodBuilder("parse" + name)
        .addJavadoc("$L", Javadocs.wrap("The value of " + Javadocs.code(s.name().localName())
            + " the text stands for, after reporting why not, or null."))
        .addModifiers(Modifier.STATIC)
        .returns(boxed)
        .addParameter(char[].class, "text")
        .addParameter(int.class, "length")
        .addParameter(SchemaCode.SINK, "sink");
    String rule = s.facets().whiteSpace().name();
    switch (vt.kind()) {
      case ENUM -> {
        EnumBinding e = code.bindings.enumFor(s.name());
        ClassName en = code.types.generated(e.enumName());
        String forms = e.constants().stream().flatMap(c -> c.lexicalForms().stream()).collect(Collectors.joining(", "));
        CodeBlock checked = check == null ? CodeBlock.of("value")
            : CodeBlock.of("check$L(value, sink) ? value : null", name);
        parse.addStatement("$T value = $T.match(text, length)", en, en)
            .beginControlFlow("if (value != null)")
            .addStatement("return $L", checked)
            .endControlFlow();
        if (s.builtin().isNumeric()) {
          // XML Schema compares an enumeration of numbers as numbers: 01 and +1 are 1.
          String space = s.builtin().isFloatingPoint() ? s.builtin().name()
              : s.builtin() == BuiltinType.DECIMAL ? "DECIMAL" : "INTEGER";
          parse.addStatement("String number = new String(text, 0, length)")
              .beginControlFlow("for ($T candidate : $T.values())", en, en)
              .beginControlFlow("if ($T.$L.equal(number, candidate.xmlValue()))", SchemaCode.NUMBER_SPACE, space)
              .addStatement("return $L", check == null ? CodeBlock.of("candidate")
                  : CodeBlock.of("check$L(candidate, sink) ? candidate : null", name))
              .endControlFlow()
              .endControlFlow();
        }
        parse.addStatement("value = $T.matchIgnoringCase(text, length)", en)
            .beginControlFlow("if (value == null)")
            .addStatement("sink.error($T.ENUMERATION,$Wquote(new String(text, 0, length))$W+ $L)", SchemaCode.CODE,
                SchemaCode.literal(" is not one of " + forms))
            .nextControlFlow("else")
            .addStatement("sink.deviation($T.ENUMERATION,$Wquote(new String(text, 0, length))$W+ $L$W+ value.xmlValue()"
                + "$W+ $S)", SchemaCode.CODE, SchemaCode.literal(" is not one of " + forms + "; read as "),
                ", the value it names in another case")
            .endControlFlow()
            .addStatement(check == null ? CodeBlock.of("return value")
                : CodeBlock.of("return value != null && check$L(value, sink) ? value : null", name));
      }
      case INT, LONG -> {
        boolean isInt = vt.kind() == ValueKind.INT;
        parse.addStatement("long number = $T.parseLong(text, length)", SchemaCode.LEXICAL);
        // Long.MIN_VALUE is the runtime's "no value", and the least xs:long as well.
        parse.beginControlFlow(isInt
                ? CodeBlock.of("if (number == Long.MIN_VALUE || number < Integer.MIN_VALUE || number > Integer.MAX_VALUE)")
                : CodeBlock.of("if (number == Long.MIN_VALUE && !$T.isLongMinimum(text, length))", SchemaCode.LEXICAL))
            .addStatement("sink.error($T.INVALID_VALUE,$Wquote(new String(text, 0, length))$W+ $S)", SchemaCode.CODE,
                " is not an integer of type xs:" + s.builtin().xmlName().localName())
            .addStatement("return null")
            .endControlFlow();
        if (check == null) {
          parse.addStatement(isInt ? "return (int) number" : "return number");
        } else {
          parse.addStatement(isInt ? "int value = (int) number" : "long value = number");
          checkParsed(parse, check, name, written(s, vt));
        }
      }
      case STRING -> {
        CodeBlock value = s.facets().whiteSpace() == WhiteSpace.PRESERVE
            ? CodeBlock.of("new String(text, 0, length)")
            : CodeBlock.of("$T.$L.apply(new String(text, 0, length))", SchemaCode.WHITE_SPACE, rule);
        if (check == null) {
          parse.addStatement("return $L", value);
        } else {
          parse.addStatement("String value = $L", value);
          checkParsed(parse, check, name, null);
        }
      }
      case BOOLEAN, BIG_INTEGER, DECIMAL, FLOAT, DOUBLE -> {
        String parser = switch (vt.kind()) {
          case BOOLEAN -> "parseBoolean";
          case BIG_INTEGER -> "parseInteger";
          case FLOAT -> "parseFloat";
          case DOUBLE -> "parseDouble";
          default -> "parseDecimal";
        };
        String what = switch (vt.kind()) {
          case BOOLEAN -> " is not a boolean (true, false, 1 or 0)";
          case BIG_INTEGER -> " is not an integer";
          case FLOAT, DOUBLE -> " is not an xs:" + s.builtin().xmlName().localName()
              + " (such as 1.5, -2E3, INF, -INF or NaN)";
          default -> " is not a decimal number";
        };
        parse.addStatement("$T value = $T.$L(new String(text, 0, length))", boxed, SchemaCode.LEXICAL, parser)
            .beginControlFlow("if (value == null)")
            .addStatement("sink.error($T.INVALID_VALUE,$Wquote(new String(text, 0, length))$W+ $S)", SchemaCode.CODE,
                what)
            .addStatement("return null")
            .endControlFlow();
        checkParsed(parse, check, name, written(s, vt));
      }
      case TEMPORAL, BINARY -> {
        // The runtime's value type reads it, saying why not: "2023-02-29" has no 29 February.
        CodeBlock read = vt.kind() == ValueKind.TEMPORAL ? CodeBlock.of("$T.parse", boxed)
            : CodeBlock.of("$T.$L", boxed, s.builtin() == BuiltinType.HEX_BINARY ? "fromHex" : "fromBase64");
        parse.addStatement("$T value", boxed)
            .beginControlFlow("try")
            .addStatement("value = $L(new String(text, 0, length))", read)
            .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
            .addStatement("sink.error($T.INVALID_VALUE, e.getMessage())", SchemaCode.CODE)
            .addStatement("return null")
            .endControlFlow();
        checkParsed(parse, check, name, written(s, vt));
      }
      case LIST -> listParse(spec, parse, s, vt, name);
      case UNION -> {
        parse.addStatement("String raw = new String(text, 0, length)")
            .addStatement("$T value = match$L(raw, sink)", boxed, name)
            .beginControlFlow("if (value == null)")
            .addStatement("sink.error($T.INVALID_VALUE, quote(raw)$W+ $L)", SchemaCode.CODE,
                SchemaCode.literal(" is not a value of any member type of the union " + s.name().localName()
                    + ": " + memberList(s)))
            .addStatement("return null")
            .endControlFlow();
        // The member took it with its own facets already: only the union's own are left.
        boolean onText = patternsOnText(code, s);
        if (unionFacets(s, name).isEmpty()) {
          parse.addStatement("return value");
        } else if (code.bindings.model().holdsQName(s.name())) {
          // As a QName's: a value its own facets refuse is still the value, which holds the namespaces
          // its prefixes were bound to, so the validator says of it what the reader said.
          parse.addStatement("facets$L(value, $Lsink)", name, onText ? "raw, " : "")
              .addStatement("return value");
        } else {
          parse.addStatement("return facets$L(value, $Lsink) ? value : null", name, onText ? "raw, " : "");
        }
      }
      case QNAME -> {
        if (s.facets().isEnumeration() || !s.facets().patterns().isEmpty()) {
          // Resolved where the document has it, then held to the enumeration and the patterns (on
          // the text). A QName they refuse is still the value: it holds the namespace its prefix was
          // bound to, which its text alone would lose, so the validator says of it what the reader said.
          boolean onText = patternsOnText(code, s);
          parse.addStatement("String collapsed = $T.COLLAPSE.apply(new String(text, 0, length))", SchemaCode.WHITE_SPACE)
              .addStatement("$T value = $T.parse(collapsed,$W$N,$Wsink)", javax.xml.namespace.QName.class,
                  SchemaCode.QNAMES, ncNamePattern())
              .beginControlFlow("if (value != null)")
              .addStatement(onText ? "check$L(value, collapsed, sink)" : "check$L(value, sink)", name)
              .endControlFlow()
              .addStatement("return value");
        } else {
          parse.addStatement("return $T.parse($T.COLLAPSE.apply(new String(text, 0, length)),$W$N,$Wsink)",
              SchemaCode.QNAMES, SchemaCode.WHITE_SPACE, ncNamePattern());
        }
      }
      default -> throw new IllegalStateException(vt.toString());
    }
    spec.addMethod(parse.build());
    spec.addMethod(MethodSpec.methodBuilder("parse" + name)
        .addModifiers(Modifier.STATIC)
        .returns(boxed)
        .addParameter(String.class, "text")
        .addParameter(SchemaCode.SINK, "sink")
        .addStatement("return parse$L(text.toCharArray(), text.length(), sink)", name)
        .build());
    if (check != null) {
      spec.addMethod(check);
    }
    if (patternsOnText(code, s)) {
      spec.addMethod(checkWritten(s, vt, name));
      spec.addMethod(writtenMethod(s, vt, name));
    }
    if (s.isUnion()) {
      spec.addMethod(match(s, name));
      unionFacets(s, name).ifPresent(spec::addMethod);
    }
    if ((s.isUnion() || s.isList()) && code.bindings.model().holdsQName(s.name())) {
      spec.addMethod(qnames(s, vt, name));
    }
    if (xsiTyped(s)) {
      xsiTypes(spec, s, vt, name);
    }
    spec.addMethod(MethodSpec.methodBuilder("lexical" + name)
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(code.types.plain(vt), "value")
        .addStatement("return $L", switch (vt.kind()) {
          case ENUM -> CodeBlock.of("value.xmlValue()");
          case INT -> CodeBlock.of("Integer.toString(value)");
          case LONG -> CodeBlock.of("Long.toString(value)");
          case BOOLEAN -> CodeBlock.of("Boolean.toString(value)");
          case DECIMAL -> CodeBlock.of("value.toPlainString()");
          case BIG_INTEGER -> CodeBlock.of("value.toString()");
          case FLOAT -> CodeBlock.of("$T.canonicalFloat(value)", SchemaCode.LEXICAL);
          case DOUBLE -> CodeBlock.of("$T.canonicalDouble(value)", SchemaCode.LEXICAL);
          case LIST -> CodeBlock.of("$T.lexical(value, $T::lexical$L)", SchemaCode.LISTS, code.rules(),
              code.simpleName(code.types.item(vt)));
          case QNAME -> CodeBlock.of("$T.lexical(value)", SchemaCode.QNAMES);
          case TEMPORAL -> CodeBlock.of("value.toString()");
          case BINARY -> CodeBlock.of(s.builtin() == BuiltinType.HEX_BINARY ? "value.toHex()" : "value.toBase64()");
          case UNION -> unionLexical(vt);
          default -> CodeBlock.of("value");
        })
        .build());
    MethodSpec.Builder canonical = MethodSpec.methodBuilder("canonical" + name)
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(char[].class, "text")
        .addParameter(int.class, "length")
        .addParameter(code.types.plain(vt), "value");
    if (code.bindings.model().holdsQName(s.name())) {
      // Its spelling is never kept: written, each QName in it takes the prefix the writer binds.
      canonical.addJavadoc("$L", Javadocs.wrap("Whether the text need not be kept: always, as a QName is written under"
              + " the prefix the writer binds."))
          .addStatement("return true");
    } else if (vt.kind() == ValueKind.STRING && s.facets().whiteSpace() == WhiteSpace.PRESERVE) {
      // Read as its very text, a string that keeps its whitespace is written as it was read.
      canonical.addJavadoc("$L", Javadocs.wrap("Whether the text is exactly how the value is written: always, as"
              + " the value is the text."))
          .addStatement("return true");
    } else if (vt.kind() == ValueKind.INT || vt.kind() == ValueKind.LONG) {
      // The text was read as the value: it is the value's form when it is an integer's canonical one.
      canonical.addJavadoc("Whether the text is exactly how the value is written.\n")
          .addStatement("return $T.canonicalInteger(text, length)", SchemaCode.LEXICAL);
    } else {
      canonical.addJavadoc("Whether the text is exactly how the value is written.\n")
          .addStatement("return $T.matches(text, length,$Wlexical$L(value),$W$T.PRESERVE)", SchemaCode.LEXICAL, name,
              SchemaCode.WHITE_SPACE);
    }
    spec.addMethod(canonical.build());
    spec.addMethod(MethodSpec.methodBuilder("spells" + name)
        .addJavadoc("Whether raw text kept from a document still stands for this value.\n")
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(String.class, "raw")
        .addParameter(code.types.plain(vt), "value")
        .addStatement("return $T.equals(value, parse$L(raw, $T.IGNORE))", java.util.Objects.class, name,
            SchemaCode.SINK)
        .build());
  }

  /** Whether a list type has facets of its own: length, minLength, maxLength, pattern or enumeration. */
  private static boolean listFacets(SimpleTypeModel s) {
    Facets f = s.facets();
    return f.length().isPresent() || f.minLength().isPresent() || f.maxLength().isPresent()
        || !f.patterns().isEmpty() || f.isEnumeration();
  }

  /**
   * The parse of a list type: its text split at whitespace, each item parsed (and checked) as its
   * item type, then the list's own facets, its pattern on the collapsed text. A list with an item
   * that is not valid is not a value.
   */
  private void listParse(TypeSpec.Builder spec, MethodSpec.Builder parse, SimpleTypeModel s, ValueType vt,
      String name) {
    ValueType item = code.types.item(vt);
    TypeName itemType = code.types.boxed(item);
    parse.addStatement("$T value = $T.items$L(text, length, sink)", code.parsed(vt), code.rules(), name)
        .beginControlFlow("if (value == null)")
        .addStatement("return null")
        .endControlFlow();
    if (listFacets(s) && code.bindings.model().holdsQName(s.name())) {
      // As a QName's: a list its own facets refuse is still the value, with the namespaces its
      // prefixes were bound to, so the validator says of it what the reader said.
      parse.addStatement("facets$L(value,$W$T.COLLAPSE.apply(new String(text, 0, length)),$Wsink)", name,
              SchemaCode.WHITE_SPACE)
          .addStatement("return value");
    } else if (listFacets(s)) {
      parse.addStatement("return facets$L(value,$W$T.COLLAPSE.apply(new String(text, 0, length)),$Wsink) ? value : null",
          name, SchemaCode.WHITE_SPACE);
    } else {
      parse.addStatement("return value");
    }
    spec.addMethod(MethodSpec.methodBuilder("items" + name)
        .addJavadoc("$L", Javadocs.wrap("The items of " + Javadocs.code(s.name().localName())
            + " the text stands for, each checked as its item type but the list's own facets not checked, or null"
            + " when an item is not valid."))
        .addModifiers(Modifier.STATIC)
        .returns(code.parsed(vt))
        .addParameter(char[].class, "text")
        .addParameter(int.class, "length")
        .addParameter(SchemaCode.SINK, "sink")
        .addStatement("$T items = $T.items(text, length)", ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING),
            SchemaCode.LISTS)
        .addStatement("$T value = new $T<>(items.size())", ParameterizedTypeName.get(JavaTypes.LIST, itemType),
            JavaTypes.ARRAY_LIST)
        .addStatement("boolean ok = true")
        .beginControlFlow("for (String item : items)")
        .addStatement("$T v = parse$L(item, sink)", itemType, code.simpleName(item))
        .beginControlFlow("if (v == null)")
        .addStatement("ok = false")
        .nextControlFlow("else")
        .addStatement("value.add(v)")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return ok ? $T.of(value) : null", SchemaCode.LISTS)
        .build());
    if (listFacets(s)) {
      spec.addMethod(listFacetsMethod(s, vt, name));
    }
  }

  /**
   * {@code facetsX}: the facets of a list type, on its value and its collapsed text: the length
   * facets count items, a pattern matches the text, and an enumeration compares the values item by
   * item.
   */
  private MethodSpec listFacetsMethod(SimpleTypeModel s, ValueType vt, String name) {
    Facets f = s.facets();
    MethodSpec.Builder m = MethodSpec.methodBuilder("facets" + name)
        .addJavadoc("$L", Javadocs.wrap("Reports each facet of the list " + Javadocs.code(s.name().localName())
            + " the value, written as {@code lexical}, breaks; whether it breaks none."))
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(code.parsed(vt), "value")
        .addParameter(String.class, "lexical")
        .addParameter(SchemaCode.SINK, "sink")
        .addStatement("boolean ok = true");
    if (f.length().isPresent() || f.minLength().isPresent() || f.maxLength().isPresent()) {
      m.addStatement("int n = value.size()");
    }
    f.length().ifPresent(n -> m.beginControlFlow("if (n != $L)", n)
        .addStatement("sink.error($T.LENGTH,$Wquote(lexical) + \" has \" + n$W+ (n == 1 ? \" item\" : \" items\")$W+ $S)",
            SchemaCode.CODE, "; exactly " + n + " are required")
        .addStatement("ok = false")
        .endControlFlow());
    f.minLength().ifPresent(n -> m.beginControlFlow("if (n < $L)", n)
        .addStatement("sink.error($T.LENGTH,$Wquote(lexical) + \" has \" + n$W+ (n == 1 ? \" item\" : \" items\")$W+ $S)",
            SchemaCode.CODE, "; at least " + n + " are required")
        .addStatement("ok = false")
        .endControlFlow());
    f.maxLength().ifPresent(n -> m.beginControlFlow("if (n > $L)", n)
        .addStatement("sink.error($T.LENGTH,$Wquote(lexical) + \" has \" + n$W+ (n == 1 ? \" item\" : \" items\")$W+ $S)",
            SchemaCode.CODE, "; at most " + n + " are allowed")
        .addStatement("ok = false")
        .endControlFlow());
    patternChecks(m, f, name, "lexical");
    if (f.isEnumeration()) {
      String field = "ENUMERATION_" + JavaNames.constant(name);
      List<String> values = f.enumerations().stream().map(e -> e.value()).toList();
      patterns.add(FieldSpec.builder(String[].class, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("{$L}", values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(",$W")))
          .build());
      String forms = values.stream().map(v -> "\"" + String.join(" ", v.strip().split("[ \t\r\n]+")) + "\"")
          .collect(Collectors.joining(", "));
      m.addStatement("boolean known = false")
          .beginControlFlow("for (String e : $N)", field)
          .addStatement("known |= $T.sameValues(value,$Witems$L(e.toCharArray(), e.length(),$W$L))",
              SchemaCode.LISTS, name, SchemaCode.enumerationSink(code.bindings, s))
          .endControlFlow()
          .beginControlFlow("if (!known)")
          .addStatement("sink.error($T.ENUMERATION, quote(lexical)$W+ $L)", SchemaCode.CODE,
              SchemaCode.literal(" is not one of " + forms))
          .addStatement("ok = false")
          .endControlFlow();
    }
    return m.addStatement("return ok").build();
  }

  /**
   * A check of each pattern of a type's facets on the text in the variable {@code text}, each
   * pattern compiled once into a field of the rules class.
   */
  private void patternChecks(MethodSpec.Builder m, Facets f, String name, String text) {
    int i = 0;
    for (String pattern : f.patterns()) {
      String field = "PATTERN_" + JavaNames.constant(name) + "_" + (i++);
      patterns.add(FieldSpec.builder(Pattern.class, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.compile($Z$L)", Pattern.class, SchemaCode.literal(XsdPatterns.toJava(pattern)))
          .build());
      m.beginControlFlow("if (!$N.matcher($N).matches())", field, text)
          .addStatement("sink.error($T.PATTERN, quote($N)$W+ $L)", SchemaCode.CODE, text,
              SchemaCode.literal(" does not match the pattern " + pattern))
          .addStatement("ok = false")
          .endControlFlow();
    }
  }

  /**
   * The field of the pattern of an NCName, XML Schema's {@code \i\c*} without colons, which each
   * part of a QName matches: declared once, where a QName needs it.
   */
  private String ncNamePattern() {
    String field = "NC_NAME";
    if (patterns.stream().noneMatch(f -> f.name().equals(field))) {
      patterns.add(FieldSpec.builder(Pattern.class, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.compile($Z$L)", Pattern.class, SchemaCode.literal(XsdPatterns.toJava("[\\i-[:]][\\c-[:]]*")))
          .build());
    }
    return field;
  }

  /** The member types of a union, as a message names them: {@code xs:int, Unbounded}. */
  private String memberList(SimpleTypeModel s) {
    return s.members().stream()
        .map(n -> BuiltinType.XSD_NAMESPACE.equals(n.namespace()) ? "xs:" + n.localName() : n.localName())
        .collect(Collectors.joining(", "));
  }

  /**
   * {@code matchX}: the value of the first member type of a union the text is a valid value of
   * (each member applying its own whitespace rule and facets), or null: XML Schema's first match.
   * A member that does not take it reports nothing; a QName member resolves its prefix where
   * {@code sink}'s value appears.
   */
  private MethodSpec match(SimpleTypeModel s, String name) {
    UnionBinding u = code.bindings.unionFor(s.name());
    ClassName union = code.types.generated(u.className());
    ClassName probe = code.rules().nestedClass("Probe");
    MethodSpec.Builder m = MethodSpec.methodBuilder("match" + name)
        .addJavadoc("$L", Javadocs.wrap("The value of the first member type of " + Javadocs.code(s.name().localName())
            + " (" + memberList(s) + ") the text is a value of, or null."))
        .addModifiers(Modifier.STATIC)
        .returns(union.annotated(JavaTypes.NULLABLE))
        .addParameter(String.class, "text")
        .addParameter(SchemaCode.SINK, "sink")
        .addStatement("$T probe", probe);
    for (UnionBinding.Member member : u.members()) {
      String local = "as" + member.suffix();
      m.addStatement("probe = new $T(sink)", probe)
          .addStatement("$T $N = parse$L(text, probe)", code.parsed(member.value()).annotated(JavaTypes.NULLABLE),
              local, code.simpleName(member.value()))
          .beginControlFlow("if ($N != null && !probe.failed)", local)
          .addStatement("return $T.of$L($N)", union, member.suffix(), local)
          .endControlFlow();
    }
    return m.addStatement("return null").build();
  }

  /**
   * {@code qnamesX}: the text written for a value of a union or list that may hold QNames, each
   * QName under a prefix {@code o} binds on the element being written.
   */
  private MethodSpec qnames(SimpleTypeModel s, ValueType vt, String name) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("qnames" + name)
        .addJavadoc("$L", Javadocs.wrap("The text written for a value of " + Javadocs.code(s.name().localName())
            + ", each QName in it under a prefix {@code o} binds on the element being written."))
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(SchemaCode.XML_OUT, "o")
        .addParameter(code.types.plain(vt), "value")
        .addException(SchemaCode.WRITE_EXCEPTION);
    if (vt.kind() == ValueKind.LIST) {
      ValueType item = code.types.item(vt);
      return m.addStatement("$T b = new $T()", StringBuilder.class, StringBuilder.class)
          .beginControlFlow("for ($T item : value)", code.types.boxed(item))
          .beginControlFlow("if (b.length() > 0)")
          .addStatement("b.append(' ')")
          .endControlFlow()
          .addStatement("b.append($L)", qnameText(item, "item"))
          .endControlFlow()
          .addStatement("return b.toString()")
          .build();
    }
    UnionBinding u = code.bindings.unionFor(s.name());
    for (UnionBinding.Member member : u.members()) {
      if (code.bindings.model().holdsQName(member.xmlType())) {
        m.beginControlFlow("if (value.member() == $T.$L.$N)", code.types.generated(u.className()), u.memberEnum(),
                member.constant())
            .addStatement("return $L", qnameText(member.value(), "value.as" + member.suffix() + "()"))
            .endControlFlow();
      }
    }
    return m.addStatement("return lexical$L(value)", name).build();
  }

  /** The text {@code qnamesX} writes for one value of a type: a QName's under its bound prefix. */
  private CodeBlock qnameText(ValueType type, String value) {
    if (type.kind() == ValueKind.QNAME) {
      return CodeBlock.of("o.qname($L)", value);
    }
    return code.bindings.model().holdsQName(type.xmlType()) ? CodeBlock.of("qnames$L(o, $L)", code.simpleName(type), value)
        : CodeBlock.of("lexical$L($L)", code.simpleName(type), value);
  }

  /** The constant of the simple types derived from a type: {@code XSI_XS_STRING}. */
  static String xsiField(String simpleName) {
    return "XSI_" + JavaNames.constant(simpleName);
  }

  /** Whether some element of the type is read with its {@code xsi:type}, naming a type derived from it. */
  private boolean xsiTyped(SimpleTypeModel s) {
    return code.bindings.types().stream().anyMatch(t -> t.properties().stream()
        .anyMatch(p -> p.type().xmlType().equals(s.name()) && code.readsSimpleXsiType(t, p)));
  }

  /**
   * {@code XSI_X}, the simple types derived from a type that an {@code xsi:type} may name on an
   * element of it, and {@code xsiX}: the text checked as the one it names, then parsed as the
   * declared type, quietly (what it reports, the named type reported already).
   */
  private void xsiTypes(TypeSpec.Builder spec, SimpleTypeModel s, ValueType vt, String name) {
    List<XmlName> derived = code.xsiSimpleTypes(s.name());
    spec.addField(FieldSpec.builder(String[].class, xsiField(name), Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L", Javadocs.wrap("The simple types derived from " + Javadocs.code(s.name().localName())
            + " that an {@code xsi:type} may name on an element of it."))
        .initializer("{$W$L}", derived.stream().map(this::clarkName).collect(CodeBlock.joining(",$W")))
        .build());
    MethodSpec.Builder m = MethodSpec.methodBuilder("xsi" + name)
        .addJavadoc("$L", Javadocs.wrap("The value of " + Javadocs.code(s.name().localName()) + " the text stands"
            + " for, checked as the {@code type}-th of {@code " + xsiField(name) + "}, which the element's xsi:type"
            + " names; null after reporting why not."))
        .addModifiers(Modifier.STATIC)
        .returns(code.parsed(vt))
        .addParameter(int.class, "type")
        .addParameter(char[].class, "text")
        .addParameter(int.class, "length")
        .addParameter(SchemaCode.SINK, "sink")
        .addStatement("boolean ok")
        .beginControlFlow("switch (type)");
    for (int i = 0; i < derived.size(); i++) {
      SimpleTypeModel d = code.bindings.model().simpleType(derived.get(i)).orElseThrow();
      m.addCode("case $L:\n$>", i)
          .addStatement("ok = parse$L(text, length, sink) != null", code.simpleName(ValueType.of(d)))
          .addStatement("break")
          .addCode("$<");
    }
    m.addCode("default:\n$>")
        .addStatement("throw new $T($S + type)", IllegalArgumentException.class, "no derived type ")
        .addCode("$<")
        .endControlFlow();
    spec.addMethod(m.addStatement("return ok ? parse$L(text, length, $T.quiet(sink)) : null", name, SchemaCode.SINK)
        .build());
  }

  /**
   * A type's name as {@code {namespace}local}, its namespace by its constant, qualified: the
   * namespace constants come after the fields that use this in the class.
   */
  private CodeBlock clarkName(XmlName type) {
    return type.namespace().isEmpty() ? CodeBlock.of("$S", "{}" + type.localName())
        : CodeBlock.of("\"{\"$W+ $T.$L$W+ $S", code.rules(), namespaceConstants.of(type.namespace()),
            "}" + type.localName());
  }

  /**
   * {@code facetsX}: the facets a restriction of a union adds, its enumeration (compared as values
   * of the union: the member that takes each value, and its value there) and its patterns (on the
   * text); empty where it adds none. The reader checks only these, as the member that took the
   * text checked its own; {@code checkX} checks the member's as well, for a value built in code.
   */
  private java.util.Optional<MethodSpec> unionFacets(SimpleTypeModel s, String name) {
    Facets f = s.facets();
    if (!f.isEnumeration() && f.patterns().isEmpty()) {
      return java.util.Optional.empty();
    }
    MethodSpec.Builder m = MethodSpec.methodBuilder("facets" + name)
        .addJavadoc("$L", Javadocs.wrap("Reports each facet of " + Javadocs.code(s.name().localName())
            + " beside its member types' that the value breaks, its patterns matched against {@code text};"
            + " whether it breaks none."))
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(code.types.plain(valueType(s)), "value");
    if (!f.patterns().isEmpty()) {
      m.addParameter(String.class, "text");
    }
    m.addParameter(SchemaCode.SINK, "sink").addStatement("boolean ok = true");
    if (f.isEnumeration()) {
      List<String> values = f.enumerations().stream().map(e -> e.value()).distinct().toList();
      CodeBlock sink = SchemaCode.enumerationSink(code.bindings, s);
      m.beginControlFlow("if (!($L))", values.stream()
              .map(v -> CodeBlock.of("value.equals(match$L($S,$W$L))", name, v, sink))
              .collect(CodeBlock.joining("$W|| ")))
          .addStatement("sink.error($T.ENUMERATION, quote(lexical$L(value))$W+ $L)", SchemaCode.CODE, name,
              SchemaCode.literal(" is not one of " + String.join(", ", values)))
          .addStatement("ok = false")
          .endControlFlow();
    }
    patternChecks(m, f, name, "text");
    return java.util.Optional.of(m.addStatement("return ok").build());
  }

  /** A union value's canonical form: its member type's. */
  private CodeBlock unionLexical(ValueType vt) {
    UnionBinding u = code.bindings.unionFor(vt.xmlType());
    ClassName union = code.types.generated(u.className());
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < u.members().size(); i++) {
      UnionBinding.Member member = u.members().get(i);
      CodeBlock lexical = CodeBlock.of("lexical$L(value.as$L())", code.simpleName(member.value()), member.suffix());
      if (i == u.members().size() - 1) {
        b.add("$L", lexical);
      } else {
        b.add("value.member() == $T.$L.$N$W? $L$W: ", union, u.memberEnum(), member.constant(), lexical);
      }
    }
    return b.build();
  }

  /** The sink a union's members are tried with: it notes whether anything was reported. */
  private static TypeSpec probe() {
    return TypeSpec.classBuilder("Probe")
        .addJavadoc("Notes whether a check reported anything: a union member that did not take a value.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(SchemaCode.SINK)
        .addField(SchemaCode.SINK, "outer", Modifier.PRIVATE, Modifier.FINAL)
        .addField(boolean.class, "failed")
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(SchemaCode.SINK, "outer")
            .addStatement("this.outer = outer")
            .build())
        .addMethod(MethodSpec.methodBuilder("namespaceUri")
            .addJavadoc("Where the value appears: a QName member resolves its prefix there.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(String.class, "prefix")
            .addStatement("return outer.namespaceUri(prefix)")
            .build())
        .addMethod(MethodSpec.methodBuilder("error")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(SchemaCode.CODE, "code")
            .addParameter(String.class, "message")
            .addStatement("failed = true")
            .build())
        .addMethod(MethodSpec.methodBuilder("errorAboutChild")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(SchemaCode.CODE, "code")
            .addParameter(String.class, "child")
            .addParameter(String.class, "message")
            .addStatement("failed = true")
            .build())
        .addMethod(MethodSpec.methodBuilder("deviation")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(SchemaCode.CODE, "code")
            .addParameter(String.class, "message")
            .addStatement("failed = true")
            .build())
        .build();
  }

  /**
   * Returns the parsed value: as it is, or, when its type has facets, only if it breaks none, its
   * patterns matched against {@code written}, the text as its whitespace rule leaves it, where they
   * match how the value is written.
   */
  private static void checkParsed(MethodSpec.Builder parse, MethodSpec check, String name, CodeBlock written) {
    if (check == null) {
      parse.addStatement("return value");
    } else if (written != null) {
      parse.addStatement("return check$L(value,$W$L,$Wsink) ? value : null", name, written);
    } else {
      parse.addStatement("return check$L(value, sink) ? value : null", name);
    }
  }

  /** The text of {@code parseX}'s {@code text} as the type's whitespace rule leaves it, where its patterns need it. */
  private CodeBlock written(SimpleTypeModel s, ValueType vt) {
    return patternsOnText(code, s)
        ? CodeBlock.of("$T.$L.apply(new String(text, 0, length))", SchemaCode.WHITE_SPACE,
            s.facets().whiteSpace().name())
        : null;
  }

  /** {@code checkX(value, sink)} of a type whose patterns match text: they match the value's canonical form. */
  private MethodSpec checkWritten(SimpleTypeModel s, ValueType vt, String name) {
    return MethodSpec.methodBuilder("check" + name)
        .addJavadoc("$L", Javadocs.wrap("Reports each facet of " + Javadocs.code(s.name().localName())
            + " the value breaks, its patterns matched against the value's canonical form, which is how a value"
            + " built in code is written; whether it breaks none."))
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(code.types.plain(vt), "value")
        .addParameter(SchemaCode.SINK, "sink")
        .addStatement("return check$L(value, lexical$L(value), sink)", name, name)
        .build();
  }

  /**
   * {@code writtenX}: the text a writer writes for a value, as its patterns see it: the document's
   * text kept as raw where it still stands for the value, else the canonical form.
   */
  private MethodSpec writtenMethod(SimpleTypeModel s, ValueType vt, String name) {
    return MethodSpec.methodBuilder("written" + name)
        .addJavadoc("$L", Javadocs.wrap("The text written for a value of " + Javadocs.code(s.name().localName())
            + ", collapsed: {@code raw}, the document's, where it still stands for the value, else the canonical"
            + " form."))
        .addModifiers(Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "raw")
        .addParameter(code.types.plain(vt), "value")
        .addStatement("return raw != null && spells$L(raw, value)$W? $T.$L.apply(raw)$W: lexical$L(value)", name,
            SchemaCode.WHITE_SPACE, s.facets().whiteSpace().name(), name)
        .build();
  }

  private MethodSpec check(SimpleTypeModel s, ValueType vt, String name) {
    boolean onText = patternsOnText(code, s);
    java.util.function.Supplier<MethodSpec.Builder> header = () -> {
      MethodSpec.Builder h = MethodSpec.methodBuilder("check" + name)
          .addJavadoc("$L", Javadocs.wrap("Reports each facet of " + Javadocs.code(s.name().localName())
              + " the value breaks" + (onText ? ", its patterns matched against {@code text}, how it is written" : "")
              + "; whether it breaks none."))
          .addModifiers(Modifier.STATIC)
          .returns(boolean.class)
          .addParameter(code.types.plain(vt), "value");
      if (onText) {
        h.addParameter(String.class, "text");
      }
      return h.addParameter(SchemaCode.SINK, "sink");
    };
    MethodSpec.Builder m = header.get();
    Facets f = s.facets();
    switch (vt.kind()) {
      case INT, LONG -> {
        BigDecimal min = max(f.minInclusive().orElse(null), SchemaCode.builtinMin(vt, s));
        BigDecimal max = min(f.maxInclusive().orElse(null), SchemaCode.builtinMax(vt, s));
        String suffix = vt.kind() == ValueKind.LONG ? "L" : "";
        if (min != null) {
          m.beginControlFlow("if (value < $L$L)", min.toBigIntegerExact(), suffix)
              .addStatement("sink.error($T.RANGE, value + $S)", SchemaCode.CODE, " is less than the minimum " + min.toPlainString())
              .addStatement("ok = false")
              .endControlFlow();
        }
        if (max != null) {
          m.beginControlFlow("if (value > $L$L)", max.toBigIntegerExact(), suffix)
              .addStatement("sink.error($T.RANGE, value + $S)", SchemaCode.CODE, " is more than the maximum " + max.toPlainString())
              .addStatement("ok = false")
              .endControlFlow();
        }
        f.minExclusive().ifPresent(x -> m.beginControlFlow("if (value <= $L$L)", x.toBigInteger(), suffix)
            .addStatement("sink.error($T.RANGE, value + $S)", SchemaCode.CODE, " is not more than " + x.toPlainString())
            .addStatement("ok = false")
            .endControlFlow());
        f.maxExclusive().ifPresent(x -> m.beginControlFlow("if (value >= $L$L)", x.toBigInteger(), suffix)
            .addStatement("sink.error($T.RANGE, value + $S)", SchemaCode.CODE, " is not less than " + x.toPlainString())
            .addStatement("ok = false")
            .endControlFlow());
        // Digits without the sign: Math.abs would keep Long.MIN_VALUE negative, and a cast of a long
        // to long is redundant under -Xlint.
        f.totalDigits().ifPresent(d -> m.beginControlFlow("if ($T.toString(value).replace(\"-\", \"\").length() > $L)",
                vt.kind() == ValueKind.LONG ? Long.class : Integer.class, d)
            .addStatement("sink.error($T.DIGITS, value + $S)", SchemaCode.CODE, " has more than " + d + " digits")
            .addStatement("ok = false")
            .endControlFlow());
      }
      case BIG_INTEGER, DECIMAL -> {
        BigDecimal min = max(f.minInclusive().orElse(null), SchemaCode.builtinMin(vt, s));
        BigDecimal max = min(f.maxInclusive().orElse(null), SchemaCode.builtinMax(vt, s));
        CodeBlock asDecimal = vt.kind() == ValueKind.DECIMAL
            ? CodeBlock.of("value")
            : CodeBlock.of("new $T(value)", BigDecimal.class);
        if (min != null || max != null || f.minExclusive().isPresent() || f.maxExclusive().isPresent()
            || f.totalDigits().isPresent() || f.fractionDigits().isPresent()) {
          m.addStatement("$T number = $L", BigDecimal.class, asDecimal);
        }
        rangeBig(m, min, ">= 0", " is less than the minimum ");
        rangeBig(m, max, "<= 0", " is more than the maximum ");
        f.minExclusive().ifPresent(x -> rangeBig(m, x, "> 0", " is not more than "));
        f.maxExclusive().ifPresent(x -> rangeBig(m, x, "< 0", " is not less than "));
        f.totalDigits().ifPresent(d -> m.beginControlFlow("if ($T.totalDigits(number) > $L)", SchemaCode.LEXICAL, d)
            .addStatement("sink.error($T.DIGITS, value + $S)", SchemaCode.CODE, " has more than " + d + " digits")
            .addStatement("ok = false")
            .endControlFlow());
        f.fractionDigits().ifPresent(d -> m.beginControlFlow("if ($T.fractionDigits(number) > $L)", SchemaCode.LEXICAL, d)
            .addStatement("sink.error($T.DIGITS, value + $S)", SchemaCode.CODE, " has more than " + d + " fraction digits")
            .addStatement("ok = false")
            .endControlFlow());
      }
      case FLOAT, DOUBLE -> FloatingBounds.check(m, f, vt.kind() == ValueKind.FLOAT);
      case QNAME -> {
        m.beginControlFlow("if (!$T.check(value, $N, sink))", SchemaCode.QNAMES, ncNamePattern())
            .addStatement("ok = false")
            .endControlFlow();
        if (f.isEnumeration()) {
          // Resolved names, compared by namespace and local part: the prefixes are the document's.
          List<String> values = f.enumerations().stream().map(e -> e.value()).toList();
          CodeBlock any = values.stream().map(v -> {
            int close = v.indexOf('}');
            String ns = v.substring(1, close);
            return CodeBlock.of("value.equals(new $T($L, $S))", javax.xml.namespace.QName.class,
                ns.isEmpty() ? CodeBlock.of("$S", "") : namespaceConstants.of(ns), v.substring(close + 1));
          }).collect(CodeBlock.joining("$W|| "));
          m.beginControlFlow("if (!($L))", any)
              .addStatement("sink.error($T.ENUMERATION,$W\"{\" + value.getNamespaceURI() + \"}\" + value.getLocalPart()$W+ $L)",
                  SchemaCode.CODE, SchemaCode.literal(" is not one of " + String.join(", ", values)))
              .addStatement("ok = false")
              .endControlFlow();
        }
      }
      case ENUM -> {
        // The patterns a restriction adds to its enumeration: a value they leave out is no value.
        if (!f.patterns().isEmpty()) {
          m.addStatement("String lexical = value.xmlValue()");
          patternChecks(m, f, name, "lexical");
        }
      }
      case LIST -> {
        ValueType item = code.types.item(vt);
        if (patternsOnText(code, item.xmlType())) {
          // Each item checked as the text spells it: the items of the text are the value's.
          m.addStatement("$T written = $T.items(text.toCharArray(), text.length())",
                  ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING), SchemaCode.LISTS)
              .beginControlFlow("for (int i = 0; i < value.size(); i++)")
              .beginControlFlow("if (!check$L(value.get(i), written.get(i), sink))", code.simpleName(item))
              .addStatement("ok = false")
              .endControlFlow()
              .endControlFlow();
        } else if (checksValue(code, item.xmlType())) {
          m.beginControlFlow("for ($T item : value)", code.types.boxed(item))
              .beginControlFlow("if (!check$L(item, sink))", code.simpleName(item))
              .addStatement("ok = false")
              .endControlFlow()
              .endControlFlow();
        }
        if (listFacets(s)) {
          m.beginControlFlow("if (!facets$L(value, $L, sink))", name,
                  onText ? CodeBlock.of("text") : CodeBlock.of("lexical$L(value)", name))
              .addStatement("ok = false")
              .endControlFlow();
        }
      }
      case UNION -> {
        // A value built in code: its member's value held to that member type's facets.
        UnionBinding u = code.bindings.unionFor(s.name());
        for (UnionBinding.Member member : u.members()) {
          if (checksValue(code, member.xmlType())) {
            m.beginControlFlow("if (value.member() == $T.$L.$N$W&& !check$L(value.as$L(), sink))",
                    code.types.generated(u.className()), u.memberEnum(), member.constant(),
                    code.simpleName(member.value()), member.suffix())
                .addStatement("ok = false")
                .endControlFlow();
          }
        }
        if (unionFacets(s, name).isPresent()) {
          m.beginControlFlow("if (!facets$L(value, $Lsink))", name, onText ? "text, " : "")
              .addStatement("ok = false")
              .endControlFlow();
        }
      }
      case TEMPORAL -> temporalFacets(m, s, name, s.builtin().xmlName().localName());
      case BINARY -> {
        String type = s.builtin().xmlName().localName();
        lengths(m, f, " octets", "value.length()", CodeBlock.of("lexical$L(value)", name));
        if (f.isEnumeration()) {
          // The octets, not the spelling: 0f is 0F, and Base64 may hold spaces.
          m.addStatement("String lexical = lexical$L(value)", name);
          oneOf(m, SchemaCode.BINARY, type, name, s, "lexical");
        }
      }
      case STRING -> {
        if (s.builtin() == BuiltinType.ANY_URI) {
          m.addStatement("String problem = $T.problem(value)", SchemaCode.URIS)
              .beginControlFlow("if (problem != null)")
              .addStatement("sink.error($T.INVALID_VALUE, quote(value) + \" \" + problem)", SchemaCode.CODE)
              .addStatement("return false")
              .endControlFlow();
        }
        lengths(m, f, " characters", "value.codePointCount(0, value.length())", CodeBlock.of("value"));
        patternChecks(m, f, name, "value");
        if (f.isEnumeration() && (s.builtin() == BuiltinType.ID || s.builtin() == BuiltinType.IDREF
            || s.builtin() == BuiltinType.ENTITY)) {
          // An ID or IDREF held to an enumeration is still a String, which the document-wide
          // checks see: its values compared as the whitespace rule leaves them.
          List<String> values = f.enumerations().stream().map(e -> e.value().strip()).distinct().toList();
          m.beginControlFlow("if (!($L))", values.stream().map(v -> CodeBlock.of("value.equals($S)", v))
                  .collect(CodeBlock.joining("$W|| ")))
              .addStatement("sink.error($T.ENUMERATION, quote(value)$W+ $L)", SchemaCode.CODE,
                  SchemaCode.literal(" is not one of " + String.join(", ", values)))
              .addStatement("ok = false")
              .endControlFlow();
        }
        if (s.builtin() == BuiltinType.ID || s.builtin() == BuiltinType.IDREF) {
          // Document-wide: each ID once, each IDREF to an ID; the sink checks at the document's end.
          m.beginControlFlow("if (ok)")
              .addStatement("sink.$L(value)", s.builtin() == BuiltinType.ID ? "id" : "idref")
              .endControlFlow();
        }
        if (s.builtin() == BuiltinType.ENTITY) {
          m.addStatement("sink.error($T.INVALID_VALUE, quote(value)$W+ $L)", SchemaCode.CODE,
                  SchemaCode.literal(" names no unparsed entity: an xs:ENTITY names one that a DTD declares, and"
                      + " poxgen reads no DTD, so no document gives a valid one"))
              .addStatement("ok = false");
        }
      }
      default -> { }
    }
    if (onText && vt.kind() != ValueKind.LIST && vt.kind() != ValueKind.UNION) {
      patternChecks(m, f, name, "text");
    }
    MethodSpec facets = m.build();
    if (facets.code().isEmpty()) {
      return facets;
    }
    return header.get()
        .addStatement("boolean ok = true")
        .addCode(facets.code())
        .addStatement("return ok")
        .build();
  }

  /**
   * Checks an attribute a strict or lax attribute wildcard took against the global attribute that
   * declares it, if one does: the reader and the validator hand it to their wildcards.
   */
  private MethodSpec globalAttribute() {
    MethodSpec.Builder m = MethodSpec.methodBuilder("globalAttribute")
        .addJavadoc("$L", Javadocs.wrap("Whether a global attribute declares the attribute {@code localName} in"
            + " {@code namespace}, which an attribute wildcard took; its value's violations go to {@code sink}."))
        .addModifiers(Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(String.class, "namespace")
        .addParameter(String.class, "localName")
        .addParameter(String.class, "value")
        .addParameter(SchemaCode.SINK, "sink")
        .beginControlFlow("switch (localName)");
    java.util.Map<String, List<java.util.Map.Entry<XmlName, XmlName>>> byLocal = new java.util.LinkedHashMap<>();
    code.bindings.model().globalAttributes().entrySet()
        .forEach(e -> byLocal.computeIfAbsent(e.getKey().localName(), k -> new ArrayList<>()).add(e));
    byLocal.forEach((local, globals) -> {
      m.addCode("case $S:\n$>", local);
      for (java.util.Map.Entry<XmlName, XmlName> g : globals) {
        SimpleTypeModel type = code.bindings.model().simpleType(g.getValue()).orElseThrow();
        m.beginControlFlow("if (namespace.equals($L))", namespaceConstants.of(g.getKey().namespace()))
            .addStatement("parse$L(value, sink)", code.simpleName(valueType(type)))
            .addStatement("return true")
            .endControlFlow();
      }
      m.addStatement("return false").addCode("$<");
    });
    return m.addCode("default:\n$>").addStatement("return false").addCode("$<").endControlFlow().build();
  }

  /**
   * The bounds and enumeration of a date or time type, compared in its value space (XML Schema's
   * partial order, time zones included), for a value of the type: an else branch of the lexical
   * check.
   */
  private void temporalFacets(MethodSpec.Builder m, SimpleTypeModel s, String name, String type) {
    dev.poxgen.processor.model.LexicalBounds b = s.facets().lexicalBounds();
    boolean enumeration = s.facets().isEnumeration();
    if (!b.any() && !enumeration) {
      return;
    }
    // Ordered and compared in XML Schema's value space, from the value's own text.
    m.addStatement("String lexical = value.toString()");
    java.util.Map<String, Optional<String>> bounds = new java.util.LinkedHashMap<>();
    bounds.put("minInclusive", b.minInclusive());
    bounds.put("maxInclusive", b.maxInclusive());
    bounds.put("minExclusive", b.minExclusive());
    bounds.put("maxExclusive", b.maxExclusive());
    bounds.forEach((facet, bound) -> bound.ifPresent(x -> m
        .addStatement("String $N = $T.outside($S,$Wlexical,$W$S,$W$S)", facet, SchemaCode.TEMPORAL, type, facet, x)
        .beginControlFlow("if ($N != null)", facet)
        .addStatement("sink.error($T.RANGE, quote(lexical) + \" \" + $N)", SchemaCode.CODE, facet)
        .addStatement("ok = false")
        .endControlFlow()));
    if (enumeration) {
      oneOf(m, SchemaCode.TEMPORAL, type, name, s, "lexical");
    }
  }

  /**
   * The length facets of a value whose length {@code length} gives, in {@code unit}s: characters,
   * or the octets of a binary type; {@code shown} is how a finding quotes the value.
   */
  private static void lengths(MethodSpec.Builder m, Facets f, String unit, String length, CodeBlock shown) {
    if (f.length().isEmpty() && f.minLength().isEmpty() && f.maxLength().isEmpty()) {
      return;
    }
    m.addStatement("int n = $L", length);
    f.length().ifPresent(n -> m.beginControlFlow("if (n != $L)", n)
        .addStatement("sink.error($T.LENGTH,$Wquote($L)$W+ \" has \" + n$W+ $S)", SchemaCode.CODE, shown,
            unit + "; exactly " + n + " are required")
        .addStatement("ok = false")
        .endControlFlow());
    f.minLength().ifPresent(n -> m.beginControlFlow("if (n < $L)", n)
        .addStatement("sink.error($T.LENGTH,$Wquote($L)$W+ \" has \" + n$W+ $S)", SchemaCode.CODE, shown,
            unit + "; at least " + n + " are required")
        .addStatement("ok = false")
        .endControlFlow());
    f.maxLength().ifPresent(n -> m.beginControlFlow("if (n > $L)", n)
        .addStatement("sink.error($T.LENGTH,$Wquote($L)$W+ \" has \" + n$W+ $S)", SchemaCode.CODE, shown,
            unit + "; at most " + n + " are allowed")
        .addStatement("ok = false")
        .endControlFlow());
  }

  /**
   * An enumeration compared in the value space by a runtime class ({@code Temporal}, {@code
   * Binary}) whose {@code oneOf(type, value, values)} says whether the value is one of them: the
   * values in a constant, an {@code enumeration} error otherwise.
   */
  private void oneOf(MethodSpec.Builder m, ClassName runtime, String type, String name, SimpleTypeModel s,
      String value) {
    String field = "ENUMERATION_" + JavaNames.constant(name);
    List<String> values = s.facets().enumerations().stream().map(e -> e.value().strip()).toList();
    patterns.add(FieldSpec.builder(String[].class, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(",$W")))
        .build());
    m.beginControlFlow("if (!$T.oneOf($S, $N, $N))", runtime, type, value, field)
        .addStatement("sink.error($T.ENUMERATION, quote($N)$W+ $L)", SchemaCode.CODE, value,
            SchemaCode.literal(" is not one of " + String.join(", ", values)))
        .addStatement("ok = false")
        .endControlFlow();
  }

  private static void rangeBig(MethodSpec.Builder m, BigDecimal bound, String ok, String message) {
    if (bound == null) {
      return;
    }
    m.beginControlFlow("if (!(number.compareTo(new $T($S)) $L))", BigDecimal.class, bound.toPlainString(), ok)
        .addStatement("sink.error($T.RANGE, value + $S)", SchemaCode.CODE, message + bound.toPlainString())
        .addStatement("ok = false")
        .endControlFlow();
  }

  private static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.max(b);
  }

  private static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a == null ? b : b == null ? a : a.min(b);
  }

  // ---- complex types: structure

  /** The most checks one generated method makes; more go to methods that make a run each. */
  static final int CHECKS_PER_METHOD = 30;

  /** Hands out one builder per check that stands on its own, so that checks can be split over methods. */
  private static final class Checks {
    final List<CodeBlock.Builder> all = new ArrayList<>();

    CodeBlock.Builder next() {
      CodeBlock.Builder b = CodeBlock.builder();
      all.add(b);
      return b;
    }
  }

  private List<MethodSpec> structure(TypeBinding t) {
    ClassName value = code.valueClass(t);
    String name = "check" + t.className();
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc("$L", Javadocs.wrap("Reports what " + Javadocs.code(t.className())
            + " lacks or holds too much of: required children and attributes, choices, list bounds."))
        .addModifiers(Modifier.STATIC)
        .addParameter(value, "value")
        .addParameter(SchemaCode.SINK, "sink");
    Checks m = new Checks();
    choices = 0;
    for (PropertyBinding p : t.properties()) {
      if (p.source() == PropertyBinding.Source.ATTRIBUTE && p.required()) {
        m.next().beginControlFlow("if (!$L)", SchemaCode.given(p, "value"))
            .addStatement("sink.error($T.MISSING_ATTRIBUTE,$W$L)", SchemaCode.CODE,
                SchemaCode.literal("the attribute " + p.xmlName().localName() + " is required but missing"))
            .endControlFlow();
      }
    }
    for (PropertyBinding p : t.properties()) {
      if (p.fixed() && !p.type().kind().isElement()) {
        fixed(m.next(), p);
      }
    }
    Map<XmlName, PropertyBinding> props = SchemaCode.elementProperties(t);
    // A nil element has no content, so none of it is missing.
    CodeBlock whole = code.nilCapable(t.type().name()) ? CodeBlock.of("!value.isNil()") : CodeBlock.of("true");
    // An optional content model, once any of it stands, must stand whole (as an optional inner group).
    t.type().content().ifPresent(g -> group(m, g, g.occurrence().min() >= 1 ? whole : present(g, props), props, 1));
    for (RuleModel rule : t.type().rules()) {
      PropertyBinding when = props.get(rule.when());
      CodeBlock whenValue = SchemaCode.value(when, "value");
      CodeBlock matches = when.type().kind() == ValueKind.ENUM
          ? CodeBlock.of("$L == $L", whenValue, constant(when, rule))
          : CodeBlock.of("$T.valueOf($L).equals($S)", String.class, whenValue, rule.equals());
      CodeBlock missing = CodeBlock.of("!($L)", CodeBlock.join(rule.requires().stream()
          .map(props::get).distinct().map(r -> SchemaCode.given(r, "value")).toList(), "$W|| "));
      String names = rule.requires().stream().map(r -> "<" + r.localName() + ">").collect(Collectors.joining(" or "));
      m.next().beginControlFlow("if ($L$W&& $L$W&& $L)", SchemaCode.present(when, "value"), matches, missing)
          .addStatement("sink.error($T.RULE,$W$L)", SchemaCode.CODE, SchemaCode.literal("<" + rule.when().localName()
              + "> is " + rule.equals() + " but " + names + " is missing (rule " + rule.name() + ", from the schema's"
              + " documentation; XML Schema cannot state it" + (rule.documentation().isEmpty() ? "" : ": "
              + rule.documentation().text()) + ")"))
          .endControlFlow();
    }
    for (PropertyBinding p : new java.util.LinkedHashSet<>(props.values())) {
      Occurrence o = p.occurrence();
      if (SchemaCode.wildcard(t, p).isPresent()) {
        wildcardBounds(m, p, SchemaCode.wildcard(t, p).orElseThrow());
        continue;
      }
      if (p.repeated() && o.max() != Occurrence.UNBOUNDED) {
        m.next().beginControlFlow("if (value.$N().size() > $L)", p.name(), o.max())
            .addStatement("sink.errorAboutChild($T.TOO_MANY, $S,$W$S + value.$N().size()$W+ $S)", SchemaCode.CODE,
                p.xmlName().localName(), "<" + p.xmlName().localName() + "> appears ", p.name(),
                " times; at most " + o.max() + " are allowed")
            .endControlFlow();
      }
      if (p.repeated() && o.min() > 1) {
        m.next().beginControlFlow("if (!value.$N().isEmpty() && value.$N().size() < $L)", p.name(), p.name(), o.min())
            .addStatement("sink.errorAboutChild($T.MISSING_ELEMENT, $S,$W$S + value.$N().size()$W+ $S)", SchemaCode.CODE,
                p.xmlName().localName(), "<" + p.xmlName().localName() + "> appears ", p.name(),
                " times; at least " + o.min() + " are required")
            .endControlFlow();
      }
    }
    List<CodeBlock> checks = m.all.stream().map(CodeBlock.Builder::build).toList();
    List<List<CodeBlock>> runs = Chunks.of(checks, CHECKS_PER_METHOD);
    List<MethodSpec> out = new ArrayList<>();
    if (runs.size() == 1) {
      checks.forEach(method::addCode);
    } else {
      for (int r = 0; r < runs.size(); r++) {
        MethodSpec.Builder part = MethodSpec.methodBuilder(methodNames.newName(name + "Part" + (r + 1)))
            .addJavadoc("Part $L of $L of {@link #$L}.\n", r + 1, runs.size(), name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(value, "value")
            .addParameter(SchemaCode.SINK, "sink");
        runs.get(r).forEach(part::addCode);
        MethodSpec built = part.build();
        out.add(built);
        method.addStatement("$N(value, sink)", built);
      }
    }
    out.add(0, method.build());
    return out;
  }

  /**
   * A fixed value: where the document gives the element or attribute, its value must be that one,
   * compared in the value space ({@code 05} is the fixed {@code 5}; decimals by {@code compareTo},
   * so {@code 1.00} is {@code 1.0}), the others by their canonical form.
   */
  private void fixed(CodeBlock.Builder m, PropertyBinding p) {
    String simple = code.simpleName(p.type());
    String lexical = p.defaultValue().orElseThrow();
    boolean decimal = p.type().kind() == ValueKind.DECIMAL;
    // A QName is compared by namespace and local name, resolved where the schema has the value.
    boolean qname = SchemaCode.qnameDefault(code.bindings, p);
    boolean asValue = decimal || qname;
    CodeBlock sink = SchemaCode.defaultSink(code.bindings, p, CodeBlock.of("$T.IGNORE", SchemaCode.SINK));
    // The fixed value is parsed (and, but for a decimal or QName, written canonically) once, in a constant.
    String field = fixedFields.computeIfAbsent(simple + "\u0000" + lexical + "\u0000" + sink, k -> {
      String name = "FIXED_" + (fixedFields.size() + 1);
      CodeBlock parsed = CodeBlock.of("parse$L($S,$W$L)", simple, lexical, sink);
      patterns.add(FieldSpec.builder(asValue ? code.parsed(p.type()) : ClassName.get(String.class), name,
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L", Javadocs.wrap("The fixed value " + Javadocs.code(lexical) + " of the type "
              + Javadocs.code(p.type().xmlType().localName()) + (qname ? ", its prefixes resolved as the schema"
              + " declares them." : decimal ? "." : ", as the type writes it.")))
          .initializer(asValue ? parsed : CodeBlock.of("lexical$L($L)", simple, parsed))
          .build());
      return name;
    });
    String what = switch (p.source()) {
      case ATTRIBUTE -> "the attribute " + p.xmlName().localName();
      case TEXT -> "the text";
      case ELEMENT -> "<" + p.xmlName().localName() + ">";
    };
    // A QName is named by its namespace as well: s:Busy is not s:Busy where s is another namespace.
    CodeBlock given = p.type().kind() == ValueKind.QNAME ? CodeBlock.of("v")
        : CodeBlock.of("$T.lexical$L(v)", code.rules(), simple);
    String fixedText = p.type().kind() == ValueKind.QNAME
        ? SchemaCode.resolvedDefault(p) + " (" + lexical.strip() + " in the schema)" : lexical;
    CodeBlock report = p.source() != PropertyBinding.Source.ELEMENT
        ? CodeBlock.of("sink.error($T.INVALID_VALUE,$W$S + $L$W+ $L)", SchemaCode.CODE, what + " is ", given,
            SchemaCode.literal(", but the schema fixes it at " + fixedText))
        : CodeBlock.of("sink.errorAboutChild($T.INVALID_VALUE, $S,$W$S + $L$W+ $L)", SchemaCode.CODE,
            p.xmlName().localName(), what + " is ", given, SchemaCode.literal(", but the schema fixes it at "
                + fixedText));
    CodeBlock differs = decimal
        ? CodeBlock.of("v.compareTo($T.$N) != 0", code.rules(), field)
        : qname ? CodeBlock.of("!v.equals($T.$N)", code.rules(), field)
        : p.type().kind() == ValueKind.TEMPORAL
        // One value, however written: 12:00:00Z is 13:00:00+01:00.
        ? CodeBlock.of("$T.compare($S,$W$T.lexical$L(v),$W$T.$N) != $T.EQUAL", SchemaCode.TEMPORAL,
            code.types.builtin(p.type()).xmlName().localName(), code.rules(), simple, code.rules(), field,
            SchemaCode.TEMPORAL)
        : CodeBlock.of("!$T.lexical$L(v).equals($T.$N)", code.rules(), simple, code.rules(), field);
    TypeName type = code.parsed(p.type());
    if (p.repeated()) {
      m.beginControlFlow("for ($T v : value.$N())", type, p.name());
    } else {
      m.beginControlFlow("if ($L)", SchemaCode.present(p, "value"))
          .addStatement("$T v = $L", type, SchemaCode.value(p, "value"));
    }
    m.beginControlFlow("if ($L)", differs)
        .addStatement("$L", report)
        .endControlFlow()
        .endControlFlow();
  }

  /** The list bounds of the elements a type's element wildcard took, as errors about the type's element. */
  private static void wildcardBounds(Checks m, PropertyBinding p, dev.poxgen.processor.model.WildcardModel w) {
    Occurrence o = p.occurrence();
    String what = "elements of " + w.namespacesText() + " (xs:any) appear ";
    if (p.repeated() && o.max() != Occurrence.UNBOUNDED) {
      m.next().beginControlFlow("if (value.$N().size() > $L)", p.name(), o.max())
          .addStatement("sink.error($T.TOO_MANY,$W$S + value.$N().size()$W+ $S)", SchemaCode.CODE, what, p.name(),
              " times; at most " + o.max() + " are allowed")
          .endControlFlow();
    }
    if (p.repeated() && o.min() > 1) {
      m.next().beginControlFlow("if (!value.$N().isEmpty() && value.$N().size() < $L)", p.name(), p.name(), o.min())
          .addStatement("sink.error($T.MISSING_ELEMENT,$W$S + value.$N().size()$W+ $S)", SchemaCode.CODE, what,
              p.name(), " times; at least " + o.min() + " are required")
          .endControlFlow();
    }
  }

  /** The enum constant a rule's lexical value names, e.g. {@code Action.REDIRECT_ADDR}. */
  private CodeBlock constant(PropertyBinding when, RuleModel rule) {
    EnumBinding e = code.bindings.enumFor(when.type().xmlType());
    ConstantBinding c = e.constants().stream().filter(k -> k.lexicalForms().contains(rule.equals())).findFirst()
        .orElseThrow(() -> new IllegalStateException("the rule " + rule.name() + " compares <" + rule.when().localName()
            + "> with \"" + rule.equals() + "\", which is not one of its values"));
    return CodeBlock.of("$T.$N", code.types.generated(e.enumName()), c.name());
  }

  /**
   * The checks of a group: its required members, and one branch of each choice; {@code required}
   * null means it is not required. {@code times}: how often the groups around it may occur together (the
   * product of their {@code maxOccurs}; {@link Occurrence#UNBOUNDED} for no bound). Where they
   * repeat, its own bounds hold per repetition, which the counts of its properties over the whole
   * value cannot tell, so only what holds in every case is checked: a required element is still
   * required, and a choice's alternatives appear at most {@code times} times its own bound.
   */
  private void group(Checks m, GroupModel g, CodeBlock required, Map<XmlName, PropertyBinding> props, int times) {
    if (g.compositor() == Compositor.CHOICE) {
      choice(m, g, required, props, times);
      return;
    }
    for (Particle p : g.particles()) {
      if (p instanceof ElementModel e) {
        if (required != null && e.occurrence().min() >= 1) {
          PropertyBinding prop = props.get(e.name());
          CodeBlock.Builder b = m.next().beginControlFlow("if ($L$L)", guard(required),
              not(SchemaCode.given(prop, "value")));
          if (e.isWildcard()) {
            b.addStatement("sink.error($T.MISSING_ELEMENT,$W$L)", SchemaCode.CODE,
                SchemaCode.literal(SchemaCode.childLabel(e) + " is required but missing"));
          } else {
            b.addStatement("sink.errorAboutChild($T.MISSING_ELEMENT, $S,$W$L)", SchemaCode.CODE,
                e.name().localName(), SchemaCode.literal("<" + e.name().localName() + "> is required but missing"));
          }
          b.endControlFlow();
        }
      } else {
        GroupModel inner = (GroupModel) p;
        CodeBlock present = present(inner, props);
        CodeBlock innerRequired = required != null && inner.occurrence().min() >= 1 ? required : present;
        group(m, inner, innerRequired, props, ContentModel.times(times, g.occurrence().max()));
      }
    }
  }

  private void choice(Checks checks, GroupModel g, CodeBlock required, Map<XmlName, PropertyBinding> props,
      int times) {
    List<Particle> branches = g.particles();
    if (branches.isEmpty()) {
      // A reference to an abstract element whose substitution group has no member.
      if (required != null && g.occurrence().min() >= 1) {
        CodeBlock none = CodeBlock.of("sink.error($T.MISSING_ELEMENT,$W$L)", SchemaCode.CODE, SchemaCode.literal(
            "an element is required here, but none can stand here (an abstract element whose substitution group"
                + " has no member)"));
        if (required.toString().equals("true")) {
          checks.next().addStatement(none);
        } else {
          checks.next().beginControlFlow("if ($L)", required).addStatement(none).endControlFlow();
        }
      }
      return;
    }
    CodeBlock.Builder m = checks.next();
    String count = "branches" + (++choices);
    // Alternatives that are spellings of one property are one branch.
    List<CodeBlock> distinct = branches.stream().map(b -> present(b, props)).distinct().toList();
    CodeBlock sum = distinct.stream()
        .map(b -> CodeBlock.of("($L ? 1 : 0)", b))
        .collect(CodeBlock.joining("$W+ "));
    boolean tooMany = g.occurrence().max() == 1 && distinct.size() > 1 && times == 1;
    boolean anyEmptiable = branches.stream().anyMatch(ContentModel::emptiable);
    boolean missing = required != null && g.occurrence().min() >= 1 && !anyEmptiable;
    if (tooMany || missing) {
      m.addStatement("int $N = $L", count, sum);
    }
    if (tooMany) {
      m.beginControlFlow("if ($N > 1)", count)
          .addStatement("sink.error($T.CHOICE,$W$L)", SchemaCode.CODE,
              alternatives("holds more than one of ", branches, ", which are alternatives"))
          .endControlFlow();
    }
    if (missing) {
      m.beginControlFlow("if ($L$N == 0)", guard(required), count)
          .addStatement("sink.error($T.MISSING_ELEMENT,$W$L)", SchemaCode.CODE,
              alternatives("one of ", branches, " is required but none is there"))
          .endControlFlow();
    }
    repeatedChoice(checks, g, required, props, times);
    for (Particle b : branches) {
      if (b instanceof GroupModel inner) {
        group(checks, inner, present(inner, props), props, ContentModel.times(times, g.occurrence().max()));
      }
    }
  }

  /**
   * A choice that repeats, its branches single elements each bound to a property of its own: its
   * bounds hold for all of them together ({@code <A/><B/><A/>} is three of a choice of at most two),
   * which no one property's bounds say.
   */
  private void repeatedChoice(Checks checks, GroupModel g, CodeBlock required, Map<XmlName, PropertyBinding> props,
      int times) {
    Occurrence o = g.occurrence();
    int max = ContentModel.times(times, o.max());
    boolean bounded = max > 1 && max != Occurrence.UNBOUNDED;
    boolean atLeast = required != null && o.min() > 1 && times == 1;
    // Each alternative one element at most, so that each counts one occurrence of the choice.
    if (!bounded && !atLeast || !g.particles().stream()
        .allMatch(b -> b instanceof ElementModel e && !e.isWildcard() && e.occurrence().max() == 1)) {
      return;
    }
    List<PropertyBinding> branches = g.particles().stream().map(b -> props.get(((ElementModel) b).name())).distinct()
        .toList();
    // Each bound to this choice alone: a property an element elsewhere shares counts that one too.
    if (branches.size() < 2 || branches.stream().anyMatch(p -> p == null || p.occurrence().max() != max)) {
      return;
    }
    // An alternative that may be left out lets an occurrence of the choice be empty.
    atLeast &= g.particles().stream().allMatch(b -> ((ElementModel) b).occurrence().min() >= 1);
    CodeBlock count = branches.stream()
        .map(p -> p.repeated() ? CodeBlock.of("value.$N().size()", p.name())
            : CodeBlock.of("($L ? 1 : 0)", SchemaCode.given(p, "value")))
        .collect(CodeBlock.joining("$W+ "));
    String names = branches.stream().map(p -> "<" + p.xmlName().localName() + ">").collect(Collectors.joining(", "));
    String n = "together" + (++choices);
    CodeBlock.Builder m = checks.next().addStatement("int $N = $L", n, count);
    if (bounded) {
      m.beginControlFlow("if ($N > $L)", n, max)
          .addStatement("sink.error($T.TOO_MANY,$W$L$W+ $N$W+ $S)", SchemaCode.CODE, SchemaCode.literal(names
              + ", alternatives of one choice, appear "), n, " times in all; at most " + max + " are allowed")
          .endControlFlow();
    }
    if (atLeast) {
      m.beginControlFlow("if ($L$N > 0 && $N < $L)", guard(required), n, n, o.min())
          .addStatement("sink.error($T.MISSING_ELEMENT,$W$L$W+ $N$W+ $S)", SchemaCode.CODE, SchemaCode.literal(names
              + ", alternatives of one choice, appear "), n, " times in all; at least " + o.min() + " are required")
          .endControlFlow();
    }
  }

  /**
   * A message naming the branches of a choice, between {@code before} and {@code after}. Branches
   * that are one element each, all of the same local name (the root's {@code <Response>} in three
   * namespaces), are named once with their namespaces, which are then the only difference; each
   * namespace is its constant, so the message holds no URI literal.
   */
  private CodeBlock alternatives(String before, List<Particle> branches, String after) {
    List<XmlName> names = branches.stream().filter(ElementModel.class::isInstance)
        .filter(b -> !((ElementModel) b).isWildcard()).map(b -> ((ElementModel) b).name()).toList();
    if (names.size() == branches.size() && names.size() > 1
        && names.stream().map(XmlName::localName).distinct().count() == 1) {
      String local = names.get(0).localName();
      CodeBlock.Builder out = CodeBlock.builder().add("$L", SchemaCode.literal(before + "<" + local + "> in "));
      for (int i = 0; i < names.size(); i++) {
        String ns = names.get(i).namespace();
        out.add(i == 0 ? "$W+ " : "$W+ \", \"$W+ ");
        out.add("$L", ns.isEmpty() ? CodeBlock.of("$S", "no namespace") : namespaceConstants.of(ns));
      }
      return out.add("$W+ $L", SchemaCode.literal(after)).build();
    }
    String labels = branches.stream().map(RulesWriter::label).collect(Collectors.joining(", "));
    return SchemaCode.literal(before + labels + after);
  }

  private static String label(Particle p) {
    List<ElementModel> es = SchemaCode.elements(p);
    if (es.isEmpty()) {
      return "(nothing)";
    }
    if (p instanceof ElementModel e) {
      return SchemaCode.childLabel(e);
    }
    return "(" + es.stream().map(SchemaCode::childLabel).distinct().collect(Collectors.joining(" ")) + ")";
  }

  private static CodeBlock present(Particle p, Map<XmlName, PropertyBinding> props) {
    List<CodeBlock> parts = SchemaCode.elements(p).stream()
        .map(ElementModel::name)
        .distinct()
        .map(props::get)
        .distinct()
        .map(prop -> SchemaCode.given(prop, "value"))
        .toList();
    if (parts.isEmpty()) {
      return CodeBlock.of("false");
    }
    return parts.size() == 1 ? parts.get(0) : CodeBlock.of("($L)", CodeBlock.join(parts, "$W|| "));
  }

  /** {@code !x} for one of {@link SchemaCode#given}'s tests, without a double negation. */
  private static CodeBlock not(CodeBlock given) {
    String text = given.toString();
    return text.startsWith("!") && !text.contains(" ") ? CodeBlock.of("$L", text.substring(1)) : CodeBlock.of("!$L", given);
  }

  private static CodeBlock guard(CodeBlock required) {
    return required.toString().equals("true") ? CodeBlock.of("") : CodeBlock.of("$L && ", required);
  }
}
