package dev.poxgen.processor.schema;

import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;
import dev.poxgen.processor.model.AttributeModel;
import dev.poxgen.processor.model.BuiltinType;
import dev.poxgen.processor.model.ComplexTypeModel;
import dev.poxgen.processor.model.Compositor;
import dev.poxgen.processor.model.Derivation;
import dev.poxgen.processor.model.Documentation;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.EnumerationValue;
import dev.poxgen.processor.model.Facets;
import dev.poxgen.processor.model.GroupModel;
import dev.poxgen.processor.model.IdentityConstraintModel;
import dev.poxgen.processor.model.IdentityPath;
import dev.poxgen.processor.model.Occurrence;
import dev.poxgen.processor.model.Particle;
import dev.poxgen.processor.model.SchemaModel;
import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.TypeFamily;
import dev.poxgen.processor.model.TypeRef;
import dev.poxgen.processor.model.WhiteSpace;
import dev.poxgen.processor.model.WildcardModel;
import dev.poxgen.processor.model.XmlName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.ws.commons.schema.XmlSchema;
import org.apache.ws.commons.schema.XmlSchemaAll;
import org.apache.ws.commons.schema.XmlSchemaAny;
import org.apache.ws.commons.schema.XmlSchemaAnyAttribute;
import org.apache.ws.commons.schema.XmlSchemaAttribute;
import org.apache.ws.commons.schema.XmlSchemaAttributeGroup;
import org.apache.ws.commons.schema.XmlSchemaAttributeGroupMember;
import org.apache.ws.commons.schema.XmlSchemaAttributeGroupRef;
import org.apache.ws.commons.schema.XmlSchemaAttributeOrGroupRef;
import org.apache.ws.commons.schema.XmlSchemaChoice;
import org.apache.ws.commons.schema.XmlSchemaCollection;
import org.apache.ws.commons.schema.XmlSchemaComplexContent;
import org.apache.ws.commons.schema.XmlSchemaComplexContentExtension;
import org.apache.ws.commons.schema.XmlSchemaComplexContentRestriction;
import org.apache.ws.commons.schema.XmlSchemaComplexType;
import org.apache.ws.commons.schema.XmlSchemaContentModel;
import org.apache.ws.commons.schema.XmlSchemaContentProcessing;
import org.apache.ws.commons.schema.XmlSchemaElement;
import org.apache.ws.commons.schema.XmlSchemaEnumerationFacet;
import org.apache.ws.commons.schema.XmlSchemaExternal;
import org.apache.ws.commons.schema.XmlSchemaFacet;
import org.apache.ws.commons.schema.XmlSchemaForm;
import org.apache.ws.commons.schema.XmlSchemaGroupParticle;
import org.apache.ws.commons.schema.XmlSchemaGroupRef;
import org.apache.ws.commons.schema.XmlSchemaIdentityConstraint;
import org.apache.ws.commons.schema.XmlSchemaKey;
import org.apache.ws.commons.schema.XmlSchemaKeyref;
import org.apache.ws.commons.schema.XmlSchemaLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaMaxLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaMinLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaObject;
import org.apache.ws.commons.schema.XmlSchemaParticle;
import org.apache.ws.commons.schema.XmlSchemaPatternFacet;
import org.apache.ws.commons.schema.XmlSchemaRedefine;
import org.apache.ws.commons.schema.XmlSchemaSequence;
import org.apache.ws.commons.schema.XmlSchemaSimpleContent;
import org.apache.ws.commons.schema.XmlSchemaSimpleContentExtension;
import org.apache.ws.commons.schema.XmlSchemaSimpleContentRestriction;
import org.apache.ws.commons.schema.XmlSchemaSimpleType;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeContent;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeList;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeRestriction;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeUnion;
import org.apache.ws.commons.schema.XmlSchemaType;
import org.apache.ws.commons.schema.XmlSchemaUse;
import org.apache.ws.commons.schema.XmlSchemaWhiteSpaceFacet;
import org.apache.ws.commons.schema.XmlSchemaXPath;
import org.apache.ws.commons.schema.utils.NamespacePrefixList;
import org.w3c.dom.Node;

/**
 * Reads a {@link SchemaSet} with xmlschema-core and builds the immutable {@link SchemaModel}.
 *
 * <p>Every problem is a {@link Problem} from the catalogue. xmlschema-core records no line numbers,
 * so messages name the XSD file and a component path such as {@code complexType Protocol > element
 * SSL}. Nothing is fetched from the network: imports are resolved only through the set's {@link
 * XsdResolver}, and DOCTYPE is refused.
 */
public final class SchemaLoader {
  private static final String XSD = BuiltinType.XSD_NAMESPACE;
  private static final String COMPLEX_TYPE_STEP = "complexType ";
  private static final String ANONYMOUS_MARK = "(anonymous) ";

  /**
   * Loads and models the schema set, or throws a {@link Problem} with {@linkplain Problem#all()
   * every problem} found: each global component, particle and attribute is checked, whatever the
   * ones before it held.
   */
  public SchemaModel load(SchemaSet set) {
    try {
      return new Run(set).load();
    } catch (StackOverflowError e) {
      // Definitions that refer to one another without end where no element breaks the cycle:
      // whichever of xmlschema-core or this stage followed them, javac must not die of it.
      throw new Problem(Message.XSD_CYCLE, set.entryFiles().get(0));
    }
  }

  /** One load: the mutable state of building one model. */
  private static final class Run implements Site {
    private final SchemaSet set;
    private final XmlSchemaCollection collection = new XmlSchemaCollection();
    private final List<String> files = new ArrayList<>();
    private final Map<XmlName, ComplexTypeModel> complexTypes = new LinkedHashMap<>();
    private final Map<XmlName, SimpleTypeModel> simpleTypes = new LinkedHashMap<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final List<Problem> problems = new ArrayList<>();
    /** The attribute groups being expanded, innermost last, to tell a redefinition's self-reference. */
    private final Deque<XmlSchemaAttributeGroup> expanding = new ArrayDeque<>();
    /** The model groups whose references are being expanded, by name and by the particle expanded. */
    private final Deque<QName> expandingGroups = new ArrayDeque<>();
    private final Deque<XmlSchemaGroupParticle> expandingParticles = new ArrayDeque<>();
    /** The global attributes a strict or lax attribute wildcard matches, with their simple types. */
    private final Map<XmlName, XmlName> globalAttributes = new LinkedHashMap<>();
    /** The name each anonymous type was given where it was first reached. */
    private final Map<XmlSchemaComplexType, XmlName> anonymousNames = new java.util.IdentityHashMap<>();
    /** The complex types whose build has begun and not ended, so whose model is a placeholder still. */
    private final Set<XmlName> building = new java.util.HashSet<>();
    /** Derived types whose base was still being built when they were reached, built after the rest. */
    private final List<DeferredType> deferred = new ArrayList<>();
    private final Set<XmlName> deferredNames = new java.util.HashSet<>();
    /**
     * Complex types built, so that the types derived from them inherit, but not bound: abstract
     * ones, and the originals of types redefined in xs:redefine.
     */
    private final Set<XmlName> unboundTypes = new java.util.HashSet<>();
    /** The abstract complex types: unbound, but the base of a family of the types derived from them. */
    private final Set<XmlName> abstractNames = new java.util.HashSet<>();
    /** Each complex type's {@code block} (or the schema's {@code blockDefault}). */
    private final Map<XmlName, Set<Derivation.Method>> typeBlocks = new java.util.HashMap<>();
    /** Whether the deferred types are being built, when a base not built yet is a cycle. */
    private boolean finishing;
    /** The global elements that name each head in their {@code substitutionGroup}, in schema order. */
    private final Map<QName, List<XmlSchemaElement>> substitutes = new LinkedHashMap<>();
    private String currentFile = "";
    private final FacetReader facetReader = new FacetReader(this, this::qnameValue, f -> {
      XmlSchema[] here = collection.getXmlSchema(currentFile);
      return prefixes(f, here.length == 0 ? null : here[0]);
    });
    private SchemaFiles found;

    Run(SchemaSet set) {
      this.set = set;
    }

    SchemaModel load() {
      found = SchemaFiles.read(set);
      if (set.checkValidity()) {
        List<Problem> invalid = SchemaValidity.check(found);
        if (!invalid.isEmpty()) {
          throw Problem.together(invalid);
        }
      }
      collection.setSchemaResolver(
          (namespace, location, base) -> found.locate(namespace, location, base).map(found::source).orElse(null));
      // A document bundled for a namespace imported without a location is known to xmlschema-core
      // only if read first.
      List<String> ordered = new ArrayList<>(found.files().stream().filter(SchemaFiles::isBundled).toList());
      ordered.addAll(set.entryFiles());
      for (String file : ordered) {
        try {
          if (collection.getXmlSchema(file).length == 0) {
            collection.read(found.document(file), file);
          }
        } catch (Problem p) {
          throw p;
        } catch (RuntimeException e) {
          throw malformed(file, e);
        }
      }
      files.addAll(found.files());
      List<XmlSchema> schemas = new ArrayList<>();
      for (String file : files) {
        XmlSchema[] kept = collection.getXmlSchema(file);
        if (kept.length == 0) {
          throw new Problem(Message.XSD_MALFORMED, file, "xmlschema-core did not keep the schema");
        }
        schemas.add(kept[0]);
      }

      for (XmlSchema schema : schemas) {
        for (XmlSchemaObject item : schema.getItems()) {
          if (item instanceof XmlSchemaElement e && e.getSubstitutionGroup() != null) {
            substitutes.computeIfAbsent(e.getSubstitutionGroup(), k -> new ArrayList<>()).add(e);
          }
        }
      }
      List<ElementModel> roots = new ArrayList<>();
      for (XmlSchema schema : schemas) {
        currentFile = schema.getSourceURI() == null ? set.name() : schema.getSourceURI();
        for (XmlSchemaObject item : schema.getItems()) {
          if (item instanceof XmlSchemaElement e) {
            // An abstract element is no document: only the members of its substitution group stand for it.
            attempt(() -> {
              ElementModel root = inPath("element " + e.getName(), () -> element(e, Occurrence.ONE));
              if (!e.isAbstract()) {
                roots.add(root);
              }
            });
          } else if (item instanceof XmlSchemaComplexType t) {
            attempt(() -> complexType(t, null));
          } else if (item instanceof XmlSchemaSimpleType t) {
            attempt(() -> simpleType(t, null));
          }
        }
      }
      finishDeferred();
      // An abstract type has no value of its own, nor the original of a redefined type a name of
      // its own: what derives from them has their content and attributes.
      Map<XmlName, ComplexTypeModel> abstractTypes = new LinkedHashMap<>();
      abstractNames.forEach(n -> abstractTypes.put(n, complexTypes.get(n)));
      Map<XmlName, TypeFamily> families = TypeFamilies.of(complexTypes, abstractNames, typeBlocks);
      complexTypes.keySet().removeAll(unboundTypes);
      for (ElementModel w : typedWildcards) {
        attempt(() -> everyMatchIsADocument(w, roots));
      }
      constrainedElementsCheckable(roots, "the document elements");
      for (ComplexTypeModel t : complexTypes.values()) {
        constrainedElementsCheckable(t.elements(), "complexType " + t.name().localName());
      }
      if (!problems.isEmpty()) {
        throw Problem.together(problems);
      }
      // A global element of an abstract type from which the set derives no concrete type is valid
      // in no document: no document of it (inside a document, such an element is kept, with an error).
      roots.removeIf(r -> r.type() instanceof TypeRef.Complex c && abstractTypes.containsKey(c.name())
          && !families.containsKey(c.name()));
      return new SchemaModel(set.name(), files, roots, complexTypes, simpleTypes, globalAttributes, abstractTypes,
          families);
    }

