package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.naming.DocumentBinding;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the public entry: read any document element, or one, from an {@code XmlInput} (a file,
 * bytes, characters or a string), lenient by default; write any document (the sealed document
 * type) to an {@code OutputStream}, a {@code Writer} or a {@code String}.
 */
final class FacadeWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;
  private final List<DocumentBinding> roots;
  private final NamespaceConstants namespaceConstants;

  FacadeWriter(SchemaCode code, GeneratedSpec generated, List<DocumentBinding> roots) {
    this.code = code;
    this.generated = generated;
    this.roots = roots;
    this.namespaceConstants = new NamespaceConstants(code);
  }

  static final ClassName XML_INPUT = ClassName.get("dev.poxgen", "XmlInput");

  TypeSpec write() {
    TypeSpec.Builder spec = TypeSpec.classBuilder(code.facade())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(Javadocs.wrap("Reads and writes documents of the schema " + Javadocs.code(code.bindings.model().name())
            + ". Reading is lenient unless the options say strict, never fetches anything, refuses"
            + " DOCTYPE and keeps within its limits; the result holds the typed value and every finding, each"
            + " with line:column and element path. Writing puts back what a lenient read kept. Thread-safe:"
            + " every method works on its own state."));
    if (!roots.isEmpty()) {
      spec.addJavadoc("\n<p>$L", Javadocs.wrap("Two shapes of read: {@code read(input)} for whichever document"
          + " element it is, and {@code readX(input)} for one; each also with {@link " + SchemaCode.READ_OPTIONS
          + "}. The input is an {@link " + XML_INPUT + "}: {@code XmlInput.of(path)}, {@code of(stream)},"
          + " {@code of(bytes)}, {@code of(reader)} or {@code ofString(xml)}."));
    }
    generated.spec().ifPresent(spec::addAnnotation);
    RuntimeCheck.addTo(spec, code.facade());
    spec.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (roots.isEmpty()) {
      // A schema of types only: they are generated, but no document is valid against it.
      spec.addJavadoc("\n<p>$L", Javadocs.wrap("The schema declares no global element, so no document is valid"
          + " against it: {@code read} checks that the input is well-formed XML within the limits, then fails"
          + " with a " + SchemaCode.READ_EXCEPTION.simpleName() + " that names the document element. Its types"
          + " are generated to be built, validated and used in code."));
      reads(spec, "read", ParameterizedTypeName.get(SchemaCode.READ_RESULT, ClassName.get(Object.class)),
          "a document, which always fails: the schema declares no global element", rootReader(ReaderClassWriter.ANY_ROOT));
      return spec.build();
    }
    TypeName anyResult = ParameterizedTypeName.get(SchemaCode.READ_RESULT, code.document());
    reads(spec, "read", anyResult, "the document element, whichever of the schema's it is",
        rootReader(ReaderClassWriter.ANY_ROOT));
    List<String> constants = ReaderClassWriter.rootConstants(roots);
    for (int i = 0; i < roots.size(); i++) {
      DocumentBinding root = roots.get(i);
      TypeName result = ParameterizedTypeName.get(SchemaCode.READ_RESULT, code.documentClass(root));
      reads(spec, "read" + root.className(), result,
          "a document whose element is {@code <" + root.element().name().localName() + ">}",
          rootReader(constants.get(i)));
    }
    writes(spec);
    namespaceConstants.addTo(spec);
    return spec.build();
  }

  /** {@code AutodiscoverXmlReader.RootReader.AUTODISCOVER_RESPONSE}: a constant of the reader's root readers. */
  private CodeBlock rootReader(String constant) {
    return CodeBlock.of("$T.$L", code.reader().nestedClass(ReaderClassWriter.ROOT_READER), constant);
  }

  private void reads(TypeSpec.Builder spec, String name, TypeName result, String what, CodeBlock rootReader) {
    spec.addMethod(MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n@throws $T when it is not well-formed XML, has a DOCTYPE,\n"
            + "    exceeds a limit, or the input fails\n", Javadocs.wrap("Reads " + what + ", leniently."),
            SchemaCode.READ_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(result)
        .addParameter(XML_INPUT, "input")
        .addException(SchemaCode.READ_EXCEPTION)
        .addStatement("return $N(input, $T.lenient())", name, SchemaCode.READ_OPTIONS)
        .build());
    spec.addMethod(MethodSpec.methodBuilder(name)
        .addJavadoc("$L\n@throws $T when it is not well-formed XML, has a DOCTYPE,\n"
            + "    exceeds a limit, or the input fails\n", Javadocs.wrap("Reads " + what + ", as the options say."
                + " A file is opened and closed here; a stream or reader is consumed and left open for you to close."),
            SchemaCode.READ_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(result)
        .addParameter(XML_INPUT, "input")
        .addParameter(SchemaCode.READ_OPTIONS, "options")
        .addException(SchemaCode.READ_EXCEPTION)
        .addStatement("return $T.read(input,$Woptions,$W$L)", ClassName.get(SchemaCode.RUNTIME, "Reads"), rootReader)
        .build());
  }

  private void writes(TypeSpec.Builder spec) {
    ClassName document = code.document();
    spec.addMethod(MethodSpec.methodBuilder("write")
        .addJavadoc(Javadocs.wrap("Writes the document, as the element its kind says, in UTF-8. The result lists"
            + " what the output holds that the schema forbids (content kept from a lenient read, or required"
            + " parts the value lacks); empty, the strict reader accepts it."))
        .addJavadoc("\n@throws $T when the output fails or a value holds characters XML cannot carry\n",
            SchemaCode.WRITE_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SchemaCode.WRITE_RESULT)
        .addParameter(document, "value")
        .addParameter(Writer.class, "out")
        .addParameter(SchemaCode.WRITE_OPTIONS, "options")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("return write(value, new $T(out, options))", SchemaCode.XML_OUT)
        .build());
    MethodSpec.Builder write = MethodSpec.methodBuilder("write")
        .addJavadoc("Writes the document, as the element its kind says, through {@code o}, and finishes it.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(SchemaCode.WRITE_RESULT)
        .addParameter(document, "value")
        .addParameter(SchemaCode.XML_OUT, "o")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("$T findings", ParameterizedTypeName.get(JavaTypes.LIST, SchemaCode.FINDING))
        .beginControlFlow("switch (value.kind())");
    for (DocumentBinding d : roots) {
      ElementModel root = d.element();
      ClassName holder = code.documentClass(d);
      ClassName type = code.valueClass(d.value());
      write.beginControlFlow("case $N:", d.kind());
      if (d.holds()) {
        write.addStatement("$T h = ($T) value", holder, holder)
            .addStatement("$T v = h.value()", type);
      } else {
        write.addStatement("$T v = ($T) value", type, type);
      }
      write.addStatement("$T.$L(o,$W$L,$W$S,$Wv)", code.writer(), WriterClassWriter.writeMethod(d.value()),
              namespaceConstants.of(root.name().namespace()), root.name().localName())
          .addStatement("findings = $T.validate($L)", code.validator(), d.holds() ? "h" : "v")
          .addStatement("break")
          .endControlFlow();
    }
    write.addStatement("default: throw new $T($S + value.kind())", IllegalStateException.class, "no writer for ")
        .endControlFlow()
        .addStatement("o.finish()")
        .addStatement("return new $T(findings)", SchemaCode.WRITE_RESULT);
    spec.addMethod(write.build());
    spec.addMethod(MethodSpec.methodBuilder("write")
        .addJavadoc("Writes the document to a stream, in UTF-8, flushed and left open.\n\n"
            + "@throws $T when the output fails or a value holds characters XML cannot carry\n", SchemaCode.WRITE_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(SchemaCode.WRITE_RESULT)
        .addParameter(document, "value")
        .addParameter(OutputStream.class, "out")
        .addParameter(SchemaCode.WRITE_OPTIONS, "options")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("return write(value, new $T(out, $T.UTF_8), options)", OutputStreamWriter.class, StandardCharsets.class)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("toXml")
        .addJavadoc("The document, indented.\n\n@throws $T when a value holds characters XML cannot carry\n",
            SchemaCode.WRITE_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(document, "value")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("return toXml(value, $T.indented())", SchemaCode.WRITE_OPTIONS)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("toXml")
        .addJavadoc("The document, as the options say.\n\n@throws $T when a value holds characters XML"
            + " cannot carry\n", SchemaCode.WRITE_EXCEPTION)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addParameter(document, "value")
        .addParameter(SchemaCode.WRITE_OPTIONS, "options")
        .addException(SchemaCode.WRITE_EXCEPTION)
        .addStatement("$T o = $T.toText(options)", SchemaCode.XML_OUT, SchemaCode.XML_OUT)
        .addStatement("write(value, o)")
        .addStatement("return o.text()")
        .build());
  }
}
