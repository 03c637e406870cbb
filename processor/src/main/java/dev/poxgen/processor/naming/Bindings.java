package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.ComplexTypeModel;
import dev.poxgen.processor.model.Derivation;
import dev.poxgen.processor.model.SchemaModel;
import dev.poxgen.processor.model.XmlName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the emitters need: the model, how each of its types binds to Java, and the class of
 * each document element (those of a complex type, in schema order).
 */
public record Bindings(
    String packageName, SchemaModel model, List<TypeBinding> types, List<EnumBinding> enums,
    Map<XmlName, String> simpleTypeNames, String baseName, List<DocumentBinding> documents,
    List<FamilyBinding> families, List<UnionBinding> unions) {
  public Bindings {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(model, "model");
    types = List.copyOf(types);
    enums = List.copyOf(enums);
    simpleTypeNames = Map.copyOf(simpleTypeNames);
    Objects.requireNonNull(baseName, "baseName");
    documents = List.copyOf(documents);
    families = List.copyOf(families);
    unions = List.copyOf(unions);
  }

  /** The class of a union type. */
  public UnionBinding unionFor(XmlName xmlType) {
    return unions.stream().filter(u -> u.type().name().equals(xmlType)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no union class for " + xmlType));
  }

  /** The family of a complex type, bound to its sealed interface, if it has one. */
  public java.util.Optional<FamilyBinding> familyFor(XmlName complexType) {
    return families.stream().filter(f -> f.xmlType().equals(complexType)).findFirst();
  }

  /**
   * What a value of an element declared with a complex type is: its family's interface where
   * derived types may stand for it, else its class.
   */
  public ValueBinding valueFor(XmlName complexType) {
    return familyFor(complexType).<ValueBinding>map(f -> f).orElseGet(() -> typeFor(complexType));
  }

  /**
   * The interface a type's class implements: its own family's where it has one, else that of the
   * nearest type it was derived from that has one.
   */
  public java.util.Optional<FamilyBinding> nearestFamily(XmlName complexType) {
    XmlName at = complexType;
    for (int steps = 0; at != null && steps <= model.complexTypes().size() + model.abstractTypes().size(); steps++) {
      java.util.Optional<FamilyBinding> f = familyFor(at);
      if (f.isPresent()) {
        return f;
      }
      XmlName from = at;
      at = model.anyComplexType(at).flatMap(ComplexTypeModel::derivation).map(Derivation::base)
          .filter(b -> !b.equals(from)).orElse(null);
    }
    return java.util.Optional.empty();
  }

  /** The public facade: {@code AutodiscoverXml.readAutodiscoverResponse(in)}. */
  public String facadeName() {
    return baseName + "Xml";
  }

  /** {@code AutodiscoverDocument}: the sealed type of the schema's documents. */
  public String documentName() {
    return baseName + "Document";
  }

  /** The package-private reader behind the facade. */
  public String readerName() {
    return baseName + "XmlReader";
  }

  /** The package-private writer behind the facade. */
  public String writerName() {
    return baseName + "XmlWriter";
  }

  /** The checks shared by the reader and the validator. */
  public String rulesName() {
    return baseName + "Rules";
  }

  /** The public validator of values built in code. */
  public String validatorName() {
    return baseName + "Validator";
  }

  /** The name used for a simple type in generated method names: {@code OnOff}, {@code XsInt}. */
  public String simpleName(XmlName simpleType) {
    String n = simpleTypeNames.get(simpleType);
    if (n == null) {
      throw new IllegalArgumentException("no name for simple type " + simpleType);
    }
    return n;
  }

  public TypeBinding typeFor(XmlName complexType) {
    return types.stream().filter(t -> t.type().name().equals(complexType)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no class for " + complexType));
  }

  /** The generated class, enum or union class for a schema type. */
  public String javaName(XmlName xmlType) {
    for (TypeBinding t : types) {
      if (t.type().name().equals(xmlType)) {
        return t.className();
      }
    }
    for (EnumBinding e : enums) {
      if (e.type().name().equals(xmlType)) {
        return e.enumName();
      }
    }
    for (UnionBinding u : unions) {
      if (u.type().name().equals(xmlType)) {
        return u.className();
      }
    }
    throw new IllegalArgumentException("no generated type for " + xmlType);
  }

  public EnumBinding enumFor(XmlName xmlType) {
    return enums.stream().filter(e -> e.type().name().equals(xmlType)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no enum for " + xmlType));
  }

  /** Every generated top-level name, mapped to what it binds. */
  public Map<String, XmlName> generatedNames() {
    Map<String, XmlName> names = new LinkedHashMap<>();
    types.forEach(t -> names.put(t.className(), t.type().name()));
    enums.forEach(e -> names.put(e.enumName(), e.type().name()));
    unions.forEach(u -> names.put(u.className(), u.type().name()));
    documents.forEach(d -> d.holderName().ifPresent(h -> names.put(h, d.element().name())));
    families.forEach(f -> names.put(f.interfaceName(), f.xmlType()));
    for (String support : List.of(facadeName(), readerName(), writerName(), rulesName(), validatorName())) {
      names.put(support, XmlName.of("", "(" + model.name() + ")"));
    }
    return names;
  }
}