    /**
     * Two declarations of one name in a content model are one property, read by one method: refuses
     * identity constraints on them unless both declare the same.
     */
    private void constrainedElementsCheckable(List<ElementModel> elements, String where) {
      Map<XmlName, List<ElementModel>> byName = new LinkedHashMap<>();
      for (ElementModel e : elements) {
        if (!e.isWildcard()) {
          byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
        }
      }
      for (List<ElementModel> same : byName.values()) {
        if (same.stream().map(ElementModel::constraints).distinct().count() > 1) {
          ElementModel e = same.stream().filter(x -> !x.constraints().isEmpty()).findFirst().orElseThrow();
          int colon = e.path().indexOf(": ");
          problems.add(new Problem(Message.XSD_UNSUPPORTED, colon < 0 ? currentFile : e.path().substring(0, colon),
              colon < 0 ? where : e.path().substring(colon + 2),
              "an identity constraint (" + e.constraints().get(0).kind().xsd() + " \""
                  + e.constraints().get(0).name().localName() + "\") on element \"" + e.name().localName()
                  + "\", which another declaration of that name in " + where + " declares differently",
              "Give the two declarations the same identity constraints, or different names."));
        }
      }
    }

    /**
     * Runs one component's part of the load; a problem in it is kept and the load goes on with the
     * next, so that one compile reports them all. A problem reached again by another way is kept
     * once.
     */
    private void attempt(Runnable part) {
      try {
        part.run();
      } catch (Problem p) {
        for (Problem each : p.all()) {
          if (problems.stream().noneMatch(q -> q.getMessage().equals(each.getMessage()))) {
            problems.add(each);
          }
        }
      }
    }

    // ---- files

    private static Problem malformed(String file, RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        if (root.getCause() instanceof Problem p) {
          return p;
        }
        root = root.getCause();
      }
      String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
      return new Problem(e, Message.XSD_MALFORMED, file, detail);
    }

    // ---- component paths for messages

    private <T> T inPath(String step, java.util.function.Supplier<T> body) {
      path.addLast(step);
      try {
        return body.get();
      } finally {
        path.removeLast();
      }
    }

    @Override
    public String file() {
      return currentFile;
    }

    @Override
    public String where() {
      return String.join(" > ", path);
    }

    private Problem unresolved(String kind, QName name) {
      return new Problem(Message.XSD_UNRESOLVED, currentFile, where(), kind, clark(name), found.unfollowedHint());
    }

    private static String clark(QName q) {
      return q.getNamespaceURI().isEmpty() ? q.getLocalPart() : "{" + q.getNamespaceURI() + "}" + q.getLocalPart();
    }

    // ---- elements

    private ElementModel element(XmlSchemaElement declared, Occurrence occurrence) {
      XmlSchemaElement e = declared;
      if (declared.isRef()) {
        e = declared.getRef().getTarget();
        if (e == null) {
          throw unresolved("element", declared.getRef().getTargetQName());
        }
      }
      return element(declared, e, declared.isRef(), occurrence);
    }

    /**
     * The element {@code e}, declared by {@code declared} (itself, or a reference to it when {@code
     * ref}): a global element used as a reference stays a plain property of its type.
     */
    private ElementModel element(XmlSchemaElement declared, XmlSchemaElement e, boolean ref, Occurrence occurrence) {
      List<IdentityConstraintModel> constraints = e.getConstraints().isEmpty() ? List.of() : identityConstraints(e);
      XmlName name = wireName(e.getQName(), e.isTopLevel(), e.getForm());
      TypeRef type = elementType(e, name);
      Documentation doc = Annotations.documentation(declared.getAnnotation());
      if (doc.isEmpty()) {
        doc = Annotations.documentation(e.getAnnotation());
      }
      if (!ref && e.isTopLevel() && type instanceof TypeRef.Simple simple) {
        // A document element of a simple type: a document like any other, through a type of its own.
        type = new TypeRef.Complex(documentType(e, name, simple, doc).name());
      } else if (!ref && e.isTopLevel() && type instanceof TypeRef.Any) {
        // A document element of xs:anyType: a document too, through a type of its own.
        type = new TypeRef.Complex(anyDocumentType(name, doc).name());
      }
      return new ElementModel(
          name,
          type,
          occurrence,
          Optional.ofNullable(e.getDefaultValue()),
          Optional.ofNullable(e.getFixedValue()),
          doc,
          currentFile + ": " + where(),
          Optional.empty(),
          constraints,
          e.isNillable(),
          TypeFamilies.blocked(e.getBlock(), e.getParent()),
          e.getDefaultValue() == null && e.getFixedValue() == null ? Map.of() : prefixes(e, e.getParent()));
    }

    /**
     * The prefixes in scope where {@code declared} is, the prefix {@code ""} for the default
     * namespace: what a default or fixed value of an {@code xs:QName} type, or of one that may hold
     * one, is resolved by (XML Schema resolves it where the value is declared). xmlschema-core keeps
     * the {@code xs:schema} element's declarations, and a declaration's own {@code xmlns:x} as an
     * attribute of its DOM element, whose ancestors give the rest; where it has none, the schema
     * element's are what is known (a prefix declared only on an element between them is not).
     */
    private Map<String, String> prefixes(XmlSchemaObject declared, XmlSchema schema) {
      if (declared.getMetaInfoMap() != null
          && declared.getMetaInfoMap().get("EXTERNAL_ATTRIBUTES") instanceof Map<?, ?> external) {
        for (Object v : external.values()) {
          if (v instanceof org.w3c.dom.Attr attr && attr.getOwnerElement() != null) {
            return domPrefixes(attr.getOwnerElement());
          }
        }
      }
      NamespacePrefixList context = schema == null ? null : schema.getNamespaceContext();
      if (context == null) {
        return Map.of();
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (String prefix : context.getDeclaredPrefixes()) {
        String uri = context.getNamespaceURI(prefix);
        if (uri != null && !(prefix.isEmpty() && uri.isEmpty())) {
          out.put(prefix, uri);
        }
      }
      return out;
    }

    /** Every namespace declaration in scope at a DOM element, the nearest of each prefix. */
    private static Map<String, String> domPrefixes(org.w3c.dom.Element element) {
      Map<String, String> out = new LinkedHashMap<>();
      for (org.w3c.dom.Node n = element; n instanceof org.w3c.dom.Element e; n = n.getParentNode()) {
        org.w3c.dom.NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          org.w3c.dom.Node a = attributes.item(i);
          String name = a.getNodeName();
          String prefix = name.equals("xmlns") ? "" : name.startsWith("xmlns:") ? name.substring(6) : null;
          if (prefix != null) {
            out.putIfAbsent(prefix, a.getNodeValue());
          }
        }
      }
      out.remove("", "");
      return out;
    }

    /**
     * The identity constraints of an element, selectors and fields parsed into XSD's XPath subset
     * with the prefixes of the schema document that declares the element.
     */
    private List<IdentityConstraintModel> identityConstraints(XmlSchemaElement e) {
      XmlSchema schema = e.getParent();
      NamespacePrefixList context = schema == null ? null : schema.getNamespaceContext();
      java.util.function.Function<String, String> namespaces = prefix -> {
        String uri = context == null ? null : context.getNamespaceURI(prefix);
        return uri == null || uri.isEmpty() ? null : uri;
      };
      List<IdentityConstraintModel> out = new ArrayList<>();
      for (XmlSchemaIdentityConstraint c : e.getConstraints()) {
        IdentityConstraintModel.Kind kind = c instanceof XmlSchemaKeyref ? IdentityConstraintModel.Kind.KEYREF
            : c instanceof XmlSchemaKey ? IdentityConstraintModel.Kind.KEY : IdentityConstraintModel.Kind.UNIQUE;
        String step = kind.xsd().substring(3) + " " + c.getName();
        out.add(inPath(step, () -> {
          try {
            IdentityPath selector = IdentityPathParser.selector(c.getSelector().getXPath(), namespaces);
            List<IdentityPath> fields = new ArrayList<>();
            for (XmlSchemaXPath f : c.getFields()) {
              fields.add(IdentityPathParser.field(f.getXPath(), namespaces));
            }
            String tns = schema == null || schema.getTargetNamespace() == null ? "" : schema.getTargetNamespace();
            Optional<XmlName> refer = c instanceof XmlSchemaKeyref k
                ? Optional.of(XmlName.of(k.getRefer().getNamespaceURI(), k.getRefer().getLocalPart()))
                : Optional.empty();
            return new IdentityConstraintModel(kind, XmlName.of(tns, c.getName()), selector, fields, refer,
                currentFile + ": " + where());
          } catch (IdentityPathParser.Refusal r) {
            throw unsupported(r.getMessage(), "Write it in the subset: \".\", child steps (name, * or prefix:*),"
                + " a leading \".//\", \"|\" between paths, and for a field a last step \"@name\".");
          }
        }));
      }
      return out;
    }

    /**
     * The type that makes a global element of a simple type a document: simple content of that
     * type, no attributes, the element's default, named after the element ({@code Note}), or
     * {@code NoteElement} where a schema type already has that name.
     */
    private ComplexTypeModel documentType(XmlSchemaElement e, XmlName name, TypeRef.Simple simple, Documentation doc) {
      XmlName typeName = XmlName.of(name.namespace(), name.localName());
      for (int i = 1; taken(typeName); i++) {
        typeName = XmlName.of(name.namespace(), name.localName() + "Element" + (i == 1 ? "" : Integer.toString(i)));
      }
      ComplexTypeModel model = new ComplexTypeModel(
          typeName,
          true,
          Optional.empty(),
          Optional.of(simple.name()),
          List.of(),
          doc,
          currentFile + ": " + where(),
          List.of(),
          Optional.ofNullable(e.getDefaultValue() != null ? e.getDefaultValue() : e.getFixedValue()),
          Optional.of(name));
      complexTypes.put(typeName, model);
      return model;
    }

