package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.naming.DocumentBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the sealed type of a schema's documents ({@code AutodiscoverDocument}), which each class
 * of a document element implements, and its kinds ({@code AutodiscoverDocumentKind}), a constant
 * per document element: Java 17 code takes a document apart with {@code switch
 * (document.kind())}, Java 21 code with a pattern switch over the sealed type. The kinds are a
 * top-level enum, not nested in the interface: a member type is inherited by every implementing
 * class, where it would hide a schema type of the same simple name ({@code Kind}).
 *
 * <p>A document element whose type another document element has too gets a holder class of its
 * own ({@code ReplyTo}, holding an {@code EndpointReferenceType}), written here as well; see
 * {@link DocumentBinding}.
 */
final class DocumentWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;
  private final List<DocumentBinding> roots;

  DocumentWriter(SchemaCode code, GeneratedSpec generated, List<DocumentBinding> roots) {
    this.code = code;
    this.generated = generated;
    this.roots = roots;
  }

  List<TypeSpec> write() {
    ClassName self = code.document();
    ClassName kind = code.documentKind();
    TypeSpec.Builder spec = TypeSpec.interfaceBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
        .addJavadoc(Javadocs.wrap("A document of the schema " + Javadocs.code(code.bindings.model().name())
            + ": one of its document elements, as {@code " + code.facade().simpleName() + ".read} returns it."
            + " Take it apart with {@code switch (document.kind())}, or on Java 21 with a pattern {@code switch}"
            + " over this sealed type."));
    generated.spec().ifPresent(spec::addAnnotation);
    TypeSpec.Builder kinds = TypeSpec.enumBuilder(kind)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Which document element a {@link $T} is: one constant per class.\n", self);
    generated.spec().ifPresent(kinds::addAnnotation);
    List<TypeSpec> out = new ArrayList<>();
    for (DocumentBinding d : roots) {
      ElementModel root = d.element();
      spec.addPermittedSubclass(code.documentClass(d));
      kinds.addEnumConstant(d.kind(), TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L", Javadocs.wrap("The element " + element(root) + ": {@link " + d.className() + "}"
              + (d.holds() ? ", holding a value of {@link " + d.value().javaName() + "}." : ".")))
          .build());
      if (d.holds()) {
        out.add(holder(d));
      }
    }
    spec.addMethod(MethodSpec.methodBuilder("kind")
        .addJavadoc("Which document element this is.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(kind)
        .build());
    out.add(0, spec.build());
    out.add(1, kinds.build());
    return out;
  }

  private static String element(ElementModel root) {
    String ns = root.name().namespace();
    return Javadocs.code("<" + root.name().localName() + ">") + (ns.isEmpty() ? "" : " of " + Javadocs.code(ns));
  }

  /**
   * The holder class of a document element whose type is another's too: immutable, with {@code
   * of(value)}, {@code value()}, {@code kind()}, and equals, hashCode and toString by its value.
   */
  private TypeSpec holder(DocumentBinding d) {
    ClassName self = code.documentClass(d);
    ClassName value = code.valueClass(d.value());
    ClassName kind = code.documentKind();
    TypeSpec.Builder spec = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(code.document());
    if (!d.element().documentation().isEmpty()) {
      spec.addJavadoc("$L\n", Javadocs.paragraph(d.element().documentation().text()));
    }
    spec.addJavadoc("$L", Javadocs.wrap((d.element().documentation().isEmpty() ? "" : "<p>")
        + "A document whose element is " + element(d.element()) + ", of the type {@link " + d.value().javaName()
        + (d.value() instanceof dev.poxgen.processor.naming.FamilyBinding
            ? "}, or a type derived from it: this class says which element the document is, and holds its value,"
                + " whose class says which type it is. Immutable."
            : "}, which other document elements have too: this class says which element the document is, and"
                + " holds its value. Immutable.")));
    generated.spec().ifPresent(spec::addAnnotation);
    spec.addField(value, "value", Modifier.PRIVATE, Modifier.FINAL);
    spec.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(value, "value")
        .addStatement("this.value = $T.requireNonNull(value, $S)", Objects.class, "value")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("of")
        .addJavadoc("$L", Javadocs.wrap("The document " + Javadocs.code("<" + d.element().name().localName() + ">")
            + " with the value {@code value}."))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(value, "value")
        .addStatement("return new $T(value)", self)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("value")
        .addJavadoc("The element's value: its attributes and content.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(value)
        .addStatement("return value")
        .build());
    spec.addMethod(MethodSpec.methodBuilder("kind")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(kind)
        .addStatement("return $T.$N", kind, d.kind())
        .build());
    spec.addMethod(MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "o")
        .addStatement("return o instanceof $T && (($T) o).value.equals(value)", self, self)
        .build());
    spec.addMethod(MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($T.$N, value)", Objects.class, kind, d.kind())
        .build());
    spec.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S + value + $S", d.className() + "{", "}")
        .build());
    return spec.build();
  }
}
