package dev.poxgen.processor.naming;

import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;
import dev.poxgen.processor.model.AttributeModel;
import dev.poxgen.processor.model.ComplexTypeModel;
import dev.poxgen.processor.model.ContentModel;
import dev.poxgen.processor.model.ContentModel.ElementUse;
import dev.poxgen.processor.model.Documentation;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.EnumerationValue;
import dev.poxgen.processor.model.Occurrence;
import dev.poxgen.processor.model.RuleModel;
import dev.poxgen.processor.model.SchemaModel;
import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.TypeFamily;
import dev.poxgen.processor.model.TypeRef;
import dev.poxgen.processor.model.XmlName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Binds a {@link SchemaModel} to Java names: a class per complex type, an enum per enumerated
 * simple type, a property per child element, attribute and text, an enum constant per value.
 *
 * <p>Collisions are resolved here, deterministically: an attribute named like a child element
 * gets the suffix {@code Attribute} ({@code Protocol}'s {@code @Type} is {@code typeAttribute},
 * its {@code <Type>} is {@code type}); alternatives of one choice whose names differ only in case,
 * in one namespace and of one type, are one property with several spellings ({@code RedirectUrl}
 * and {@code RedirectURL} are {@code redirectUrl}); other elements whose names differ only in case
 * keep the XML spelling for the later one; enumeration values that differ only in case are one constant with several
 * lexical forms ({@code on} and {@code On} are {@code ON}). Two types that would get the same class
 * name are an error naming both.
 */
public final class Namer {

  public Bindings bind(SchemaModel model, String packageName) {
    Map<XmlName, String> classNames = classNames(model);
    List<EnumBinding> enums = new ArrayList<>();
    for (SimpleTypeModel t : model.simpleTypes().values()) {
      if (t.bindsEnum()) {
        enums.add(new EnumBinding(t, classNames.get(t.name()), constants(t)));
      }
    }
    List<UnionBinding> unions = new ArrayList<>();
    for (SimpleTypeModel t : model.simpleTypes().values()) {
      if (t.isUnion()) {
        unions.add(new UnionBinding(t, classNames.get(t.name()), unionMembers(model, t)));
      }
    }
    List<TypeBinding> types = new ArrayList<>();
    // Each type's problems are reported, and the next type is bound all the same: every problem in one compile.
    List<Problem> problems = new ArrayList<>();
    for (ComplexTypeModel t : model.complexTypes().values()) {
      try {
        List<PropertyBinding> properties = properties(model, t);
        properties.forEach(p -> checkDefault(model, t, p, enums));
        checkRules(model, t, properties, enums);
        types.add(new TypeBinding(t, classNames.get(t.name()), properties));
      } catch (Problem p) {
        problems.add(p);
      }
    }
    if (!problems.isEmpty()) {
      throw Problem.together(problems);
    }
    checkPatterns(model);
    types.forEach(t -> checkMemberNames(model, t));
    String base = baseName(model.name());
    checkUniqueTypeNames(model, types, enums, unions, base);
    List<FamilyBinding> families = families(model, types, enums, unions, classNames, base);
    List<DocumentBinding> documents = documents(model, types, enums, unions, families, base);
    Map<XmlName, String> simpleNames = new LinkedHashMap<>();
    Set<String> usedSimple = new HashSet<>();
    for (SimpleTypeModel t : model.simpleTypes().values()) {
      String n = (t.isBuiltin() ? "Xs" : "") + JavaNames.upperCamel(t.name().localName());
      String unique = n;
      for (int i = 2; !usedSimple.add(unique); i++) {
        unique = n + i;
      }
      simpleNames.put(t.name(), unique);
    }
    return new Bindings(packageName, model, types, enums, simpleNames, base, documents, families, unions);
  }