    /**
     * The type made for a global element of {@code xs:anyType}, so that the element is a document
     * like any other: any attributes, any child elements and text, kept in document order, as
     * {@code xs:anyType} is defined (XML Schema Part 1, 3.4.7). Its wildcards are lax, as that
     * definition's are: a child or attribute a global declaration declares is read and checked as
     * it, the rest kept. (An element of {@code xs:anyType} inside a document is still an {@code
     * XmlElement} value, whose content is not checked.)
     */
    private ComplexTypeModel anyDocumentType(XmlName name, Documentation doc) {
      XmlName typeName = XmlName.of(name.namespace(), name.localName());
      for (int i = 1; taken(typeName); i++) {
        typeName = XmlName.of(name.namespace(), name.localName() + "Element" + (i == 1 ? "" : Integer.toString(i)));
      }
      ComplexTypeModel any = anyTypeContent();
      any.anyAttribute().ifPresent(this::noGlobalAttributeMatches);
      ComplexTypeModel model = new ComplexTypeModel(
          typeName,
          true,
          any.content(),
          Optional.empty(),
          List.of(),
          doc,
          any.path(),
          List.of(),
          Optional.empty(),
          Optional.of(name),
          any.anyAttribute(),
          Optional.empty(),
          any.mixed());
      complexTypes.put(typeName, model);
      return model;
    }

    /** Whether a type of this name is in the model or declared anywhere in the schema set. */
    private boolean taken(XmlName typeName) {
      return complexTypes.containsKey(typeName) || simpleTypes.containsKey(typeName)
          || collection.getTypeByQName(new QName(typeName.namespace(), typeName.localName())) != null;
    }

    /**
     * The name an element or attribute has in documents, by XML Schema's rules: a global one is
     * always in the target namespace; a local one only when its {@code form} (or, without one, the
     * schema's {@code elementFormDefault} or {@code attributeFormDefault}) is {@code qualified}.
     * xmlschema-core's {@code getWireName()} applies the form default to global declarations too,
     * so a global element of a schema without {@code elementFormDefault="qualified"} would be
     * expected in no namespace; {@code getQName()} has the target namespace and {@code getForm()}
     * the effective form.
     */
    private static XmlName wireName(QName qName, boolean topLevel, XmlSchemaForm form) {
      boolean qualified = topLevel || form == XmlSchemaForm.QUALIFIED;
      return XmlName.of(qualified ? qName.getNamespaceURI() : "", qName.getLocalPart());
    }

    private TypeRef elementType(XmlSchemaElement e, XmlName elementName) {
      XmlSchemaElement typed = typedAs(e);
      QName typeName = typed.getSchemaTypeName();
      XmlSchemaType type = typed.getSchemaType();
      if (typeName != null) {
        if (XSD.equals(typeName.getNamespaceURI()) && typeName.getLocalPart().equals(TypeRef.Any.NAME.localName())) {
          return new TypeRef.Any();
        }
        if (XSD.equals(typeName.getNamespaceURI())) {
          return new TypeRef.Simple(simpleTypeByName(typeName).name());
        }
        if (type == null) {
          type = collection.getTypeByQName(typeName);
        }
        if (type == null) {
          throw unresolved("type", typeName);
        }
      }
      if (type == null) {
        // No type attribute and no nested type, nor a head to take one from: XML Schema makes it xs:anyType.
        return new TypeRef.Any();
      }
      if (type instanceof XmlSchemaSimpleType st) {
        return new TypeRef.Simple(simpleType(st, anonymousName(elementName)).name());
      }
      return new TypeRef.Complex(complexType((XmlSchemaComplexType) type, anonymousName(elementName)).name());
    }

    /**
     * The name given to an anonymous type: the enclosing complex type's name, a dot and the element
     * name ({@code Protocol.Internal}); just the element name for a global element.
     */
    private XmlName anonymousName(XmlName elementName) {
      String owner = "";
      for (String step : path) {
        if (step.startsWith(COMPLEX_TYPE_STEP)) {
          owner = step.substring(COMPLEX_TYPE_STEP.length()).replace(ANONYMOUS_MARK, "");
        }
      }
      String local = owner.isEmpty() ? elementName.localName() : owner + "." + elementName.localName();
      return XmlName.of(elementName.namespace(), local);
    }

    // ---- complex types

    /** The strict element wildcards met so far, whose matches must be documents. */
    private final List<ElementModel> typedWildcards = new ArrayList<>();

    private ComplexTypeModel complexType(XmlSchemaComplexType t, XmlName anonymous) {
      XmlName name = t.getQName() != null
          ? XmlName.of(t.getQName().getNamespaceURI(), t.getQName().getLocalPart())
          : anonymous;
      ComplexTypeModel known = complexTypes.get(name);
      if (known != null) {
        // Built already, or being built (a recursive reference): the caller needs only the name.
        return known;
      }
      XmlName first = t.getQName() == null ? anonymousNames.get(t) : null;
      if (first != null) {
        // An anonymous type reached again: inside itself (through a group that declares the element
        // again), or through another reference to the group that declares it. One declaration is
        // one type, not a new one with a longer name each time round.
        return complexTypes.get(first);
      }
      // Reserve the type's place, so the model lists types in the order they are first reached.
      complexTypes.put(name, placeholder(name));
      if (t.getQName() == null) {
        anonymousNames.put(t, name);
        return inPath(COMPLEX_TYPE_STEP + ANONYMOUS_MARK + name.localName(), () -> trackedBuild(t, name));
      }
      // A named type's messages name the file that declares it and a path from the type itself.
      Deque<String> outerPath = new ArrayDeque<>(path);
      String outerFile = currentFile;
      path.clear();
      currentFile = sourceOf(t.getParent());
      try {
        return inPath(COMPLEX_TYPE_STEP + name.localName(), () -> trackedBuild(t, name));
      } finally {
        path.clear();
        path.addAll(outerPath);
        currentFile = outerFile;
      }
    }

    private String sourceOf(XmlSchema schema) {
      return schema == null || schema.getSourceURI() == null ? currentFile : schema.getSourceURI();
    }

    private static ComplexTypeModel placeholder(XmlName name) {
      return new ComplexTypeModel(name, false, Optional.empty(), Optional.empty(), List.of(), Documentation.NONE, "",
          List.of());
    }

    private ComplexTypeModel buildComplexType(XmlSchemaComplexType t, XmlName name) {
      if (t.isAbstract()) {
        unboundTypes.add(name);
        abstractNames.add(name);
      }
      typeBlocks.put(name, TypeFamilies.blocked(t.getBlock(), t.getParent()));
      List<WildcardModel> wildcards = new ArrayList<>();
      String targetNamespace = t.getParent() == null ? "" : t.getParent().getLogicalTargetNamespace();
      if (t.getAnyAttribute() != null) {
        wildcards.add(wildcard(t.getAnyAttribute(), targetNamespace));
      }
      List<AttributeModel> attributes = new ArrayList<>();
      Optional<XmlName> simpleContent = Optional.empty();
      Optional<GroupModel> content = Optional.empty();
      XmlSchemaContentModel cm = t.getContentModel();
      if (cm instanceof XmlSchemaComplexContent cc) {
        return derivedByComplexContent(t, name, cc);
      } else if (cm instanceof XmlSchemaSimpleContent sc) {
        if (!(sc.getContent() instanceof XmlSchemaSimpleContentExtension ext)) {
          return derivedBySimpleContentRestriction(t, name, sc);
        }
        if (ext.getBaseTypeName() != null && !XSD.equals(ext.getBaseTypeName().getNamespaceURI())
            && collection.getTypeByQName(ext.getBaseTypeName()) instanceof XmlSchemaComplexType) {
          return derivedBySimpleContentExtension(t, name, ext);
        }
        if (ext.getAnyAttribute() != null) {
          wildcards.add(wildcard(ext.getAnyAttribute(), targetNamespace));
        }
        simpleContent = Optional.of(simpleTypeByName(ext.getBaseTypeName()).name());
        attributes(ext.getAttributes(), attributes, wildcards);
      } else {
        XmlSchemaParticle particle = t.getParticle();
        if (particle != null) {
          Particle p = particle(particle);
          content = Optional.of(p instanceof GroupModel g
              ? g
              : new GroupModel(Compositor.SEQUENCE, Occurrence.ONE, List.of(p)));
        }
      }
      attributes(t.getAttributes(), attributes, wildcards);
      Optional<WildcardModel> anyAttribute = intersection(wildcards);
      anyAttribute.ifPresent(this::noGlobalAttributeMatches);
      // mixed="true" means nothing for simple content (XML Schema Part 1, 3.4.2).
      return typeModel(t, name, content, simpleContent, attributes, anyAttribute, Optional.empty(),
          t.isMixed() && simpleContent.isEmpty());
    }

    // ---- derivation (xs:complexContent, and xs:simpleContent from a complex type)

    /** Builds a complex type, known meanwhile as being built (its model a placeholder still). */
    private ComplexTypeModel trackedBuild(XmlSchemaComplexType t, XmlName name) {
      building.add(name);
      // A type's content model is expanded afresh: a group reached again inside an element's type
      // is a recursion the element breaks, not a group containing itself.
      List<QName> outerGroups = new ArrayList<>(expandingGroups);
      List<XmlSchemaGroupParticle> outerParticles = new ArrayList<>(expandingParticles);
      expandingGroups.clear();
      expandingParticles.clear();
      try {
        return buildComplexType(t, name);
      } finally {
        building.remove(name);
        expandingGroups.clear();
        expandingGroups.addAll(outerGroups);
        expandingParticles.clear();
        expandingParticles.addAll(outerParticles);
      }
    }

    /** A derived type to build once its base is: where it was reached, for its messages. */
    private record DeferredType(XmlSchemaComplexType type, XmlName name, String file, List<String> path) {}

    /**
     * Puts off building a derived type whose base is being built still (the base holds an element
     * of the derived type, or of a type that holds one): it is built after every other component,
     * and its place in the model, by name, is kept meanwhile.
     */
    private ComplexTypeModel defer(XmlSchemaComplexType t, XmlName name) {
      if (finishing) {
        throw new Problem(Message.XSD_CYCLE, currentFile + ", " + where());
      }
      deferred.add(new DeferredType(t, name, currentFile, List.copyOf(path)));
      deferredNames.add(name);
      return complexTypes.get(name);
    }

    private void finishDeferred() {
      finishing = true;
      for (DeferredType d : deferred) {
        deferredNames.remove(d.name());
        path.clear();
        path.addAll(d.path());
        currentFile = d.file();
        attempt(() -> trackedBuild(d.type(), d.name()));
      }
      path.clear();
    }

    private static XmlName xmlName(QName q) {
      return XmlName.of(q.getNamespaceURI(), q.getLocalPart());
    }

    private static QName baseOf(XmlSchemaContentModel cm) {
      Object c = cm == null ? null : cm.getContent();
      if (c instanceof XmlSchemaComplexContentExtension e) {
        return e.getBaseTypeName();
      } else if (c instanceof XmlSchemaComplexContentRestriction r) {
        return r.getBaseTypeName();
      } else if (c instanceof XmlSchemaSimpleContentExtension e) {
        return e.getBaseTypeName();
      } else if (c instanceof XmlSchemaSimpleContentRestriction r) {
        return r.getBaseTypeName();
      }
      return null;
    }

