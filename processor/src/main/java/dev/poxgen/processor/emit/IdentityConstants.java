package dev.poxgen.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.poxgen.processor.model.AttributeModel;
import dev.poxgen.processor.model.BuiltinType;
import dev.poxgen.processor.model.ComplexTypeModel;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.IdentityConstraintModel;
import dev.poxgen.processor.model.IdentityPath;
import dev.poxgen.processor.model.SchemaModel;
import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.TypeRef;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.JavaNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.PropertyBinding;

/**
 * The identity constraints of the schema's element declarations, each declaration's as one
 * constant of the rules class ({@code IDENTITY_ORDERS}) that the reader, the writer and the
 * validator hand to the runtime's {@code Identity} at that element's start tag. Each field's value
 * space (how its values compare) is worked out here from the declarations its XPath reaches.
 */
final class IdentityConstants {
  static final ClassName CONSTRAINT = ClassName.get(SchemaCode.RUNTIME, "IdentityConstraint");
  private static final ClassName KIND = CONSTRAINT.nestedClass("Kind");
  private static final ClassName PATH = CONSTRAINT.nestedClass("Path");
  private static final ClassName STEP = CONSTRAINT.nestedClass("Step");
  private static final ClassName FIELD = CONSTRAINT.nestedClass("Field");
  private static final ClassName SPACE = CONSTRAINT.nestedClass("Space");

  private final SchemaCode code;
  private final SchemaModel model;
  /** Each distinct list of constraints, with its constant's name and the element it was first seen on. */
  private final Map<List<IdentityConstraintModel>, String> names = new LinkedHashMap<>();
  private final Map<List<IdentityConstraintModel>, ElementModel> owners = new LinkedHashMap<>();

  IdentityConstants(SchemaCode code) {
    this.code = code;
    this.model = code.bindings.model();
    Set<String> taken = new HashSet<>();
    for (ElementModel e : model.allElements()) {
      if (e.constraints().isEmpty() || names.containsKey(e.constraints())) {
        continue;
      }
      String base = "IDENTITY_" + JavaNames.constant(e.name().localName());
      String name = base;
      for (int i = 2; !taken.add(name); i++) {
        name = base + "_" + i;
      }
      names.put(e.constraints(), name);
      owners.put(e.constraints(), e);
    }
  }

  /** Whether the schema declares any identity constraint. */
  boolean any() {
    return !names.isEmpty();
  }

  /** {@code Rules.IDENTITY_ORDERS}: the constant of an element's constraints; empty when it has none. */
  Optional<CodeBlock> of(ElementModel e) {
    String name = names.get(e.constraints());
    return name == null ? Optional.empty() : Optional.of(CodeBlock.of("$T.$N", code.rules(), name));
  }

  /** The constraints of the element a property binds, as {@link #of(ElementModel)}. */
  Optional<CodeBlock> of(TypeBinding t, PropertyBinding p) {
    if (!any() || p.source() != PropertyBinding.Source.ELEMENT) {
      return Optional.empty();
    }
    return t.type().elements().stream().filter(e -> e.name().equals(p.xmlName())).findFirst().flatMap(this::of);
  }

  /** Whether an element of this type, or one inside it at any depth, declares identity constraints. */
  boolean within(XmlName complexType) {
    if (!any()) {
      return false;
    }
    Deque<XmlName> todo = new ArrayDeque<>();
    Set<XmlName> seen = new HashSet<>();
    todo.add(complexType);
    while (!todo.isEmpty()) {
      XmlName t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      Optional<ComplexTypeModel> type = model.complexType(t);
      if (type.isEmpty()) {
        continue;
      }
      for (ElementModel e : type.get().elements()) {
        if (e.isWildcard()) {
          // A wildcard may take any document of the schema.
          model.roots().forEach(r -> todo.add(r.type().name()));
          if (model.roots().stream().anyMatch(r -> !r.constraints().isEmpty())) {
            return true;
          }
        } else if (!e.constraints().isEmpty()) {
          return true;
        } else if (e.type() instanceof TypeRef.Complex c) {
          todo.add(c.name());
        }
      }
    }
    return false;
  }

