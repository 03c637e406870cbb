package dev.poxgen.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.WhiteSpace;
import dev.poxgen.processor.naming.ConstantBinding;
import dev.poxgen.processor.naming.EnumBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes one enum per enumerated simple type: a constant per value (case variants of one value
 * are one constant), the XML spelling it writes, every spelling it reads, and a parse method that
 * returns empty, never null, for text that is not a value.
 */
final class EnumWriter {
  private final JavaTypes types;
  private final GeneratedSpec generated;

  EnumWriter(JavaTypes types, GeneratedSpec generated) {
    this.types = types;
    this.generated = generated;
  }

  TypeSpec write(EnumBinding binding) {
    SimpleTypeModel type = binding.type();
    ClassName self = types.generated(binding.enumName());
    TypeSpec.Builder spec = TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC);
    generated.spec().ifPresent(spec::addAnnotation);

    String values = binding.constants().stream()
        .flatMap(c -> c.lexicalForms().stream())
        .map(Javadocs::code)
        .collect(Collectors.joining(", "));
    if (!type.documentation().isEmpty()) {
      spec.addJavadoc("$L", Javadocs.paragraph(type.documentation().text()));
      spec.addJavadoc("\n");
    }
    spec.addJavadoc("$L", Javadocs.wrap((type.documentation().isEmpty() ? "" : "<p>") + "Binds the XML simple type " + Javadocs.code(type.name().localName())
        + (type.name().namespace().isEmpty() ? "" : " of " + Javadocs.code(type.name().namespace()))
        + ". Its values: " + values + "."
        + (type.facets().whiteSpace() == WhiteSpace.COLLAPSE
            ? " Surrounding whitespace is ignored when reading."
            : "")));

    for (ConstantBinding c : binding.constants()) {
      CodeBlock args = c.lexicalForms().stream().map(f -> CodeBlock.of("$S", f)).collect(CodeBlock.joining(",$W"));
      TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder(args);
      boolean documented = !c.documentation().isEmpty();
      if (documented) {
        constant.addJavadoc("$L", Javadocs.paragraph(c.documentation().text()));
        constant.addJavadoc("\n");
      }
      constant.addJavadoc("$L", Javadocs.wrap((documented ? "<p>" : "") + "XML: " + c.lexicalForms().stream().map(Javadocs::code)
          .collect(Collectors.joining(", ")) + (c.lexicalForms().size() > 1 ? "; written as " + Javadocs.code(c.lexicalForms().get(0)) : "") + "."));
      spec.addEnumConstant(c.name(), constant.build());
    }