    /**
     * Refuses a type that is its own base, directly or through others (an invalid schema). Inside
     * xs:redefine, a type's base of its own name is the type it redefines, and the chain goes on
     * from there.
     */
    private void noDerivationCycle(XmlSchemaComplexType t) {
      Set<XmlSchemaType> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      XmlSchemaType at = t;
      while (at instanceof XmlSchemaComplexType ct) {
        if (!seen.add(ct)) {
          throw new Problem(Message.XSD_CYCLE, currentFile + ", " + where() + " > base " + clark(ct.getQName()));
        }
        QName base = baseOf(ct.getContentModel());
        if (base == null || XSD.equals(base.getNamespaceURI())) {
          return;
        }
        XmlSchemaComplexType original = base.equals(ct.getQName()) ? redefinedType(ct) : null;
        at = original != null ? original : collection.getTypeByQName(base);
      }
    }

    /** The complex type an xs:redefine of {@code t} replaces, or null when t redefines none. */
    private XmlSchemaComplexType redefinedType(XmlSchemaComplexType t) {
      if (t.getQName() == null) {
        return null;
      }
      XmlSchemaRedefine r = redefineWhere(x -> x.getSchemaTypes().get(t.getQName()) == t);
      XmlSchemaType original = r == null ? null : r.getSchema().getSchemaTypes().get(t.getQName());
      return original instanceof XmlSchemaComplexType ct && ct != t ? ct : null;
    }

    /**
     * The {@code xs:redefine} (with the schema it redefines read) that {@code test} holds for, or
     * null: where a redefinition is, and what it replaces.
     */
    private XmlSchemaRedefine redefineWhere(java.util.function.Predicate<XmlSchemaRedefine> test) {
      for (XmlSchema schema : collection.getXmlSchemas()) {
        for (XmlSchemaExternal external : schema.getExternals()) {
          if (external instanceof XmlSchemaRedefine r && r.getSchema() != null && test.test(r)) {
            return r;
          }
        }
      }
      return null;
    }

    /**
     * The type an xs:redefine replaces, built under a name of its own ({@code Name.redefined}) so
     * that the redefinition, which has its name, can derive from it; it is not bound, as nothing
     * but the redefinition can name it.
     */
    private ComplexTypeModel redefinedOriginal(XmlSchemaComplexType original, XmlName redefinedName) {
      XmlName name = XmlName.of(redefinedName.namespace(), redefinedName.localName() + ".redefined");
      ComplexTypeModel known = complexTypes.get(name);
      if (known != null) {
        return known;
      }
      complexTypes.put(name, placeholder(name));
      unboundTypes.add(name);
      Deque<String> outerPath = new ArrayDeque<>(path);
      String outerFile = currentFile;
      path.clear();
      currentFile = sourceOf(original.getParent());
      try {
        return inPath(COMPLEX_TYPE_STEP + name.localName(), () -> trackedBuild(original, name));
      } finally {
        path.clear();
        path.addAll(outerPath);
        currentFile = outerFile;
      }
    }

    /**
     * The model of the complex type a derivation names as its base, built first; null while it is
     * being built (the derived type is then {@linkplain #defer built later}).
     */
    private ComplexTypeModel baseComplexType(XmlSchemaComplexType derived, QName baseName, String derivation) {
      XmlSchemaComplexType original = baseName.equals(derived.getQName()) ? redefinedType(derived) : null;
      if (original != null) {
        ComplexTypeModel m = redefinedOriginal(original, xmlName(baseName));
        return building.contains(m.name()) || deferredNames.contains(m.name()) ? null : m;
      }
      XmlSchemaType bt = collection.getTypeByQName(baseName);
      if (bt == null) {
        throw unresolved("type", baseName);
      }
      if (!(bt instanceof XmlSchemaComplexType ct)) {
        throw malformed(derivation + " derives from the simple"
            + " type " + clark(baseName) + ", where a complex type is required");
      }
      ComplexTypeModel m = complexType(ct, null);
      return building.contains(m.name()) || deferredNames.contains(m.name()) ? null : m;
    }

    /**
     * A type of {@code xs:complexContent}, worked out as XML Schema says: by extension, the base's
     * content followed by the extension's (a sequence of the two) and the base's attributes and
     * wildcard with the extension's added; by restriction, the restriction's own content and
     * attributes, with the base's attributes it does not restate kept unless {@code
     * use="prohibited"}, and its own wildcard.
     */
    private ComplexTypeModel derivedByComplexContent(XmlSchemaComplexType t, XmlName name, XmlSchemaComplexContent cc) {
      noDerivationCycle(t);
      QName baseName;
      XmlSchemaParticle particle;
      List<XmlSchemaAttributeOrGroupRef> declared;
      XmlSchemaAnyAttribute any;
      Derivation.Method method;
      if (cc.getContent() instanceof XmlSchemaComplexContentExtension ext) {
        baseName = ext.getBaseTypeName();
        particle = ext.getParticle();
        declared = ext.getAttributes();
        any = ext.getAnyAttribute();
        method = Derivation.Method.EXTENSION;
      } else if (cc.getContent() instanceof XmlSchemaComplexContentRestriction r) {
        baseName = r.getBaseTypeName();
        particle = r.getParticle();
        declared = r.getAttributes();
        any = r.getAnyAttribute();
        method = Derivation.Method.RESTRICTION;
      } else {
        throw malformed("xs:complexContent holds neither xs:extension nor xs:restriction");
      }
      String step = method == Derivation.Method.EXTENSION ? "xs:extension" : "xs:restriction";
      if (baseName == null) {
        throw malformed(step + " names no base type");
      }
      boolean fromAnyType = XSD.equals(baseName.getNamespaceURI())
          && baseName.getLocalPart().equals(TypeRef.Any.NAME.localName());
      ComplexTypeModel base = null;
      if (fromAnyType) {
        if (method == Derivation.Method.EXTENSION) {
          base = anyTypeContent();
        }
      } else {
        base = baseComplexType(t, baseName, "xs:complexContent " + step);
        if (base == null) {
          return defer(t, name);
        }
        if (base.simpleContent().isPresent()) {
          throw unsupported(
              "xs:complexContent deriving from the type \"" + baseName.getLocalPart() + "\" of simple content",
              "Derive it with xs:simpleContent.");
        }
      }
      String targetNamespace = t.getParent() == null ? "" : t.getParent().getLogicalTargetNamespace();
      List<WildcardModel> wildcards = new ArrayList<>();
      if (any != null) {
        wildcards.add(wildcard(any, targetNamespace));
      }
      Optional<GroupModel> own = ownContent(particle);
      Optional<GroupModel> content;
      List<AttributeModel> attributes = new ArrayList<>();
      Optional<WildcardModel> anyAttribute;
      if (method == Derivation.Method.EXTENSION) {
        content = followedBy(base.content(), own);
        attributes.addAll(base.attributes());
        attributes(declared, attributes, wildcards);
        anyAttribute = completeWildcard(wildcards, base.anyAttribute());
      } else {
        content = own;
        attributes.addAll(restricted(base == null ? List.of() : base.attributes(), declared, wildcards));
        anyAttribute = completeWildcard(wildcards, Optional.empty());
      }
      anyAttribute.ifPresent(this::noGlobalAttributeMatches);
      // XML Schema Part 1, 3.4.2: mixed on xs:complexContent, else on the type; an extension that
      // is not mixed itself and adds no particle has its base's content type, mixed or not.
      boolean mixedHere = cc.isMixed() || t.isMixed();
      boolean mixed = method == Derivation.Method.EXTENSION && own.isEmpty() && !mixedHere
          ? base.mixed()
          : mixedHere;
      return typeModel(t, name, content, Optional.empty(), attributes, anyAttribute,
          fromAnyType ? Optional.empty() : Optional.of(new Derivation(xmlName(baseName), method)), mixed);
    }

    /**
     * A type of {@code xs:simpleContent} extending a complex type of simple content: its text type,
     * its attributes and wildcard, and the extension's attributes added.
     */
    private ComplexTypeModel derivedBySimpleContentExtension(
        XmlSchemaComplexType t, XmlName name, XmlSchemaSimpleContentExtension ext) {
      noDerivationCycle(t);
      ComplexTypeModel base = baseComplexType(t, ext.getBaseTypeName(), "xs:simpleContent xs:extension");
      if (base == null) {
        return defer(t, name);
      }
      requireSimpleContent(base, ext.getBaseTypeName());
      String targetNamespace = t.getParent() == null ? "" : t.getParent().getLogicalTargetNamespace();
      List<WildcardModel> wildcards = new ArrayList<>();
      if (ext.getAnyAttribute() != null) {
        wildcards.add(wildcard(ext.getAnyAttribute(), targetNamespace));
      }
      List<AttributeModel> attributes = new ArrayList<>(base.attributes());
      attributes(ext.getAttributes(), attributes, wildcards);
      Optional<WildcardModel> anyAttribute = completeWildcard(wildcards, base.anyAttribute());
      anyAttribute.ifPresent(this::noGlobalAttributeMatches);
      return typeModel(t, name, Optional.empty(), base.simpleContent(), attributes, anyAttribute,
          Optional.of(new Derivation(xmlName(ext.getBaseTypeName()), Derivation.Method.EXTENSION)));
    }

    /**
     * A type of {@code xs:simpleContent} restricting a complex type of simple content: its text
     * type with the restriction's facets applied (a simple type of its own, {@code Name.text}), and
     * attributes as for any restriction.
     */
    private ComplexTypeModel derivedBySimpleContentRestriction(
        XmlSchemaComplexType t, XmlName name, XmlSchemaSimpleContent sc) {
      if (!(sc.getContent() instanceof XmlSchemaSimpleContentRestriction r)) {
        throw malformed("xs:simpleContent holds neither xs:extension nor xs:restriction");
      }
      noDerivationCycle(t);
      QName baseName = r.getBaseTypeName();
      if (baseName == null) {
        throw malformed("xs:restriction names no base type");
      }
      if (XSD.equals(baseName.getNamespaceURI())) {
        throw malformed("xs:simpleContent xs:restriction derives"
            + " from the built-in type " + clark(baseName) + ", where a complex type of simple content is required"
            + " (use xs:extension)");
      }
      ComplexTypeModel base = baseComplexType(t, baseName, "xs:simpleContent xs:restriction");
      if (base == null) {
        return defer(t, name);
      }
      requireSimpleContent(base, baseName);
      SimpleTypeModel start = simpleTypes.get(base.simpleContent().orElseThrow());
      if (r.getBaseType() != null) {
        start = simpleType(r.getBaseType(), XmlName.of(name.namespace(), name.localName() + ".base"));
      }
      XmlName text = start.name();
      if (!r.getFacets().isEmpty()) {
        text = XmlName.of(name.namespace(), name.localName() + ".text");
        for (int i = 2; simpleTypes.containsKey(text); i++) {
          text = XmlName.of(name.namespace(), name.localName() + ".text" + i);
        }
        simpleTypes.put(text, restricted(text, true, start, r.getFacets(), Documentation.NONE));
      }
      String targetNamespace = t.getParent() == null ? "" : t.getParent().getLogicalTargetNamespace();
      List<WildcardModel> wildcards = new ArrayList<>();
      if (r.getAnyAttribute() != null) {
        wildcards.add(wildcard(r.getAnyAttribute(), targetNamespace));
      }
      List<AttributeModel> attributes = restricted(base.attributes(), r.getAttributes(), wildcards);
      Optional<WildcardModel> anyAttribute = completeWildcard(wildcards, Optional.empty());
      anyAttribute.ifPresent(this::noGlobalAttributeMatches);
      return typeModel(t, name, Optional.empty(), Optional.of(text), attributes, anyAttribute,
          Optional.of(new Derivation(xmlName(baseName), Derivation.Method.RESTRICTION)));
    }