  /**
   * The class of each document element of a complex type: its type's when it is the only one of
   * that type, else a holder of its own, named after the element ({@code ReplyTo}), or, where a
   * generated class has that name already, with {@code Element} after it, then a number.
   */
  private static List<DocumentBinding> documents(SchemaModel model, List<TypeBinding> types, List<EnumBinding> enums,
      List<UnionBinding> unions, List<FamilyBinding> families, String base) {
    Set<String> taken = new HashSet<>();
    types.forEach(t -> taken.add(t.className()));
    enums.forEach(e -> taken.add(e.enumName()));
    unions.forEach(u -> taken.add(u.className()));
    families.forEach(f -> taken.add(f.interfaceName()));
    for (String support : SUPPORT_CLASSES) {
      taken.add(base + support);
    }
    List<DocumentBinding> out = new ArrayList<>();
    for (ElementModel r : model.roots()) {
      if (!(r.type() instanceof TypeRef.Complex)) {
        continue;
      }
      Optional<FamilyBinding> family = families.stream().filter(f -> f.xmlType().equals(r.type().name())).findFirst();
      ValueBinding type = family.<ValueBinding>map(f -> f)
          .orElseGet(() -> types.stream().filter(t -> t.type().name().equals(r.type().name())).findFirst().orElseThrow());
      if (family.isEmpty() && soleDocumentOf(model, r.type().name())) {
        out.add(new DocumentBinding(r, type, Optional.empty()));
        continue;
      }
      String plain = JavaNames.typeName(r.name().localName());
      String name = taken.contains(plain) ? plain + "Element" : plain;
      for (int i = 2; taken.contains(name); i++) {
        name = plain + "Element" + i;
      }
      taken.add(name);
      out.add(new DocumentBinding(r, type, Optional.of(name)));
    }
    return out;
  }

  /**
   * The sealed interface of each family of types: named as the base's class would be where the
   * base is abstract, else after the base's class with {@code Family}; a number follows where a
   * generated class has the name already.
   */
  private static List<FamilyBinding> families(SchemaModel model, List<TypeBinding> types, List<EnumBinding> enums,
      List<UnionBinding> unions,
      Map<XmlName, String> classNames, String base) {
    Set<String> taken = new HashSet<>();
    types.forEach(t -> taken.add(t.className()));
    unions.forEach(u -> taken.add(u.className()));
    enums.forEach(e -> taken.add(e.enumName()));
    SUPPORT_CLASSES.forEach(support -> taken.add(base + support));
    Map<XmlName, String> interfaces = new LinkedHashMap<>();
    for (TypeFamily f : model.families().values()) {
      String plain = f.abstractBase() ? classNames.get(f.base()) : classNames.get(f.base()) + "Family";
      String name = plain;
      for (int i = 2; !taken.add(name); i++) {
        name = plain + i;
      }
      interfaces.put(f.base(), name);
    }
    Map<XmlName, TypeBinding> byType = new LinkedHashMap<>();
    types.forEach(t -> byType.put(t.type().name(), t));
    List<ComplexTypeModel> all = new ArrayList<>(model.complexTypes().values());
    all.addAll(model.abstractTypes().values());
    List<FamilyBinding> out = new ArrayList<>();
    for (TypeFamily f : model.families().values()) {
      List<String> permits = new ArrayList<>();
      if (byType.containsKey(f.base())) {
        permits.add(byType.get(f.base()).className());
      }
      for (ComplexTypeModel d : all) {
        boolean direct = !d.anonymous() && d.derivation().map(x -> x.base().equals(f.base())).orElse(false)
            && !d.name().equals(f.base());
        if (direct && interfaces.containsKey(d.name())) {
          permits.add(interfaces.get(d.name()));
        } else if (direct && byType.containsKey(d.name())) {
          permits.add(byType.get(d.name()).className());
        }
      }
      List<TypeBinding> members = f.members().stream().map(m -> byType.get(m.type())).toList();
      out.add(new FamilyBinding(f, interfaces.get(f.base()), f.parent().map(interfaces::get), permits, members,
          common(members), members.stream().allMatch(m -> m.properties().stream()
              .noneMatch(p -> p.name().equals("extras") || p.singular().equals("extras")))));
    }
    return out;
  }

