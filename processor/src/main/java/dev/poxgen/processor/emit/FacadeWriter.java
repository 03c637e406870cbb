package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.naming.TypeBinding;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the public entry: read each document element from an {@code InputStream}, {@code Reader},
 * {@code String} or {@code Path}, lenient by default; write each to an {@code OutputStream},
 * {@code Writer} or {@code String}.
 */
final class FacadeWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;
  private final List<ElementModel> roots;
  private final NamespaceConstants namespaceConstants;

  FacadeWriter(SchemaCode code, GeneratedSpec generated, List<ElementModel> roots) {
    this.code = code;
    this.generated = generated;
    this.roots = roots;
    this.namespaceConstants = new NamespaceConstants(code);
  }

  TypeSpec write() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(code.facade())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(Javadocs.wrap("Reads and writes documents of the schema " + Javadocs.code(code.bindings.model().name())
            + ". Reading is lenient unless the options say strict, never fetches anything, refuses"
            + " DOCTYPE and keeps within its limits; the result holds the typed value and every finding, each"
            + " with line:column and element path. Writing puts back what a lenient read kept. Thread-safe:"
            + " every method works on its own state."));
    generated.spec().ifPresent(spec::addAnnotation);
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    TypeName anyResult = ParameterizedTypeName.get(SchemaCode.READ_RESULT, ClassName.get(Object.class));
    reads(spec, "read", anyResult, "the document element, whichever of the schema's it is",
        code.reader().simpleName() + "::root");
    for (ElementModel root : roots) {
      TypeBinding t = code.bindings.typeFor(root.type().name());
      ClassName type = code.valueClass(t);
      TypeName result = ParameterizedTypeName.get(SchemaCode.READ_RESULT, type);
      reads(spec, "read" + t.className(), result,
          "a document whose element is {@code <" + root.name().localName() + ">}",
          code.reader().simpleName() + "::" + ReaderClassWriter.rootMethod(code, root));
      writes(spec, root, t, type);
    }
    namespaceConstants.addTo(spec);
    return spec.build();
  }

  private void reads(TypeSpec.Builder spec, String name, TypeName result, String what, String rootReader) {
    Object[][] inputs = {
        {ClassName.get(InputStream.class), "in", CodeBlock.of("in"), "bytes; the encoding is detected"},
        {ClassName.get(Reader.class), "in", CodeBlock.of("in"), "characters"},
        {ClassName.get(String.class), "xml", CodeBlock.of("xml"), "a string"},
    };
    for (Object[] input : inputs) {
      TypeName type = (TypeName) input[0];
      String param = (String) input[1];
      spec.addMethod(MethodSpec.methodBuilder(name)
          .addJavadoc("$L\n@throws $T when it is not well-formed XML, has a DOCTYPE,\n"
              + "    exceeds a limit, or the input fails\n",
              Javadocs.wrap("Reads " + what + " from " + input[3] + ", leniently."), SchemaCode.READ_EXCEPTION)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(result)
          .addParameter(type, param)
          .addException(SchemaCode.READ_EXCEPTION)
          .addStatement("return $N($N, $T.lenient())", name, param, SchemaCode.READ_OPTIONS)
          .build());
      spec.addMethod(MethodSpec.methodBuilder(name)
          .addJavadoc("$L\n@throws $T when it is not well-formed XML, has a"
              + " DOCTYPE,\n    exceeds a limit, or the input fails\n",
              Javadocs.wrap("Reads " + what + " from " + input[3] + ", as the options say."), SchemaCode.READ_EXCEPTION)
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(result)
          .addParameter(type, param)
          .addParameter(SchemaCode.READ_OPTIONS, "options")
          .addException(SchemaCode.READ_EXCEPTION)
          .addStatement("return $T.read($L, options, $L)", ClassName.get(SchemaCode.RUNTIME, "Reads"), input[2],
              rootReader)
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n@throws $T when the file cannot be read or is not a"
            + " document\n", Javadocs.wrap("Reads " + what + " from a file, leniently."), SchemaCode.READ_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(result)
        .addParameter(Path.class, "file")
        .addException(SchemaCode.READ_EXCEPTION)
        .addStatement("return $N(file, $T.lenient())", name, SchemaCode.READ_OPTIONS)
        .build());
    spec.addMethod(MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n@throws $T when the file cannot be read or is"
            + " not a document\n", Javadocs.wrap("Reads " + what + " from a file, as the options say."),
            SchemaCode.READ_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(result)
        .addParameter(Path.class, "file")
        .addParameter(SchemaCode.READ_OPTIONS, "options")
        .addException(SchemaCode.READ_EXCEPTION)
        .beginControlFlow("try ($T in = $T.open(file))", InputStream.class, ClassName.get(SchemaCode.RUNTIME, "Reads"))
        .addStatement("return $N(in, options)", name)
        .nextControlFlow("catch ($T e)", SchemaCode.READ_EXCEPTION)
        .addStatement("throw e")
        .nextControlFlow("catch ($T e)", java.io.IOException.class)
        .addStatement("throw new $T($T.Kind.IO, 0, 0,$W\"closing \" + file + \" failed: \" + e,$We)",
            SchemaCode.READ_EXCEPTION, SchemaCode.READ_EXCEPTION)
        .endControlFlow()
        .build());
  }

  private void writes(TypeSpec.Builder spec, ElementModel root, TypeBinding t, ClassName type) {
    CodeBlock ns = namespaceConstants.of(root.name().namespace());
    String local = root.name().localName();
    spec.addMethod(MethodSpec.methodBuilder("write")
        .addJavadoc(Javadocs.wrap("Writes the value as a document whose element is " + Javadocs.code("<" + local + ">")
            + ", in UTF-8. The result lists what the output holds that the schema forbids (content kept from"
            + " a lenient read, or required parts the value lacks); empty, the strict reader accepts it."))
        .addJavadoc("\n@throws $T when the output fails or a value holds characters XML cannot carry\n",
            SchemaCode.WRITE_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SchemaCode.WRITE_RESULT)
        .addParameter(type, "value")
        .addParameter(Writer.class, "out")
        .addParameter(SchemaCode.WRITE_OPTIONS, "options")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("$T o = new $T(out, options)", SchemaCode.XML_OUT, SchemaCode.XML_OUT)
        .addStatement("$T.$L(o, $L,$W$S,$Wvalue)", code.writer(), WriterClassWriter.writeMethod(t), ns, local)
        .addStatement("o.finish()")
        .addStatement("return new $T($T.validate(value))", SchemaCode.WRITE_RESULT, code.validator())
        .build());
    spec.addMethod(MethodSpec.methodBuilder("write")
        .addJavadoc("Writes the value as a document to a stream, in UTF-8, flushed and left open.\n\n"
            + "@throws $T when the output fails or a value holds characters XML cannot carry\n", SchemaCode.WRITE_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SchemaCode.WRITE_RESULT)
        .addParameter(type, "value")
        .addParameter(OutputStream.class, "out")
        .addParameter(SchemaCode.WRITE_OPTIONS, "options")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("return write(value, new $T(out, $T.UTF_8), options)", OutputStreamWriter.class, StandardCharsets.class)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("toXml")
        .addJavadoc("The value as an indented document.\n\n@throws $T when a value holds characters XML cannot carry\n",
            SchemaCode.WRITE_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(type, "value")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("return toXml(value, $T.indented())", SchemaCode.WRITE_OPTIONS)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("toXml")
        .addJavadoc("The value as a document, as the options say.\n\n@throws $T when a value holds characters XML"
            + " cannot carry\n", SchemaCode.WRITE_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(type, "value")
        .addParameter(SchemaCode.WRITE_OPTIONS, "options")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("$T out = new $T()", StringWriter.class, StringWriter.class)
        .addStatement("write(value, out, options)")
        .addStatement("return out.toString()")
        .build());
  }
}