    private void requireSimpleContent(ComplexTypeModel base, QName baseName) {
      if (base.simpleContent().isEmpty()) {
        throw malformed("xs:simpleContent derives from the complex"
            + " type " + clark(baseName) + ", which has no simple content");
      }
    }

    /** The model of a complex type, derived or not, registered under its name. */
    private ComplexTypeModel typeModel(XmlSchemaComplexType t, XmlName name, Optional<GroupModel> content,
        Optional<XmlName> simpleContent, List<AttributeModel> attributes, Optional<WildcardModel> anyAttribute,
        Optional<Derivation> derivation) {
      return typeModel(t, name, content, simpleContent, attributes, anyAttribute, derivation, false);
    }

    private ComplexTypeModel typeModel(XmlSchemaComplexType t, XmlName name, Optional<GroupModel> content,
        Optional<XmlName> simpleContent, List<AttributeModel> attributes, Optional<WildcardModel> anyAttribute,
        Optional<Derivation> derivation, boolean mixed) {
      content = content.map(SchemaLoader::numberWildcards);
      List<ElementModel> children = content.map(GroupModel::elements).orElse(List.of());
      ComplexTypeModel model = new ComplexTypeModel(
          name,
          t.getQName() == null,
          content,
          simpleContent,
          attributes,
          Annotations.documentation(t.getAnnotation()),
          currentFile + ": " + where(),
          Annotations.rules(this, t.getAnnotation(), children),
          Optional.empty(),
          Optional.empty(),
          anyAttribute,
          derivation,
          mixed);
      complexTypes.put(name, model);
      return model;
    }

    /** A derivation's own content model; empty when it has none or one that takes nothing. */
    private Optional<GroupModel> ownContent(XmlSchemaParticle particle) {
      if (particle == null) {
        return Optional.empty();
      }
      Particle p = particle(particle);
      GroupModel g = p instanceof GroupModel gm ? gm : new GroupModel(Compositor.SEQUENCE, Occurrence.ONE, List.of(p));
      boolean empty = g.occurrence().max() == 0
          || g.particles().isEmpty() && (g.compositor() != Compositor.CHOICE || g.occurrence().min() == 0);
      return empty ? Optional.empty() : Optional.of(g);
    }

    /**
     * {@code xs:anyType} as XML Schema Part 1, 3.4.7 defines it, for a global element of it and as
     * the base of an extension: mixed content of any elements and any attributes, both lax, so what
     * a global declaration declares is read as it and the rest kept. An extension can add
     * attributes only: one adding a particle would follow the wildcard with elements it already
     * takes, which the JDK refuses (and so poxgen).
     */
    private ComplexTypeModel anyTypeContent() {
      WildcardModel any = new WildcardModel(WildcardModel.Constraint.ANY, List.of(), WildcardModel.ProcessContents.LAX);
      String declaredAt = currentFile + ": " + where();
      ElementModel wildcard = ElementModel.wildcard(any, Occurrence.MANY, Documentation.NONE, declaredAt);
      typedWildcards.add(wildcard);
      GroupModel content = new GroupModel(Compositor.SEQUENCE, Occurrence.ONE, List.of(wildcard));
      return new ComplexTypeModel(TypeRef.Any.NAME, false, Optional.of(content), Optional.empty(), List.of(),
          Documentation.NONE, declaredAt, List.of(), Optional.empty(), Optional.empty(), Optional.of(any),
          Optional.empty(), true);
    }

    /** An extension's content: the base's, then its own, as a sequence of the two. */
    private Optional<GroupModel> followedBy(Optional<GroupModel> base, Optional<GroupModel> own) {
      if (own.isEmpty()) {
        return base;
      }
      if (base.isEmpty()) {
        return own;
      }
      if (base.get().compositor() == Compositor.ALL || own.get().compositor() == Compositor.ALL) {
        throw unsupported(
            "xs:extension adding content to xs:all content, or adding an xs:all",
            "XML Schema 1.0 allows xs:all only as a whole content model: write the type out in full.");
      }
      return Optional.of(new GroupModel(Compositor.SEQUENCE, Occurrence.ONE, List.of(base.get(), own.get())));
    }

    /**
     * A restriction's attributes: the base's, in their order, each replaced by the restriction's
     * own declaration where it restates it and left out where that says {@code use="prohibited"};
     * then those the restriction adds (which a base wildcard allows).
     */
    private List<AttributeModel> restricted(List<AttributeModel> inherited, List<XmlSchemaAttributeOrGroupRef> declared,
        List<WildcardModel> wildcards) {
      List<XmlName> prohibited = new ArrayList<>();
      List<XmlSchemaAttributeOrGroupRef> kept = new ArrayList<>();
      for (XmlSchemaAttributeOrGroupRef a : declared) {
        if (a instanceof XmlSchemaAttribute attr && attr.getUse() == XmlSchemaUse.PROHIBITED) {
          XmlSchemaAttribute target = attr.isRef() ? attr.getRef().getTarget() : attr;
          if (target == null) {
            throw unresolved("attribute", attr.getRef().getTargetQName());
          }
          prohibited.add(wireName(target.getQName(), target.isTopLevel(), target.getForm()));
        } else {
          kept.add(a);
        }
      }
      List<AttributeModel> own = new ArrayList<>();
      attributes(kept, own, wildcards);
      List<AttributeModel> out = new ArrayList<>();
      for (AttributeModel b : inherited) {
        if (!prohibited.contains(b.name())) {
          out.add(own.stream().filter(o -> o.name().equals(b.name())).findFirst().orElse(b));
        }
      }
      for (AttributeModel o : own) {
        if (out.stream().noneMatch(x -> x.name().equals(o.name()))) {
          out.add(o);
        }
      }
      return out;
    }

    /**
     * A derived type's attribute wildcard: its own (one at most, as for any type) and, by
     * extension, the base's; two different ones would be their union, which is not worked out.
     */
    private Optional<WildcardModel> completeWildcard(List<WildcardModel> own, Optional<WildcardModel> inherited) {
      Optional<WildcardModel> local = intersection(own);
      if (local.isEmpty() || inherited.isEmpty()) {
        return local.or(() -> inherited);
      }
      // XML Schema Part 1, 3.4.2: an extension's wildcard is the union of its own and its base's,
      // with its own processContents.
      return Optional.of(local.get().union(inherited.get()).orElseThrow(() -> new Problem(Message.XSD_MALFORMED,
          currentFile, where() + ": the union of the xs:anyAttribute (" + local.get() + ") and the base type's ("
              + inherited.get() + ") is not expressible in XML Schema 1.0")));
    }

    /**
     * A type's complete attribute wildcard from its own {@code xs:anyAttribute} (first, where it
     * has one) and those of its attribute groups: their intersection, with the first one's {@code
     * processContents} (XML Schema Part 1, 3.4.2).
     */
    private static Optional<WildcardModel> intersection(List<WildcardModel> wildcards) {
      return wildcards.stream().reduce(WildcardModel::intersect);
    }

    private Particle particle(XmlSchemaParticle p) {
      Occurrence occurrence = occurrence(p);
      if (p instanceof XmlSchemaElement e && e.isRef() && e.getRef().getTarget() != null
          && (e.getRef().getTarget().isAbstract() || substitutes.containsKey(e.getRef().getTargetQName()))) {
        XmlSchemaElement head = e.getRef().getTarget();
        return inPath("element " + head.getName(), () -> substitutionGroup(head, occurrence));
      }
      if (p instanceof XmlSchemaElement e) {
        return inPath("element " + (e.isRef() ? e.getRef().getTargetQName().getLocalPart() : e.getName()),
            () -> element(e, occurrence));
      }
      if (p instanceof XmlSchemaAny any) {
        return inPath("any", () -> elementWildcard(any, occurrence));
      }
      if (p instanceof XmlSchemaGroupRef ref) {
        XmlSchemaGroupParticle target = ref.getParticle();
        if (target == null) {
          XmlSchemaObject g = collection.getGroupByQName(ref.getRefName());
          if (g == null) {
            throw unresolved("group", ref.getRefName());
          }
          target = ((org.apache.ws.commons.schema.XmlSchemaGroup) g).getParticle();
        }
        if (expandingGroups.contains(ref.getRefName())) {
          // Inside its own xs:redefine, a group's reference to itself is to the group it redefines.
          org.apache.ws.commons.schema.XmlSchemaGroup original = redefinedGroup(ref.getRefName());
          if (original == null || expandingParticles.stream().anyMatch(x -> x == original.getParticle())) {
            throw new Problem(Message.XSD_CYCLE, currentFile + ", " + where() + " > group "
                + ref.getRefName().getLocalPart());
          }
          target = original.getParticle();
        }
        XmlSchemaGroupParticle expanded = target;
        expandingGroups.addLast(ref.getRefName());
        expandingParticles.addLast(expanded);
        try {
          GroupModel inner = (GroupModel) group(expanded, Occurrence.ONE);
          return new GroupModel(inner.compositor(), occurrence, inner.particles());
        } finally {
          expandingGroups.removeLast();
          expandingParticles.removeLast();
        }
      }
      if (p instanceof XmlSchemaGroupParticle g) {
        return group(g, occurrence);
      }
      throw unsupported("the particle " + p.getClass().getSimpleName(), "Use xs:sequence, xs:choice or xs:all.");
    }

    /**
     * A reference to the head of a substitution group: a choice, as often as the reference allows,
     * of the head (unless it is abstract) and each member, members of members too, that the head's
     * {@code block} (or the schema's {@code blockDefault}) and its type's leave in. Each is a
     * property of its own, read and written under its own name.
     */
    private Particle substitutionGroup(XmlSchemaElement head, Occurrence occurrence) {
      List<Particle> branches = new ArrayList<>();
      if (!head.isAbstract()) {
        branches.add(element(head, head, true, Occurrence.ONE));
      }
      Set<QName> seen = new java.util.HashSet<>(List.of(head.getQName()));
      Deque<XmlSchemaElement> next = new ArrayDeque<>(substitutes.getOrDefault(head.getQName(), List.of()));
      while (!next.isEmpty()) {
        XmlSchemaElement m = next.removeFirst();
        if (!seen.add(m.getQName()) || blocked(head, m)) {
          continue;
        }
        if (!m.isAbstract()) {
          branches.add(inPath("substitute " + m.getName(), () -> element(m, m, true, Occurrence.ONE)));
        }
        next.addAll(substitutes.getOrDefault(m.getQName(), List.of()));
      }
      return new GroupModel(Compositor.CHOICE, occurrence, branches);
    }