  /** The properties of the first member that every other has alike: name, source, type and repetition. */
  private static List<PropertyBinding> common(List<TypeBinding> members) {
    List<PropertyBinding> out = new ArrayList<>();
    for (PropertyBinding p : members.get(0).properties()) {
      boolean everywhere = members.stream().allMatch(m -> m.properties().stream()
          .anyMatch(q -> q.name().equals(p.name()) && q.source() == p.source() && sameJavaType(q.type(), p.type())
              && q.repeated() == p.repeated()));
      if (everywhere) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Whether two values are of one Java type: of one kind, and of one schema type where that names
   * the Java type (an enum, a class, a list, a union class); a restriction's facets do not change it.
   */
  private static boolean sameJavaType(ValueType a, ValueType b) {
    boolean named = a.kind() == ValueKind.ENUM || a.kind() == ValueKind.COMPLEX || a.kind() == ValueKind.LIST
        || a.kind() == ValueKind.UNION;
    return a.kind() == b.kind() && (!named || a.xmlType().equals(b.xmlType()));
  }

  /** The classes poxgen generates for a schema besides its types, after the schema's base name. */
  private static final List<String> SUPPORT_CLASSES =
      List.of("Xml", "XmlReader", "XmlWriter", "Rules", "Validator", "Document", "DocumentKind");

  /** Whether exactly one document element has the complex type {@code type}: its class is then the document. */
  static boolean soleDocumentOf(SchemaModel model, XmlName type) {
    return model.roots().stream()
        .filter(r -> r.type() instanceof TypeRef.Complex && r.type().name().equals(type))
        .count() == 1;
  }

  /**
   * The class name of each complex type and enumerated simple type: its local name in upper camel
   * case ({@code Protocol}). Where types of several namespaces share a local name (an imported
   * schema's {@code B} beside the main one's), the first keeps the plain name and the others are
   * prefixed with a word of their namespace ({@code ImportedXsdB} for {@code
   * http://importedXSD}); a number follows where even that is taken.
   */
  private static Map<XmlName, String> classNames(SchemaModel model) {
    List<XmlName> named = new ArrayList<>();
    for (SimpleTypeModel t : model.simpleTypes().values()) {
      if (t.bindsEnum() || t.isUnion()) {
        named.add(t.name());
      }
    }
    named.addAll(model.complexTypes().keySet());
    // An abstract type has no class, but the interface of its family takes the name it would have.
    named.addAll(model.abstractTypes().keySet());
    Map<String, List<XmlName>> byPlain = new LinkedHashMap<>();
    for (XmlName n : named) {
      byPlain.computeIfAbsent(JavaNames.typeName(n.localName()), k -> new ArrayList<>()).add(n);
    }
    Set<String> taken = new HashSet<>(byPlain.keySet());
    Map<XmlName, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<XmlName>> e : byPlain.entrySet()) {
      List<XmlName> same = e.getValue();
      String first = same.get(0).namespace();
      for (XmlName n : same) {
        if (n.namespace().equals(first)) {
          // One namespace: a clash within it stays an error, reported with both declarations.
          out.put(n, e.getKey());
          continue;
        }
        String base = JavaNames.typeName(JavaNames.namespaceWord(n.namespace()) + "_" + n.localName());
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
          name = base + i;
        }
        out.put(n, name);
      }
    }
    return out;
  }

  /**
   * Two properties of one class must not get one member name: {@code foo}'s {@code fooLexical()}
   * and {@code hasFoo()} against properties named {@code fooLexical} or {@code hasFoo}.
   */
  private static void checkMemberNames(SchemaModel model, TypeBinding t) {
    Map<String, List<XmlName>> byMember = new TreeMap<>();
    for (PropertyBinding p : t.properties()) {
      List<String> members = new ArrayList<>(List.of(p.name()));
      if (p.repeated()) {
        members.add(p.adderName());
      } else if (!(p.source() == PropertyBinding.Source.TEXT && p.type().kind() == ValueKind.STRING)) {
        members.add(p.hasName());
        if (!p.type().kind().isElement()) {
          members.add(p.name() + "Lexical");
        }
        if (p.nillable() && !p.type().kind().isElement()) {
          members.add(p.nilName());
          members.add(p.name() + "Nil");
        }
      }
      members.forEach(m -> byMember.computeIfAbsent(m, k -> new ArrayList<>()).add(p.xmlName()));
    }
    for (Map.Entry<String, List<XmlName>> e : byMember.entrySet()) {
      if (e.getValue().size() > 1) {
        throw new Problem(Message.GENERATED_NAME_CLASH, t.type().path(),
            e.getValue().stream().map(n -> "\"" + n + "\"").toList(), t.className() + "." + e.getKey() + "()");
      }
    }
  }