  /** The constants, for the rules class, whose namespace constants they use. */
  List<FieldSpec> fields(NamespaceConstants namespaces) {
    List<FieldSpec> out = new ArrayList<>();
    names.forEach((constraints, name) -> {
      ElementModel owner = owners.get(constraints);
      CodeBlock.Builder init = CodeBlock.builder().add("{$>");
      for (int i = 0; i < constraints.size(); i++) {
        init.add(i == 0 ? "\n" : ",\n").add(constraint(owner, constraints.get(i), namespaces));
      }
      init.add("$<\n}");
      out.add(FieldSpec.builder(ArrayTypeName.of(CONSTRAINT), name, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L", Javadocs.wrap("The identity constraints of {@code <" + owner.name().localName() + ">}: "
              + String.join(", ", constraints.stream()
                  .map(c -> "{@code " + c.kind().xsd() + "} \"" + c.name().localName() + "\"").toList()) + "."))
          .initializer(init.build())
          .build());
    });
    return out;
  }

  private CodeBlock constraint(ElementModel owner, IdentityConstraintModel c, NamespaceConstants namespaces) {
    CodeBlock.Builder b = CodeBlock.builder();
    String name = clark(c.name());
    if (c.kind() == IdentityConstraintModel.Kind.KEYREF) {
      b.add("$T.keyref($S,$W$S,$W$S,$W", CONSTRAINT, name, clark(c.refer().orElseThrow()), c.selector().text());
    } else {
      b.add("$T.of($T.$L,$W$S,$W$S,$W", CONSTRAINT, KIND, c.kind().name(), name, c.selector().text());
    }
    b.add("new $T[] {$L}", PATH, paths(c.selector(), namespaces));
    Set<ElementModel> selected = select(Set.of(owner), c.selector());
    for (IdentityPath f : c.fields()) {
      Space space = space(selected, f);
      b.add(",$W$T.of($S,$W$T.$L,$W$S,$W$L)", FIELD, f.text(), SPACE, space.space(), space.type(), paths(f, namespaces));
    }
    return b.add(")").build();
  }

  private static CodeBlock paths(IdentityPath p, NamespaceConstants namespaces) {
    return p.alternatives().stream().map(x -> path(x, namespaces)).collect(CodeBlock.joining(",$W"));
  }

  private static CodeBlock path(IdentityPath.Path p, NamespaceConstants namespaces) {
    CodeBlock steps = p.steps().stream().map(x -> step(x, namespaces)).collect(CodeBlock.joining(",$W"));
    if (p.attribute().isPresent()) {
      return CodeBlock.of("$T.attribute($L,$W$L$L)", PATH, p.descendants(), step(p.attribute().get(), namespaces),
          steps.isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W$L", steps));
    }
    return CodeBlock.of("$T.of($L$L)", PATH, p.descendants(),
        steps.isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W$L", steps));
  }

  private static CodeBlock step(IdentityPath.NameTest t, NamespaceConstants namespaces) {
    if (t.namespace().isEmpty()) {
      return CodeBlock.of("$T.any()", STEP);
    }
    CodeBlock ns = namespaces.ofAny(t.namespace().get());
    if (t.localName().isEmpty()) {
      return CodeBlock.of("$T.anyIn($L)", STEP, ns);
    }
    return CodeBlock.of("$T.name($L,$W$S)", STEP, ns, t.localName().get());
  }

  private static String clark(XmlName n) {
    return "{" + n.namespace() + "}" + n.localName();
  }

  // ---- the value space of a field, from the declarations its path reaches

  /** A field's value space: the runtime's {@code Space} constant and the primitive type it tells apart. */
  private record Space(String space, String type) {
    static final Space UNTYPED = new Space("UNTYPED", "");
  }

  /** The element declarations a selector or field's element steps reach from {@code from}. */
  private Set<ElementModel> select(Set<ElementModel> from, IdentityPath path) {
    Set<ElementModel> out = new LinkedHashSet<>();
    for (IdentityPath.Path p : path.alternatives()) {
      out.addAll(follow(from, p));
    }
    return out;
  }

  private Set<ElementModel> follow(Set<ElementModel> from, IdentityPath.Path p) {
    Set<ElementModel> current = p.descendants() ? descendantsOrSelf(from) : from;
    for (IdentityPath.NameTest step : p.steps()) {
      Set<ElementModel> next = new LinkedHashSet<>();
      for (ElementModel e : current) {
        for (ElementModel child : children(e)) {
          if (child.isWildcard() || step.matches(child.name())) {
            next.add(child);
          }
        }
      }
      current = next;
    }
    return current;
  }

  private Set<ElementModel> descendantsOrSelf(Set<ElementModel> from) {
    Set<ElementModel> out = new LinkedHashSet<>(from);
    Deque<ElementModel> todo = new ArrayDeque<>(from);
    while (!todo.isEmpty()) {
      for (ElementModel child : children(todo.poll())) {
        if (out.add(child)) {
          todo.add(child);
        }
      }
    }
    return out;
  }

  private List<ElementModel> children(ElementModel e) {
    if (e.isWildcard() || !(e.type() instanceof TypeRef.Complex c)) {
      return List.of();
    }
    return model.complexType(c.name()).map(ComplexTypeModel::elements).orElse(List.of());
  }

  /**
   * The value space of a field's values: that of every declaration it reaches when they agree;
   * untyped (the text as it is) when it reaches none, a wildcard, or declarations of different
   * spaces.
   */
  private Space space(Set<ElementModel> selected, IdentityPath field) {
    Set<Space> spaces = new LinkedHashSet<>();
    for (IdentityPath.Path p : field.alternatives()) {
      for (ElementModel e : follow(selected, p)) {
        if (e.isWildcard()) {
          return Space.UNTYPED;
        }
        if (p.attribute().isPresent()) {
          if (!(e.type() instanceof TypeRef.Complex c)) {
            continue;
          }
          ComplexTypeModel t = model.complexType(c.name()).orElse(null);
          if (t == null) {
            continue;
          }
          if (t.anyAttribute().isPresent()) {
            return Space.UNTYPED;
          }
          for (AttributeModel a : t.attributes()) {
            if (p.attribute().get().matches(a.name())) {
              spaces.add(simpleSpace(a.type()));
            }
          }
        } else if (e.type() instanceof TypeRef.Simple s) {
          spaces.add(simpleSpace(s.name()));
        } else if (e.type() instanceof TypeRef.Complex c) {
          spaces.add(model.complexType(c.name()).flatMap(ComplexTypeModel::simpleContent)
              .map(this::simpleSpace).orElse(Space.UNTYPED));
        } else {
          return Space.UNTYPED;
        }
      }
    }
    return spaces.size() == 1 ? spaces.iterator().next() : Space.UNTYPED;
  }

  private Space simpleSpace(XmlName simpleType) {
    SimpleTypeModel t = model.simpleType(simpleType)
        .or(() -> BuiltinType.of(simpleType).map(SimpleTypeModel::of))
        .orElse(null);
    if (t == null) {
      return Space.UNTYPED;
    }
    if (t.isUnion()) {
      return new Space("COLLAPSED_TEXT", "union " + simpleType.localName());
    }
    if (t.isList()) {
      // Compared as the collapsed text: item by item exact for lists of strings and names.
      return new Space("COLLAPSED_TEXT", "list " + simpleType.localName());
    }
    BuiltinType b = t.builtin();
    if (b.isTemporal()) {
      return new Space("COLLAPSED_TEXT", b.xmlName().localName());
    }
    return switch (b) {
      case ANY_SIMPLE_TYPE -> Space.UNTYPED;
      case STRING, NORMALIZED_STRING, TOKEN, LANGUAGE, NMTOKEN, NAME, NCNAME, ID, IDREF, ENTITY -> switch (t.facets().whiteSpace()) {
        case PRESERVE -> new Space("STRING", "");
        case REPLACE -> new Space("STRING_REPLACED", "");
        case COLLAPSE -> new Space("STRING_COLLAPSED", "");
      };
      case ANY_URI -> new Space("ANY_URI", "");
      case BOOLEAN -> new Space("BOOLEAN", "");
      case FLOAT -> new Space("FLOAT", "");
      case DOUBLE -> new Space("DOUBLE", "");
      case HEX_BINARY -> new Space("HEX_BINARY", "");
      case BASE64_BINARY -> new Space("BASE64_BINARY", "");
      default -> b.isNumeric() ? new Space("DECIMAL", "") : Space.UNTYPED;
    };
  }
}