    /**
     * Whether {@code head} keeps {@code member} out of its substitution group (XML Schema Part 1,
     * 3.3.6, Substitution Group OK): its {@code block} (or the schema's {@code blockDefault}) names
     * {@code substitution}, or a method by which the member's type derives from the head's, as the
     * head's type's own {@code block} may.
     */
    private boolean blocked(XmlSchemaElement head, XmlSchemaElement member) {
      org.apache.ws.commons.schema.XmlSchemaDerivationMethod block = head.getBlock();
      if ((block == null || block.isNone()) && head.getParent() != null) {
        block = head.getParent().getBlockDefault();
      }
      if (block != null && (block.isAll() || block.isSubstitution())) {
        return true;
      }
      XmlSchemaType headType = declaredType(head);
      Set<String> methods = derivationMethods(declaredType(member), headType);
      if (block != null && (block.isExtension() && methods.contains("extension")
          || block.isRestriction() && methods.contains("restriction"))) {
        return true;
      }
      if (headType instanceof XmlSchemaComplexType ct && ct.getBlock() != null) {
        org.apache.ws.commons.schema.XmlSchemaDerivationMethod typeBlock = ct.getBlock();
        if (typeBlock.isNone() && ct.getParent() != null) {
          typeBlock = ct.getParent().getBlockDefault();
        }
        return typeBlock.isAll() || typeBlock.isExtension() && methods.contains("extension")
            || typeBlock.isRestriction() && methods.contains("restriction");
      }
      return false;
    }

    /**
     * The element whose type {@code e} has: itself, or for a member of a substitution group that
     * declares no type, its head's (XML Schema Part 1, 3.3.2), up the heads to one that does.
     */
    private XmlSchemaElement typedAs(XmlSchemaElement e) {
      Set<XmlSchemaElement> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      XmlSchemaElement at = e;
      while (at.getSchemaType() == null && at.getSchemaTypeName() == null && at.getSubstitutionGroup() != null
          && seen.add(at)) {
        XmlSchemaElement head = collection.getElementByQName(at.getSubstitutionGroup());
        if (head == null) {
          break;
        }
        at = head;
      }
      return at;
    }

    /** The type an element has ({@link #typedAs}); null for xs:anyType. */
    private XmlSchemaType declaredType(XmlSchemaElement e) {
      XmlSchemaElement typed = typedAs(e);
      if (typed.getSchemaType() != null) {
        return typed.getSchemaType();
      }
      return typed.getSchemaTypeName() == null ? null : collection.getTypeByQName(typed.getSchemaTypeName());
    }

    /** The methods ("extension", "restriction") on the way from {@code type} up to {@code to}; none when they are one. */
    private Set<String> derivationMethods(XmlSchemaType type, XmlSchemaType to) {
      Set<String> methods = new java.util.HashSet<>();
      Set<XmlSchemaType> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      XmlSchemaType at = type;
      while (at != null && at != to && seen.add(at)) {
        QName base = null;
        if (at instanceof XmlSchemaComplexType ct) {
          Object c = ct.getContentModel() == null ? null : ct.getContentModel().getContent();
          methods.add(c instanceof XmlSchemaComplexContentExtension || c instanceof XmlSchemaSimpleContentExtension
              ? "extension" : "restriction");
          base = baseOf(ct.getContentModel());
        } else if (at instanceof XmlSchemaSimpleType st
            && st.getContent() instanceof org.apache.ws.commons.schema.XmlSchemaSimpleTypeRestriction r) {
          methods.add("restriction");
          base = r.getBaseTypeName();
        } else {
          methods.add("restriction");
        }
        at = base == null ? null : collection.getTypeByQName(base);
      }
      return methods;
    }

    private Particle group(XmlSchemaGroupParticle g, Occurrence occurrence) {
      List<Particle> items = new ArrayList<>();
      Compositor compositor;
      if (g instanceof XmlSchemaSequence s) {
        compositor = Compositor.SEQUENCE;
        inPath("sequence", () -> {
          s.getItems().forEach(m -> attempt(() -> items.add(particle((XmlSchemaParticle) m))));
          return null;
        });
      } else if (g instanceof XmlSchemaChoice c) {
        compositor = Compositor.CHOICE;
        inPath("choice", () -> {
          c.getItems().forEach(m -> attempt(() -> items.add(particle((XmlSchemaParticle) m))));
          return null;
        });
      } else if (g instanceof XmlSchemaAll a) {
        compositor = Compositor.ALL;
        inPath("all", () -> {
          a.getItems().forEach(m -> attempt(() -> items.add(particle((XmlSchemaParticle) m))));
          return null;
        });
      } else {
        throw unsupported("the group " + g.getClass().getSimpleName(), "Use xs:sequence, xs:choice or xs:all.");
      }
      return new GroupModel(compositor, occurrence, items);
    }

    private Occurrence occurrence(XmlSchemaParticle p) {
      long min = p.getMinOccurs();
      long max = p.getMaxOccurs();
      if (min > Integer.MAX_VALUE - 1) {
        throw unsupported("minOccurs=\"" + min + "\"", "Use a smaller minOccurs.");
      }
      int maxInt = max >= Integer.MAX_VALUE ? Occurrence.UNBOUNDED : (int) max;
      if (maxInt < min) {
        throw malformed("maxOccurs " + max + " is less than minOccurs " + min);
      }
      return new Occurrence((int) min, maxInt);
    }

    // ---- attributes

    /**
     * The model of an {@code xs:anyAttribute} declared in a schema of {@code targetNamespace}
     * ({@code ""}: none).
     */
    private WildcardModel wildcard(XmlSchemaAnyAttribute any, String targetNamespace) {
      return wildcard("xs:anyAttribute", any.getNamespace(), any.getProcessContent(), targetNamespace);
    }

    /**
     * The model of a wildcard ({@code what}: {@code xs:anyAttribute} or {@code xs:any}) with the
     * {@code namespace} and {@code processContents} given (null: the defaults), declared in a schema
     * of {@code targetNamespace} ({@code ""}: none).
     */
    private WildcardModel wildcard(String what, String namespace, XmlSchemaContentProcessing processContents,
        String targetNamespace) {
      String tns = targetNamespace == null ? "" : targetNamespace;
      String spec = namespace == null ? "##any" : namespace.strip();
      WildcardModel.ProcessContents pc = switch (processContents == null
          ? XmlSchemaContentProcessing.STRICT : processContents) {
        case SKIP -> WildcardModel.ProcessContents.SKIP;
        case LAX -> WildcardModel.ProcessContents.LAX;
        default -> WildcardModel.ProcessContents.STRICT;
      };
      if (spec.equals("##any")) {
        return new WildcardModel(WildcardModel.Constraint.ANY, List.of(), pc);
      }
      if (spec.equals("##other")) {
        return new WildcardModel(WildcardModel.Constraint.OTHER, tns.isEmpty() ? List.of() : List.of(tns), pc);
      }
      List<String> allowed = new ArrayList<>();
      for (String token : spec.split("\\s+")) {
        String uri = switch (token) {
          case "" -> null;
          case "##targetNamespace" -> tns;
          case "##local" -> "";
          case "##any", "##other" -> throw malformed(what + " namespace=\"" + spec + "\" mixes " + token + " with a list");
          default -> token;
        };
        if (uri != null && !allowed.contains(uri)) {
          allowed.add(uri);
        }
      }
      return new WildcardModel(WildcardModel.Constraint.LIST, allowed, pc);
    }

    /**
     * The particle of an element wildcard, {@code xs:any}: the elements it takes are kept as XML, in
     * document order. A strict one takes only global elements, each read as the document it is
     * (one no global element matches makes each element an error, as the JDK's validator says,
     * cvc-complex-type.2.4.c). A lax one reads an element a global element declares as that
     * document and keeps any other as XML, in one list; without a global element it could match,
     * lax is skip.
     */
    private ElementModel elementWildcard(XmlSchemaAny any, Occurrence occurrence) {
      // xmlschema-core sets the target namespace of the schema document that declares it.
      WildcardModel w = wildcard("xs:any", any.getNamespace(), any.getProcessContent(), any.getTargetNamespace());
      if (w.processContents() == WildcardModel.ProcessContents.STRICT) {
        // Every element it takes is a global element: read as the document it is (checked once the
        // roots are known, by everyMatchIsADocument).
        ElementModel model = ElementModel.wildcard(w, occurrence, Annotations.documentation(any.getAnnotation()),
            currentFile + ": " + where());
        typedWildcards.add(model);
        return model;
      }
      ElementModel model = ElementModel.wildcard(w, occurrence, Annotations.documentation(any.getAnnotation()),
          currentFile + ": " + where());
      if (w.processContents() == WildcardModel.ProcessContents.LAX) {
        // What a global element declares is read as that document, the rest kept as XML (checked
        // once the roots are known, by everyMatchIsADocument).
        typedWildcards.add(model);
      }
      return model;
    }

    /**
     * Refuses a strict or lax element wildcard that a global element matches which is not one of the
     * schema's documents, since what such a wildcard takes is read as its document. Every global
     * element that loaded is one (several of one type each get a holder class), so this holds
     * unless a global element could not be bound, which is reported already.
     */
    private void everyMatchIsADocument(ElementModel wildcard, List<ElementModel> roots) {
      WildcardModel w = wildcard.wildcard().orElseThrow();
      java.util.Set<XmlName> documents = new java.util.HashSet<>();
      roots.forEach(r -> documents.add(r.name()));
      for (XmlSchema schema : collection.getXmlSchemas()) {
        for (Map.Entry<QName, XmlSchemaElement> each : schema.getElements().entrySet()) {
          QName global = each.getKey();
          // An abstract element stands in no document, so no wildcard takes it.
          if (!each.getValue().isAbstract() && w.allows(global.getNamespaceURI())
              && !documents.contains(XmlName.of(global.getNamespaceURI(), global.getLocalPart()))) {
            int colon = wildcard.path().indexOf(": ");
            throw new Problem(Message.XSD_UNSUPPORTED, wildcard.path().substring(0, colon),
                wildcard.path().substring(colon + 2),
                "a " + w.processContents().name().toLowerCase(java.util.Locale.ROOT) + " element wildcard (xs:any "
                    + w + ") that the global element \"" + clark(global)
                    + "\" matches, which poxgen could not bind as a document (see its own error)",
                "Use processContents=\"skip\" or a namespace constraint that leaves it out, or make the element"
                    + " bind.");
          }
        }
      }
    }