  /**
   * A pattern that is not an XSD 1.0 regular expression is refused now, with where and what was
   * expected; the generated code compiles the translation, which must then compile.
   */
  private static void checkPatterns(SchemaModel model) {
    for (SimpleTypeModel t : model.simpleTypes().values()) {
      for (String pattern : t.facets().patterns()) {
        String translated;
        try {
          translated = XsdPatterns.toJava(pattern);
        } catch (XsdPatterns.Malformed e) {
          throw new Problem(Message.XSD_MALFORMED, model.files().get(0), "simpleType " + t.name().localName()
              + ": the pattern \"" + pattern + "\" is not a valid regular expression " + e.getMessage());
        }
        try {
          java.util.regex.Pattern.compile(translated);
        } catch (java.util.regex.PatternSyntaxException e) {
          throw new IllegalStateException("the pattern \"" + pattern + "\" was translated to \"" + translated
              + "\", which java.util.regex does not compile", e);
        }
      }
    }
  }

  /** {@code autodiscover} is {@code Autodiscover}; {@code schemas/orders.xsd} is {@code Orders}. */
  static String baseName(String schemaName) {
    String file = schemaName.substring(schemaName.lastIndexOf('/') + 1);
    if (file.endsWith(".xsd")) {
      file = file.substring(0, file.length() - 4);
    }
    return JavaNames.typeName(file);
  }

  private static void checkUniqueTypeNames(
      SchemaModel model, List<TypeBinding> types, List<EnumBinding> enums, List<UnionBinding> unions, String base) {
    Map<String, List<XmlName>> byName = new TreeMap<>();
    for (String support : SUPPORT_CLASSES) {
      byName.computeIfAbsent(base + support, k -> new ArrayList<>()).add(XmlName.of("", "(poxgen's " + base + support + ")"));
    }
    // Where each complex type is declared, for the message: the clash may be in an included document.
    Map<String, List<String>> declaredAt = new TreeMap<>();
    types.forEach(t -> {
      byName.computeIfAbsent(t.className(), k -> new ArrayList<>()).add(t.type().name());
      declaredAt.computeIfAbsent(t.className(), k -> new ArrayList<>()).add(t.type().path());
    });
    enums.forEach(e -> byName.computeIfAbsent(e.enumName(), k -> new ArrayList<>()).add(e.type().name()));
    unions.forEach(u -> byName.computeIfAbsent(u.className(), k -> new ArrayList<>()).add(u.type().name()));
    for (Map.Entry<String, List<XmlName>> e : byName.entrySet()) {
      if (e.getValue().size() > 1) {
        List<String> at = declaredAt.getOrDefault(e.getKey(), List.of());
        throw new Problem(
            Message.GENERATED_NAME_CLASH,
            at.isEmpty() ? model.files().get(0) : String.join("; ", at),
            e.getValue().stream().map(n -> "\"" + n + "\"").toList(),
            e.getKey());
      }
    }
  }

  /** A rule on an enumerated child must name one of its values, or it could never hold. */
  private static void checkRules(SchemaModel model, ComplexTypeModel t, List<PropertyBinding> properties,
      List<EnumBinding> enums) {
    for (RuleModel rule : t.rules()) {
      PropertyBinding when = properties.stream()
          .filter(p -> p.source() == PropertyBinding.Source.ELEMENT && p.xmlName().equals(rule.when()))
          .findFirst().orElse(null);
      if (when == null || when.type().kind() != ValueKind.ENUM) {
        continue;
      }
      EnumBinding e = enums.stream().filter(b -> b.type().name().equals(when.type().xmlType())).findFirst().orElseThrow();
      if (e.constants().stream().noneMatch(c -> c.lexicalForms().contains(rule.equals()))) {
        throw malformed(t.path(), "the rule " + rule.name()
            + " compares <" + rule.when().localName() + "> with \"" + rule.equals() + "\", which is not one of its"
            + " type's values " + e.constants().stream().flatMap(c -> c.lexicalForms().stream()).toList());
      }
    }
  }