    ParameterizedTypeName listOfString = ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING);
    spec.addField(FieldSpec.builder(ArrayTypeName.of(self), "VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("values()")
        .build());
    spec.addField(FieldSpec.builder(ArrayTypeName.of(JavaTypes.STRING), "forms", Modifier.PRIVATE, Modifier.FINAL)
        .addJavadoc("The spellings, for the readers' loops: an array, which they walk without an iterator.\n")
        .build());
    spec.addField(listOfString, "lexicalForms", Modifier.PRIVATE, Modifier.FINAL);
    spec.addMethod(MethodSpec.constructorBuilder()
        .addParameter(ArrayTypeName.of(JavaTypes.STRING), "lexicalForms")
        .varargs()
        .addStatement("this.forms = lexicalForms")
        .addStatement("this.lexicalForms = $T.unmodifiableList($T.asList(lexicalForms))", JavaTypes.COLLECTIONS,
            JavaTypes.ARRAYS)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("xmlValue")
        .addJavadoc("The XML text written for this value, e.g. $L.\n",
            Javadocs.code(binding.constants().get(0).lexicalForms().get(0)))
        .addModifiers(Modifier.PUBLIC)
        .returns(JavaTypes.STRING)
        .addStatement("return forms[0]")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("lexicalForms")
        .addJavadoc("Every XML spelling that reads as this value, the written one first.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(listOfString)
        .addStatement("return lexicalForms")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("fromXml")
        .addJavadoc(Javadocs.wrap("The value the XML text stands for, or empty when it stands for none. Never"
            + " null. The text is compared after the type's whitespace rule ("
            + type.facets().whiteSpace().name().toLowerCase(java.util.Locale.ROOT) + ")."))
        .addJavadoc("\n@param text the XML text, as read\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(ClassName.get(CharSequence.class), "text")
        .addStatement("$T value = $T.$L.apply(text)", JavaTypes.STRING, SchemaCode.WHITE_SPACE,
            type.facets().whiteSpace().name())
        .beginControlFlow("for ($T candidate : VALUES)", self)
        .beginControlFlow("if (candidate.lexicalForms.contains(value))")
        .addStatement("return $T.of(candidate)", Optional.class)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $T.empty()", Optional.class)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("match")
        .addJavadoc("The value the characters stand for, or null: for generated readers, without making a String.\n")
        .addModifiers(Modifier.STATIC)
        .returns(self.annotated(JavaTypes.NULLABLE))
        .addParameter(char[].class, "text")
        .addParameter(int.class, "length")
        .addCode(matchBody(self, binding, type.facets().whiteSpace()))
        .build());
    spec.addMethod(MethodSpec.methodBuilder("matchIgnoringCase")
        .addJavadoc(Javadocs.wrap("The one value whose XML spelling the characters are in another case ("
            + Javadocs.code(binding.constants().get(0).lexicalForms().get(0).toUpperCase(java.util.Locale.ROOT)) + " for "
            + Javadocs.code(binding.constants().get(0).lexicalForms().get(0)) + "), or null when they spell none, or"
            + " more than one: for generated readers, after {@code match} found nothing."))
        .addModifiers(Modifier.STATIC)
        .returns(self.annotated(JavaTypes.NULLABLE))
        .addParameter(char[].class, "text")
        .addParameter(int.class, "length")
        .addStatement("$T value = $T.$L.apply(new $T(text, 0, length))", JavaTypes.STRING, SchemaCode.WHITE_SPACE,
            type.facets().whiteSpace().name(), JavaTypes.STRING)
        .addStatement("$T found = null", self.annotated(JavaTypes.NULLABLE))
        .beginControlFlow("for ($T candidate : VALUES)", self)
        .beginControlFlow("for ($T form : candidate.forms)", JavaTypes.STRING)
        .beginControlFlow("if (form.equalsIgnoreCase(value))")
        .beginControlFlow("if (found != null && found != candidate)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("found = candidate")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return found")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("allLexicalForms")
        .addJavadoc("Every XML spelling of every value, in declaration order, for messages.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(listOfString)
        .addStatement("return $T.unmodifiableList($T.asList($Z$L))", JavaTypes.COLLECTIONS, JavaTypes.ARRAYS,
            binding.constants().stream()
            .flatMap(c -> c.lexicalForms().stream())
            .map(f -> CodeBlock.of("$S", f))
            .collect(CodeBlock.joining(",$W")))
        .build());
    return spec.build();
  }

  /**
   * The body of {@code match}. Text without whitespace, the usual text, is what every whitespace
   * rule leaves as it is, so it is compared as it is, with the spellings of its length only
   * ({@link #asItIs}); where those are written out, that comes first, and text that equals none of
   * them is looked at for whitespace only then: a value read is nearly always one of them, and
   * looking at each of its characters for whitespace first was about 1% of reading the large
   * benchmark document. Text with whitespace, under a rule that changes whitespace, is compared
   * with each spelling under that rule.
   */
  private static CodeBlock matchBody(ClassName self, EnumBinding binding, WhiteSpace whiteSpace) {
    if (whiteSpace == WhiteSpace.PRESERVE) {
      return asItIs(self, binding, false);
    }
    if (writtenOut(binding)) {
      return CodeBlock.builder()
          .add("// As it is first: a spelling without whitespace is what every whitespace rule leaves as it is\n")
          .add(byLength(binding, true, true))
          .beginControlFlow("if (!$T.hasWhiteSpace(text, length))", SchemaCode.LEXICAL)
          .add("// No spelling, and no whitespace for the rule to change\n")
          .addStatement("return null")
          .endControlFlow()
          .add(formsLoop(self, whiteSpace))
          .addStatement("return null")
          .build();
    }
    return CodeBlock.builder()
        .beginControlFlow("if (!$T.hasWhiteSpace(text, length))", SchemaCode.LEXICAL)
        .add("// As every whitespace rule leaves it: compared as it is\n")
        .add(asItIs(self, binding, true))
        .endControlFlow()
        .add(formsLoop(self, whiteSpace))
        .addStatement("return null")
        .build();
  }

  /**
   * The text compared with the spellings as it is, returning what it finds: by length ({@link
   * #byLength}), or in a loop for an enum of more than {@link #MAX_WRITTEN_OUT} spellings.
   */
  private static CodeBlock asItIs(ClassName self, EnumBinding binding, boolean withoutWhiteSpace) {
    if (writtenOut(binding)) {
      return byLength(binding, withoutWhiteSpace, false);
    }
    return CodeBlock.builder().add(formsLoop(self, WhiteSpace.PRESERVE)).addStatement("return null").build();
  }

  /** Whether the spellings are compared written out, by length, not in a loop. */
  private static boolean writtenOut(EnumBinding binding) {
    return binding.constants().stream().mapToInt(c -> c.lexicalForms().size()).sum() <= MAX_WRITTEN_OUT;
  }

  /** One spelling of a constant, by the constant's name. */
  private record Spelling(String form, String constant) {}

  /** Spellings this long or shorter are compared character by character, written out. */
  private static final int WRITTEN_OUT = 8;

  /**
   * An enum with more spellings than this has them compared in a loop, not written out: a written
   * out {@code match} of 64 takes at most about 5.4 KB of bytecode, below the 8,000 bytes above
   * which HotSpot compiles no method, and a code list of thousands of values would pass the
   * 64 KB a method may hold.
   */
  private static final int MAX_WRITTEN_OUT = 64;

  /**
   * A switch on the text's length to the spellings of that length, each compared as it is, in
   * declaration order: short ones character by character, written out, longer ones with {@code
   * Lexical.matches}. {@code withoutWhiteSpace}: for text without whitespace, which no spelling
   * with whitespace can equal, so those are left out. {@code onward}: text that equals none goes
   * on past the switch, to the statements after it, instead of returning null.
   */
  private static CodeBlock byLength(EnumBinding binding, boolean withoutWhiteSpace, boolean onward) {
    TreeMap<Integer, List<Spelling>> byLength = new TreeMap<>();
    for (ConstantBinding c : binding.constants()) {
      for (String form : c.lexicalForms()) {
        if (withoutWhiteSpace && hasWhiteSpace(form)) {
          continue;
        }
        byLength.computeIfAbsent(form.length(), n -> new ArrayList<>()).add(new Spelling(form, c.name()));
      }
    }
    CodeBlock.Builder b = CodeBlock.builder();
    if (byLength.isEmpty()) {
      return onward ? b.build() : b.addStatement("return null").build();
    }
    String miss = onward ? "break" : "return null";
    b.beginControlFlow("switch (length)");
    byLength.forEach((length, forms) -> {
      b.add("case $L:\n", length).indent();
      for (Spelling spelling : forms) {
        if (spelling.form().isEmpty()) {
          b.addStatement("return $N", spelling.constant());
          continue; // only one spelling is empty
        }
        b.beginControlFlow("if ($L)", sameChars(spelling.form()))
            .addStatement("return $N", spelling.constant())
            .endControlFlow();
      }
      if (length > 0) {
        b.addStatement(miss);
      }
      b.unindent();
    });
    return b.add("default:\n").indent().addStatement(miss).unindent().endControlFlow().build();
  }

  /** Whether {@code text}, of the switch's length, is {@code form}. */
  private static CodeBlock sameChars(String form) {
    if (form.length() > WRITTEN_OUT) {
      return CodeBlock.of("$T.matches(text, length, $S, $T.PRESERVE)", SchemaCode.LEXICAL, form,
          SchemaCode.WHITE_SPACE);
    }
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < form.length(); i++) {
      b.add(i == 0 ? "text[$L] == $L" : "$W&& text[$L] == $L", i, charLiteral(form.charAt(i)));
    }
    return b.build();
  }

  /** {@code c} as a Java character literal, escaped where it must be. */
  static String charLiteral(char c) {
    switch (c) {
      case '\'':
        return "'\\''";
      case '\\':
        return "'\\\\'";
      case '\t':
        return "'\\t'";
      case '\n':
        return "'\\n'";
      case '\r':
        return "'\\r'";
      default:
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format(Locale.ROOT, "'\\u%04x'", (int) c);
    }
  }

  /** Whether {@code form} holds XML whitespace. */
  private static boolean hasWhiteSpace(String form) {
    return form.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r');
  }

  private static CodeBlock formsLoop(ClassName self, WhiteSpace rule) {
    return CodeBlock.builder()
        .beginControlFlow("for ($T candidate : VALUES)", self)
        .beginControlFlow("for ($T form : candidate.forms)", JavaTypes.STRING)
        .beginControlFlow("if ($T.matches(text, length, form, $T.$L))", SchemaCode.LEXICAL, SchemaCode.WHITE_SPACE,
            rule.name())
        .addStatement("return candidate")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .build();
  }
}