    /**
     * Keeps each global attribute declaration of the schema set that a strict or lax attribute
     * wildcard matches, with its simple type: the reader checks such an attribute against it, as
     * the JDK does.
     */
    private void noGlobalAttributeMatches(WildcardModel w) {
      if (w.processContents() == WildcardModel.ProcessContents.SKIP) {
        return;
      }
      for (XmlSchema schema : collection.getXmlSchemas()) {
        for (Map.Entry<QName, XmlSchemaAttribute> global : schema.getAttributes().entrySet()) {
          QName q = global.getKey();
          XmlName name = XmlName.of(q.getNamespaceURI(), q.getLocalPart());
          if (w.allows(q.getNamespaceURI()) && !globalAttributes.containsKey(name)) {
            String file = currentFile;
            currentFile = schema.getSourceURI() == null ? currentFile : schema.getSourceURI();
            try {
              globalAttributes.put(name,
                  inPath("attribute " + q.getLocalPart(), () -> attribute(global.getValue())).type());
            } finally {
              currentFile = file;
            }
          }
        }
      }
    }

    private void attributes(List<XmlSchemaAttributeOrGroupRef> declared, List<AttributeModel> out,
        List<WildcardModel> wildcards) {
      for (XmlSchemaAttributeOrGroupRef a : declared) {
        if (a instanceof XmlSchemaAttribute attr && attr.getUse() == XmlSchemaUse.PROHIBITED) {
          // Outside a restriction (which takes it out of the base's, see restricted) a prohibited
          // attribute use is no attribute use at all (XML Schema 1.0, 3.4.2): the attribute is not
          // declared, and an extension keeps the base's.
          continue;
        }
        if (a instanceof XmlSchemaAttribute attr) {
          attempt(() -> out.add(inPath(
              "attribute " + (attr.isRef() ? attr.getRef().getTargetQName().getLocalPart() : attr.getName()),
              () -> attribute(attr))));
        } else if (a instanceof XmlSchemaAttributeGroupRef ref) {
          attempt(() -> {
            XmlSchemaAttributeGroup g = ref.getRef().getTarget();
            if (g == null) {
              throw unresolved("attribute group", ref.getRef().getTargetQName());
            }
            attributeGroup(g, out, wildcards);
          });
        }
      }
    }

    private void attributeGroup(XmlSchemaAttributeGroup g, List<AttributeModel> out, List<WildcardModel> wildcards) {
      // By identity: xmlschema-core's groups are equal when their names are, and a redefinition
      // has the name of the group it redefines.
      if (expanding.stream().anyMatch(e -> e == g)) {
        // Inside its own xs:redefine, a group's reference to itself is to the group it redefines.
        XmlSchemaAttributeGroup original = redefined(g);
        if (original == null) {
          throw new Problem(Message.XSD_CYCLE, currentFile + ", " + where() + " > attributeGroup " + g.getName());
        }
        attributeGroup(original, out, wildcards);
        return;
      }
      expanding.addLast(g);
      try {
        attributeGroupMembers(g, out, wildcards);
      } finally {
        expanding.removeLast();
      }
    }

    /** The simple type an xs:redefine makes of the type {@code name}, or null when none redefines it. */
    private XmlSchemaSimpleType simpleRedefinition(QName name) {
      XmlSchemaRedefine r = redefineWhere(x -> x.getSchemaTypes().get(name) instanceof XmlSchemaSimpleType);
      return r == null ? null : (XmlSchemaSimpleType) r.getSchemaTypes().get(name);
    }

    /** The simple type the redefinition {@code t} replaces, or null when t redefines none. */
    private XmlSchemaSimpleType simpleOriginal(XmlSchemaSimpleType t) {
      XmlSchemaRedefine r = redefineWhere(x -> x.getSchemaTypes().get(t.getQName()) == t);
      XmlSchemaType original = r == null ? null : r.getSchema().getSchemaTypes().get(t.getQName());
      return original instanceof XmlSchemaSimpleType st && st != t ? st : null;
    }

    /** The model group an xs:redefine of the group {@code name} replaces, or null when none does. */
    private org.apache.ws.commons.schema.XmlSchemaGroup redefinedGroup(QName name) {
      XmlSchemaRedefine r = redefineWhere(x -> x.getGroups().containsKey(name));
      org.apache.ws.commons.schema.XmlSchemaGroup original = r == null ? null : r.getSchema().getGroups().get(name);
      return original == null || original == r.getGroups().get(name) ? null : original;
    }

    /** The attribute group an xs:redefine of {@code g} replaces, or null when g redefines none. */
    private XmlSchemaAttributeGroup redefined(XmlSchemaAttributeGroup g) {
      XmlSchemaRedefine r = redefineWhere(x -> x.getAttributeGroups().get(g.getQName()) == g);
      XmlSchemaAttributeGroup original = r == null ? null : r.getSchema().getAttributeGroups().get(g.getQName());
      return original == g ? null : original;
    }

    private void attributeGroupMembers(
        XmlSchemaAttributeGroup g, List<AttributeModel> out, List<WildcardModel> wildcards) {
      if (g.getAnyAttribute() != null) {
        wildcards.add(wildcard(g.getAnyAttribute(), g.getParent() == null ? "" : g.getParent().getLogicalTargetNamespace()));
      }
      for (XmlSchemaAttributeGroupMember m : g.getAttributes()) {
        if (m instanceof XmlSchemaAttribute attr) {
          out.add(inPath("attribute " + attr.getName(), () -> attribute(attr)));
        } else if (m instanceof XmlSchemaAttributeGroupRef ref) {
          XmlSchemaAttributeGroup inner = ref.getRef().getTarget();
          if (inner == null) {
            throw unresolved("attribute group", ref.getRef().getTargetQName());
          }
          attributeGroup(inner, out, wildcards);
        } else if (m instanceof XmlSchemaAttributeGroup inner) {
          attributeGroup(inner, out, wildcards);
        }
      }
    }

    private AttributeModel attribute(XmlSchemaAttribute declared) {
      XmlSchemaAttribute a = declared;
      if (declared.isRef()) {
        a = declared.getRef().getTarget();
        if (a == null) {
          throw unresolved("attribute", declared.getRef().getTargetQName());
        }
      }
      XmlName name = wireName(a.getQName(), a.isTopLevel(), a.getForm());
      XmlName type;
      if (a.getSchemaTypeName() != null) {
        type = simpleTypeByName(a.getSchemaTypeName()).name();
      } else if (a.getSchemaType() != null) {
        type = simpleType(a.getSchemaType(), XmlName.of(name.namespace(), "@" + name.localName())).name();
      } else {
        type = SimpleTypeModel.of(BuiltinType.STRING).name();
        simpleTypes.putIfAbsent(type, SimpleTypeModel.of(BuiltinType.STRING));
      }
      XmlSchemaUse use = declared.getUse();
      Documentation doc = Annotations.documentation(declared.getAnnotation());
      if (doc.isEmpty()) {
        doc = Annotations.documentation(a.getAnnotation());
      }
      return new AttributeModel(
          name,
          type,
          use == XmlSchemaUse.REQUIRED,
          Optional.ofNullable(declared.getDefaultValue() != null ? declared.getDefaultValue() : a.getDefaultValue()),
          Optional.ofNullable(declared.getFixedValue() != null ? declared.getFixedValue() : a.getFixedValue()),
          doc,
          currentFile + ": " + where(),
          declared.getDefaultValue() != null || declared.getFixedValue() != null ? prefixes(declared, declared.getParent())
              : a.getDefaultValue() != null || a.getFixedValue() != null ? prefixes(a, a.getParent()) : Map.of());
    }

    // ---- simple types

    private BuiltinType builtin(QName name) {
      return BuiltinType.of(XmlName.of(name.getNamespaceURI(), name.getLocalPart()))
          .orElseThrow(() -> unsupported(
              "the built-in type xs:" + name.getLocalPart(),
              "Use xs:string (with an xs:pattern if the form matters) or one of the supported"
                  + " built-ins: " + java.util.Arrays.stream(BuiltinType.values())
                      .map(b -> b.xmlName().localName()).collect(java.util.stream.Collectors.joining(", "))
                  + ", and the lists NMTOKENS, IDREFS and ENTITIES."));
    }

    /**
     * A built-in type by name: one of the atomic ones, or xs:NMTOKENS, xs:IDREFS or xs:ENTITIES,
     * the built-in lists of at least one item.
     */
    private SimpleTypeModel xsdType(QName name) {
      BuiltinType item = switch (name.getLocalPart()) {
        case "NMTOKENS" -> BuiltinType.NMTOKEN;
        case "IDREFS" -> BuiltinType.IDREF;
        case "ENTITIES" -> BuiltinType.ENTITY;
        default -> null;
      };
      SimpleTypeModel b;
      if (item == null) {
        b = SimpleTypeModel.of(builtin(name));
      } else {
        SimpleTypeModel items = SimpleTypeModel.of(item);
        simpleTypes.putIfAbsent(items.name(), items);
        Facets one = Facets.none(WhiteSpace.COLLAPSE);
        one = new Facets(one.enumerations(), one.patterns(), one.length(), OptionalInt.of(1), one.maxLength(),
            one.minInclusive(), one.maxInclusive(), one.minExclusive(), one.maxExclusive(), one.totalDigits(),
            one.fractionDigits(), one.whiteSpace());
        b = new SimpleTypeModel(XmlName.of(XSD, name.getLocalPart()), false, BuiltinType.ANY_SIMPLE_TYPE, one,
            Documentation.NONE, List.of(), Optional.of(items.name()));
      }
      simpleTypes.putIfAbsent(b.name(), b);
      return b;
    }

    private SimpleTypeModel simpleTypeByName(QName name) {
      if (XSD.equals(name.getNamespaceURI())) {
        return xsdType(name);
      }
      XmlSchemaSimpleType redefinition = simpleRedefinition(name);
      if (redefinition != null) {
        return simpleType(redefinition, null);
      }
      XmlSchemaType t = collection.getTypeByQName(name);
      if (t == null) {
        throw unresolved("type", name);
      }
      if (!(t instanceof XmlSchemaSimpleType st)) {
        throw unsupported(
            "the complex type \"" + name.getLocalPart() + "\" where a simple type is required",
            "Use a simple type here.");
      }
      return simpleType(st, null);
    }

    private SimpleTypeModel simpleType(XmlSchemaSimpleType t, XmlName anonymous) {
      XmlName name = t.getQName() != null
          ? XmlName.of(t.getQName().getNamespaceURI(), t.getQName().getLocalPart())
          : anonymous;
      if (XSD.equals(name.namespace())) {
        return xsdType(t.getQName());
      }
      if (t.getQName() != null) {
        // The original of a redefined type, reached through a reference resolved to it: the redefinition.
        XmlSchemaSimpleType redefinition = simpleRedefinition(t.getQName());
        if (redefinition != null && redefinition != t) {
          return simpleType(redefinition, null);
        }
      }
      return namedSimpleType(t, name);
    }