  /**
   * A problem with a component at {@code path} ({@code file: component path}), named by its own
   * file rather than the set's first.
   */
  private static Problem malformed(String path, String detail) {
    return path.contains(": ")
        ? new Problem(Message.XSD_MALFORMED, file(path), component(path) + ": " + detail)
        : new Problem(Message.XSD_MALFORMED, path, detail);
  }

  /** A default must be a value of its type, or the generated accessor could not return it. */
  private static void checkDefault(SchemaModel model, ComplexTypeModel t, PropertyBinding p, List<EnumBinding> enums) {
    if (p.defaultValue().isEmpty()) {
      return;
    }
    String lexical = p.defaultValue().get();
    String where = t.path() + " > " + p.xmlLabel();
    switch (p.type().kind()) {
      case ENUM -> {
        EnumBinding e = enums.stream().filter(b -> b.type().name().equals(p.type().xmlType())).findFirst().orElseThrow();
        boolean known = e.constants().stream().anyMatch(c -> c.lexicalForms().contains(lexical.strip()));
        if (!known) {
          throw malformed(where, "the default \"" + lexical
              + "\" is not one of the type's values " + e.constants().stream()
                  .flatMap(c -> c.lexicalForms().stream()).toList());
        }
      }
      case INT, LONG, BIG_INTEGER, DECIMAL -> {
        try {
          java.math.BigDecimal n = new java.math.BigDecimal(lexical.strip());
          if (p.type().kind() == ValueKind.INT) {
            n.intValueExact();
          } else if (p.type().kind() == ValueKind.LONG) {
            n.longValueExact();
          }
        } catch (ArithmeticException | NumberFormatException ex) {
          throw malformed(where,
              "the default \"" + lexical + "\" is not a number of its type");
        }
      }
      case FLOAT, DOUBLE -> {
        String f = lexical.strip();
        if (!f.equals("INF") && !f.equals("-INF") && !f.equals("NaN")
            && !f.matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([Ee][+-]?[0-9]+)?")) {
          throw malformed(where, "the default \"" + lexical + "\" is not an xs:"
              + p.type().kind().name().toLowerCase(java.util.Locale.ROOT)
              + " (a decimal or exponent form such as 1.5 or -2E3, INF, -INF or NaN)");
        }
      }
      case BOOLEAN -> {
        if (!List.of("true", "false", "1", "0").contains(lexical.strip())) {
          throw malformed(where,
              "the default \"" + lexical + "\" is not a boolean");
        }
      }
      case COMPLEX, ANY -> {
        ComplexTypeModel type = model.complexTypes().get(p.type().xmlType());
        if (p.type().kind() == ValueKind.COMPLEX && type != null && type.simpleContent().isPresent()) {
          throw new Problem(Message.XSD_UNSUPPORTED, file(t.path()), component(t.path()) + " > " + p.xmlLabel(),
              "a default or fixed value on an element of a complex type with simple content (the type "
                  + p.type().xmlType().localName() + "), the text it stands for when the element is empty",
              "Give the element a simple type, or leave the value out.");
        }
        if (p.type().kind() == ValueKind.COMPLEX && (type == null || !type.mixed())) {
          return; // XML Schema allows none here: the JDK's schema check says so
        }
        throw new Problem(Message.XSD_UNSUPPORTED, file(t.path()), component(t.path()) + " > "
          + p.xmlLabel(), "a default or fixed value on an element of mixed content (" + (p.type().kind() == ValueKind.ANY
              ? "xs:anyType" : "the type " + p.type().xmlType().localName()) + "), the text it stands for when the"
              + " element is empty", "Give the element a simple type or simple content, or leave the value out.");
      }
      case QNAME -> qnameDefault(t, p, lexical.strip());
      default -> { }
    }
  }

