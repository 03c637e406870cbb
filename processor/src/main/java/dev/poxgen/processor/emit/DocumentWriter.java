package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.naming.TypeBinding;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the sealed type of a schema's documents ({@code AutodiscoverDocument}), which each class
 * of a document element implements, and its kinds ({@code AutodiscoverDocumentKind}), a constant
 * per document element: Java 17 code takes a document apart with {@code switch
 * (document.kind())}, Java 21 code with a pattern switch over the sealed type. The kinds are a
 * top-level enum, not nested in the interface: a member type is inherited by every implementing
 * class, where it would hide a schema type of the same simple name ({@code Kind}).
 */
final class DocumentWriter {
  private final SchemaCode code;
  private final GeneratedSpec generated;
  private final List<ElementModel> roots;

  DocumentWriter(SchemaCode code, GeneratedSpec generated, List<ElementModel> roots) {
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
    for (ElementModel root : roots) {
      TypeBinding t = code.bindings.typeFor(root.type().name());
      spec.addPermittedSubclass(code.valueClass(t));
      String ns = root.name().namespace();
      kinds.addEnumConstant(SchemaCode.kind(t), TypeSpec.anonymousClassBuilder("")
          .addJavadoc("$L\n", Javadocs.wrap("The element " + Javadocs.code("<" + root.name().localName() + ">")
              + (ns.isEmpty() ? "" : " of " + Javadocs.code(ns)) + ": {@link " + t.className() + "}."))
          .build());
    }
    spec.addMethod(MethodSpec.methodBuilder("kind")
        .addJavadoc("Which document element this is.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .returns(kind)
        .build());
    return List.of(spec.build(), kinds.build());
  }
}