    /** The simple type {@code t} under the name {@code name}, built once. */
    private SimpleTypeModel namedSimpleType(XmlSchemaSimpleType t, XmlName name) {
      SimpleTypeModel done = simpleTypes.get(name);
      if (done != null) {
        return done;
      }
      if (t.getQName() != null) {
        Deque<String> outerPath = new ArrayDeque<>(path);
        String outerFile = currentFile;
        path.clear();
        path.addLast("simpleType " + name.localName());
        currentFile = sourceOf(t.getParent());
        try {
          return buildSimpleType(t, name);
        } finally {
          path.clear();
          path.addAll(outerPath);
          currentFile = outerFile;
        }
      }
      return buildSimpleType(t, name);
    }

    private SimpleTypeModel buildSimpleType(XmlSchemaSimpleType t, XmlName name) {
      XmlSchemaSimpleTypeContent content = t.getContent();
      if (content instanceof XmlSchemaSimpleTypeList l) {
        return list(t, l, name);
      }
      if (content instanceof XmlSchemaSimpleTypeUnion u) {
        return union(t, u, name);
      }
      if (!(content instanceof XmlSchemaSimpleTypeRestriction r)) {
        throw unsupported("a simple type without xs:restriction", "Restrict a built-in type.");
      }
      SimpleTypeModel base;
      XmlSchemaSimpleType original = r.getBaseTypeName() != null && r.getBaseTypeName().equals(t.getQName())
          ? simpleOriginal(t) : null;
      if (original != null) {
        // A redefinition restricts the type it redefines, by its own name: built under a name of
        // its own, only for this, and dropped once the redefinition has its facets.
        XmlName originalName = XmlName.of(name.namespace(), name.localName() + ".redefined");
        base = namedSimpleType(original, originalName);
        simpleTypes.remove(originalName);
      } else if (r.getBaseTypeName() != null) {
        base = simpleTypeByName(r.getBaseTypeName());
      } else if (r.getBaseType() != null) {
        base = simpleType(r.getBaseType(), XmlName.of(name.namespace(), name.localName() + ".base"));
      } else {
        throw unsupported("a restriction without a base type", "Name a base type.");
      }
      SimpleTypeModel model = restricted(name, t.getQName() == null, base, r.getFacets(),
          Annotations.documentation(t.getAnnotation()));
      simpleTypes.put(name, model);
      return model;
    }

    /**
     * A restriction step of {@code base}: the facets merged down the chain, a union's members and a
     * list's item type kept.
     */
    private SimpleTypeModel restricted(
        XmlName name, boolean anonymous, SimpleTypeModel base, List<XmlSchemaFacet> declared, Documentation doc) {
      for (XmlSchemaFacet f : declared) {
        if (base.isUnion() && !(f instanceof XmlSchemaPatternFacet || f instanceof XmlSchemaEnumerationFacet)) {
          throw malformed("the facet " + FacetReader.facetName(f)
              + " does not apply to the union " + base.name().localName() + "; a union's facets are pattern and"
              + " enumeration");
        }
        if (base.isList() && !(f instanceof XmlSchemaPatternFacet || f instanceof XmlSchemaEnumerationFacet
            || f instanceof XmlSchemaLengthFacet || f instanceof XmlSchemaMinLengthFacet
            || f instanceof XmlSchemaMaxLengthFacet || f instanceof XmlSchemaWhiteSpaceFacet)) {
          throw malformed("the facet " + FacetReader.facetName(f)
              + " does not apply to the list " + base.name().localName()
              + "; a list's facets are length, minLength, maxLength, pattern, enumeration and whiteSpace");
        }
      }
      Facets facets = facetReader.facets(declared, base.facets(), base.builtin());
      return new SimpleTypeModel(name, anonymous, base.builtin(), facets, doc, base.members(), base.itemType(),
          Optional.of(base.name()));
    }

    /**
     * An {@code xs:list}: its item type, named by {@code itemType} or declared inline, which must be
     * atomic or a union of atomic types. Its value is a list of item values; whitespace is
     * collapsed and separates the items.
     */
    private SimpleTypeModel list(XmlSchemaSimpleType t, XmlSchemaSimpleTypeList l, XmlName name) {
      SimpleTypeModel item;
      path.addLast("itemType");
      try {
        if (l.getItemTypeName() != null) {
          item = simpleTypeByName(l.getItemTypeName());
        } else if (l.getItemType() != null) {
          item = simpleType(l.getItemType(), XmlName.of(name.namespace(), name.localName() + ".item"));
        } else {
          throw malformed("xs:list names no item type");
        }
        boolean listMember = item.members().stream()
            .anyMatch(m -> simpleTypes.get(m) != null && simpleTypes.get(m).isList());
        if (item.isList() || listMember) {
          throw malformed("the item type "
              + item.name().localName() + " is " + (item.isList() ? "a list" : "a union with a list member")
              + "; a list's items must be of an atomic type or a union of atomic types");
        }
      } finally {
        path.removeLast();
      }
      SimpleTypeModel model = new SimpleTypeModel(name, t.getQName() == null, BuiltinType.ANY_SIMPLE_TYPE,
          Facets.none(WhiteSpace.COLLAPSE), Annotations.documentation(t.getAnnotation()), List.of(),
          Optional.of(item.name()));
      simpleTypes.put(name, model);
      return model;
    }

    /**
     * An {@code xs:union}: its member types, those of {@code memberTypes} first and then the inline
     * ones, each of which must be a type poxgen binds. Its value is the lexical form (anySimpleType,
     * whitespace preserved: each member applies its own rule when the value is tried against it).
     */
    private SimpleTypeModel union(XmlSchemaSimpleType t, XmlSchemaSimpleTypeUnion u, XmlName name) {
      List<XmlName> members = new ArrayList<>();
      QName[] named = u.getMemberTypesQNames();
      int i = 0;
      for (QName q : named == null ? new QName[0] : named) {
        path.addLast("member " + q.getLocalPart());
        try {
          members.add(simpleTypeByName(q).name());
        } finally {
          path.removeLast();
        }
        i++;
      }
      for (XmlSchemaSimpleType inline : u.getBaseTypes()) {
        i++;
        path.addLast("member " + i);
        try {
          members.add(simpleType(inline, XmlName.of(name.namespace(), name.localName() + ".member" + i)).name());
        } finally {
          path.removeLast();
        }
      }
      if (members.isEmpty()) {
        throw unsupported("an xs:union without member types", "Name its member types.");
      }
      BuiltinType first = simpleTypes.get(members.get(0)) == null ? null : simpleTypes.get(members.get(0)).builtin();
      if (first != null && first.isQName()
          && members.stream().allMatch(m -> simpleTypes.get(m) != null && simpleTypes.get(m).builtin() == first
              && simpleTypes.get(m).facets().patterns().isEmpty())) {
        SimpleTypeModel model = qnameUnion(name, t.getQName() == null, members,
            Annotations.documentation(t.getAnnotation()));
        simpleTypes.put(name, model);
        return model;
      }
      SimpleTypeModel model = new SimpleTypeModel(name, t.getQName() == null, BuiltinType.ANY_SIMPLE_TYPE,
          Facets.none(WhiteSpace.PRESERVE), Annotations.documentation(t.getAnnotation()), members);
      simpleTypes.put(name, model);
      return model;
    }

    /**
     * An enumeration value of a QName type, resolved where the schema document declares it (its
     * prefixes, the default namespace for none), as {@code {namespace}local}: how the generated check
     * compares it with a value, which the reader resolves where the document has it.
     */
    private String qnameValue(String lexical) {
      String v = lexical.strip();
      int colon = v.indexOf(':');
      String prefix = colon < 0 ? "" : v.substring(0, colon);
      String local = v.substring(colon + 1);
      XmlSchema[] here = collection.getXmlSchema(currentFile);
      NamespacePrefixList context = here.length == 0 ? null : here[0].getNamespaceContext();
      String uri = context == null ? null : context.getNamespaceURI(prefix);
      if (uri == null || uri.isEmpty() && !prefix.isEmpty()) {
        if (!prefix.isEmpty()) {
          throw malformed("the enumeration value \"" + lexical
              + "\" has the prefix " + prefix + ", which the schema document binds to no namespace");
        }
        uri = "";
      }
      return "{" + uri + "}" + local;
    }

    /**
     * A union whose members are all {@code xs:QName} (or all {@code xs:NOTATION}), each itself or
     * restricted by an enumeration, with no pattern: a value is one of them when it is one of its
     * enumeration, or any value for a member without one. That is a restriction of the built-in
     * type by the enumeration of all the members' values, or none where a member has none
     * (WS-Addressing's {@code FaultCodesOpenEnumType}, its fault codes or any QName, is any QName).
     * It binds as that, a {@code QName} resolved where the document has it. (The length facets on a
     * QName hold every value, so enumerations are all such a member has; any other union of QName
     * types, with patterns or of QName and NOTATION, binds as a union class.)
     */
    private SimpleTypeModel qnameUnion(XmlName name, boolean anonymous, List<XmlName> members, Documentation doc) {
      BuiltinType builtin = simpleTypes.get(members.get(0)).builtin();
      List<EnumerationValue> values = new ArrayList<>();
      boolean open = false;
      for (XmlName m : members) {
        SimpleTypeModel member = simpleTypes.get(m);
        if (member.facets().enumerations().isEmpty()) {
          open = true;
        }
        for (EnumerationValue v : member.facets().enumerations()) {
          if (values.stream().noneMatch(x -> x.value().equals(v.value()))) {
            values.add(v);
          }
        }
      }
      Facets none = Facets.none(WhiteSpace.COLLAPSE);
      Facets facets = open ? none : new Facets(values, List.of(), none.length(), none.minLength(), none.maxLength(),
          none.minInclusive(), none.maxInclusive(), none.minExclusive(), none.maxExclusive(), none.totalDigits(),
          none.fractionDigits(), WhiteSpace.COLLAPSE);
      return new SimpleTypeModel(name, anonymous, builtin, facets, doc, List.of());
    }

  }

  /**
   * A type's content model with each of its element wildcards under a name of its own ({@link
   * ElementModel#wildcardName}), in the order of the content model: each is a property, so that
   * what each takes is written back where it stands, as declared elements in different places
   * of a sequence are.
   */
  static GroupModel numberWildcards(GroupModel content) {
    return numberWildcards(content, new int[] {0});
  }

  private static GroupModel numberWildcards(GroupModel g, int[] count) {
    List<Particle> particles = new ArrayList<>();
    for (Particle p : g.particles()) {
      if (p instanceof ElementModel e && e.isWildcard()) {
        XmlName name = ElementModel.wildcardName(++count[0]);
        particles.add(name.equals(e.name()) ? e : e.renamed(name));
      } else if (p instanceof GroupModel inner) {
        particles.add(numberWildcards(inner, count));
      } else {
        particles.add(p);
      }
    }
    return new GroupModel(g.compositor(), g.occurrence(), particles);
  }
}