  /**
   * A default or fixed {@code xs:QName} is resolved where the schema declares it: its prefix must
   * be one poxgen knows there, declared on the {@code xs:schema} element or on the declaration's
   * own element, or the value would be silently another. (A union or list that may hold one is
   * held to its type by the JDK's schema check.)
   */
  private static void qnameDefault(ComplexTypeModel t, PropertyBinding p, String lexical) {
    int colon = lexical.indexOf(':');
    if (colon > 0 && !p.namespaces().containsKey(lexical.substring(0, colon))) {
      throw new Problem(Message.XSD_UNSUPPORTED, file(t.path()), component(t.path()) + " > " + p.xmlLabel(),
          "a default or fixed value \"" + lexical + "\" whose prefix " + lexical.substring(0, colon) + " is declared"
              + " neither on the xs:schema element nor on the declaration (poxgen reads the prefixes of those two)",
          "Declare xmlns:" + lexical.substring(0, colon) + " on the xs:schema element.");
    }
  }

  /**
   * Refuses, by name, the nillable elements poxgen has no Java shape for: a repeated one that
   * holds only text (its list has no place for an item without a value).
   */
  private static void nillable(ComplexTypeModel t, ElementModel e, Occurrence occurrence) {
    String where = component(t.path()) + " > <" + e.name().localName() + ">";
    if (e.type() instanceof TypeRef.Simple && occurrence.isRepeated()) {
      throw new Problem(Message.XSD_UNSUPPORTED, file(t.path()), where, "a repeated nillable element of a simple"
          + " type (a list of its values has no place for a nil one)", "Give it a complex type with simple content"
          + " (xs:simpleContent), whose values can be nil, or leave out nillable=\"true\".");
    }
  }

  /** The file of a component's {@code file: component path}. */
  private static String file(String path) {
    int colon = path.indexOf(": ");
    return colon < 0 ? path : path.substring(0, colon);
  }

  /** The component path of a component's {@code file: component path}; {@code ""} without one. */
  private static String component(String path) {
    int colon = path.indexOf(": ");
    return colon < 0 ? "" : path.substring(colon + 2);
  }

  // ---- union members

  /**
   * The members of a union, each named after its type ({@code xs:nonNegativeInteger} is {@code
   * NON_NEGATIVE_INTEGER}, {@code ofNonNegativeInteger}, {@code asNonNegativeInteger}), an anonymous
   * one after its place ({@code MEMBER_2}); a type named twice gets a number after its name.
   */
  private static List<UnionBinding.Member> unionMembers(SchemaModel model, SimpleTypeModel union) {
    List<UnionBinding.Member> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (XmlName m : union.members()) {
      SimpleTypeModel member = model.simpleType(m).orElseThrow(() -> new IllegalStateException("no member type " + m));
      String local = m.localName();
      int dot = local.lastIndexOf('.');
      String word = member.anonymous() && dot >= 0 ? local.substring(dot + 1).replaceAll("([0-9]+)$", "_$1")
          : local;
      String suffix = JavaNames.upperCamel(word);
      String unique = suffix;
      String constant = JavaNames.constant(word);
      for (int i = 2; !used.add(unique); i++) {
        unique = suffix + i;
        constant = JavaNames.constant(word) + "_" + i;
      }
      out.add(new UnionBinding.Member(constant, unique, m, ValueType.of(member)));
    }
    return out;
  }

  // ---- enum constants

  private static List<ConstantBinding> constants(SimpleTypeModel t) {
    Map<String, List<EnumerationValue>> byFoldedCase = new LinkedHashMap<>();
    for (EnumerationValue v : t.facets().enumerations()) {
      byFoldedCase.computeIfAbsent(v.value().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(v);
    }
    List<ConstantBinding> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (List<EnumerationValue> group : byFoldedCase.values()) {
      String base = JavaNames.constant(group.get(0).value());
      String name = base;
      for (int i = 2; !used.add(name); i++) {
        name = base + "_" + i;
      }
      Documentation doc = group.stream().map(EnumerationValue::documentation)
          .filter(d -> !d.isEmpty()).findFirst().orElse(Documentation.NONE);
      out.add(new ConstantBinding(name, group.stream().map(EnumerationValue::value).toList(), doc));
    }
    return out;
  }

  // ---- properties

  private static List<PropertyBinding> properties(SchemaModel model, ComplexTypeModel t) {
    // Each element once, its occurrence in the type worked out by the model.
    Map<XmlName, ElementUse> merged = new LinkedHashMap<>();
    ContentModel.of(t).elements().forEach(u -> merged.put(u.element().name(), u));

    // Children with one local name in different namespaces (Autodiscover's three Response
    // elements) are named after their types: outlookResponse, mobileSyncResponse, errorResponse.
    Map<String, Set<String>> namespacesByName = new LinkedHashMap<>();
    for (ElementUse u : merged.values()) {
      if (!u.element().isWildcard()) {
        namespacesByName.computeIfAbsent(JavaNames.propertyName(u.element().name().localName()), k -> new HashSet<>())
            .add(u.element().name().namespace());
      }
    }
    Set<String> taken = new HashSet<>();
    // The class of a document element implements the document interface, whose kind() no
    // property may take: a child <kind> is kindValue, an attribute kind is kindAttribute.
    boolean document = soleDocumentOf(model, t.name());
    if (document) {
      taken.add("kind");
    }
    Map<ElementUse, PropertyBinding> named = new LinkedHashMap<>();
    // Declared elements first, so that an element wildcard's anyElement(s) never takes a declared name.
    List<ElementUse> inNamingOrder = new ArrayList<>(merged.values().stream().filter(u -> !u.element().isWildcard()).toList());
    merged.values().stream().filter(u -> u.element().isWildcard()).forEach(inNamingOrder::add);
    // When their types share a name too, the first namespace's keeps the name and the others are
    // prefixed with a word of their namespace.
    Map<String, List<ElementModel>> sharing = new LinkedHashMap<>();
    for (ElementUse u : merged.values()) {
      if (!u.element().isWildcard()) {
        sharing.computeIfAbsent(JavaNames.propertyName(u.element().name().localName()), k -> new ArrayList<>())
            .add(u.element());
      }
    }
    for (ElementUse u : inNamingOrder) {
      ElementModel e = u.element();
      String xmlName = e.name().localName();
      if (!e.isWildcard() && namespacesByName.get(JavaNames.propertyName(xmlName)).size() > 1) {
        List<ElementModel> group = sharing.get(JavaNames.propertyName(xmlName));
        boolean typesDiffer = group.stream().map(x -> JavaNames.propertyName(x.type().name().localName()))
            .distinct().count() == group.size();
        if (typesDiffer) {
          xmlName = e.type().name().localName();
        } else if (!e.name().namespace().equals(group.get(0).name().namespace())) {
          xmlName = JavaNames.namespaceWord(e.name().namespace()) + "_" + xmlName;
        }
      }
      if (document && JavaNames.propertyName(xmlName).equals("kind")) {
        xmlName = "kindValue";
      }
      String singular = e.isWildcard() ? wildcardName(named.values()) : uniqueElementName(xmlName, taken);
      String name = singular;
      if (e.isWildcard()) {
        name = u.occurrence().isRepeated() ? JavaNames.plural(singular) : singular;
      } else if (u.occurrence().isRepeated()) {
        name = JavaNames.safeMember(JavaNames.plural(singular));
        for (int i = 2; taken.contains(name); i++) {
          name = JavaNames.plural(singular) + i;
        }
      }
      taken.add(name);
      if (e.nillable()) {
        nillable(t, e, u.occurrence());
      }
      named.put(u, new PropertyBinding(
          PropertyBinding.Source.ELEMENT,
          e.name(),
          name,
          singular,
          u.occurrence(),
          e.defaultValue().or(e::fixedValue),
          e.isWildcard() && documentsTaken(model, e)
              ? new ValueType(e.wildcard().orElseThrow().processContents()
                  == dev.poxgen.processor.model.WildcardModel.ProcessContents.LAX ? ValueKind.LAX_DOCUMENT
                  : ValueKind.DOCUMENT, e.type().name())
              : valueType(model, e.type()),
          e.documentation(),
          u.spellings(),
          e.nillable(),
          e.fixedValue().isPresent(),
          e.blocked(),
          e.namespaces()));
    }
    List<PropertyBinding> elements = merged.values().stream().map(named::get).toList();

    List<PropertyBinding> out = new ArrayList<>();
    for (AttributeModel a : t.attributes()) {
      String name = JavaNames.propertyName(a.name().localName());
      if (taken.contains(name)) {
        name = name + "Attribute";
      }
      for (int i = 2; taken.contains(name); i++) {
        name = JavaNames.propertyName(a.name().localName()) + "Attribute" + i;
      }
      taken.add(name);
      out.add(new PropertyBinding(
          PropertyBinding.Source.ATTRIBUTE,
          a.name(),
          name,
          name,
          a.required() ? Occurrence.ONE : Occurrence.OPTIONAL,
          a.defaultValue().or(a::fixedValue),
          valueType(model, new TypeRef.Simple(a.type())),
          a.documentation(),
          List.of(a.name()),
          false,
          a.fixedValue().isPresent(),
          java.util.Set.of(),
          a.namespaces()));
    }
    t.simpleContent().ifPresent(text -> {
      String name = taken.contains("value") ? "textValue" : "value";
      taken.add(name);
      // A document element of a simple type: its default or fixed value is its text's.
      Optional<ElementModel> root = t.documentOf()
          .flatMap(n -> model.roots().stream().filter(r -> r.name().equals(n)).findFirst());
      out.add(new PropertyBinding(
          PropertyBinding.Source.TEXT,
          t.name(),
          name,
          name,
          Occurrence.ONE,
          t.textDefault(),
          valueType(model, new TypeRef.Simple(text)),
          Documentation.of("The text content of the element."),
          List.of(t.name()),
          false,
          root.map(r -> r.fixedValue().isPresent()).orElse(false),
          java.util.Set.of(),
          root.map(ElementModel::namespaces).orElse(Map.of())));
    });
    out.addAll(elements);
    return out;
  }

  /**
   * Whether an element wildcard takes documents: it is strict or lax, and a global element is in a
   * namespace it allows (the schema stage made sure every such one is a document).
   */
  private static boolean documentsTaken(SchemaModel model, ElementModel wildcard) {
    dev.poxgen.processor.model.WildcardModel w = wildcard.wildcard().orElseThrow();
    return w.processContents() != dev.poxgen.processor.model.WildcardModel.ProcessContents.SKIP
        && model.roots().stream().anyMatch(r -> w.allows(r.name().namespace()));
  }

  /**
   * The name of one item of an element wildcard's property: {@code anyElement}, numbered when a
   * declared child's accessor or builder methods already use it or its plural.
   */
  private static String wildcardName(java.util.Collection<PropertyBinding> declared) {
    Set<String> used = new HashSet<>();
    for (PropertyBinding p : declared) {
      used.add(p.name());
      used.add(p.singular());
    }
    String name = "anyElement";
    for (int i = 2; used.contains(name) || used.contains(JavaNames.plural(name)); i++) {
      name = "anyElement" + i;
    }
    return name;
  }

  /**
   * The Java name for a child element: its lower camel case, or, when an earlier child already
   * has that name (the XML names differ only in case), the XML spelling with a lower-case first
   * letter, then a number.
   */
  private static String uniqueElementName(String xmlName, Set<String> taken) {
    String name = JavaNames.propertyName(xmlName);
    if (!taken.contains(name)) {
      return name;
    }
    String spelled = JavaNames.safeMember(
        Character.toLowerCase(xmlName.charAt(0)) + xmlName.substring(1).replaceAll("[^A-Za-z0-9_]", ""));
    if (!taken.contains(spelled) && javax.lang.model.SourceVersion.isIdentifier(spelled)) {
      return spelled;
    }
    for (int i = 2; ; i++) {
      if (!taken.contains(name + i)) {
        return name + i;
      }
    }
  }

  private static ValueType valueType(SchemaModel model, TypeRef ref) {
    if (ref instanceof TypeRef.Complex c && model.abstractTypes().containsKey(c.name())
        && model.family(c.name()).isEmpty()) {
      // An abstract type the set derives no concrete type from: no value of it is valid; one a
      // document gives is kept as XML, with an error.
      return new ValueType(ValueKind.ANY, c.name());
    }
    if (ref instanceof TypeRef.Complex c) {
      return new ValueType(ValueKind.COMPLEX, c.name());
    }
    if (ref instanceof TypeRef.Any any) {
      return new ValueType(ValueKind.ANY, any.name());
    }
    return ValueType.of(model.simpleType((TypeRef.Simple) ref));
  }
}
