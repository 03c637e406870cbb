package dev.poxgen.processor.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.model.AttributeModel;
import dev.poxgen.processor.model.BuiltinType;
import dev.poxgen.processor.model.ComplexTypeModel;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.naming.JavaNames;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The namespace URIs one generated class refers to, each written once as a {@code private static
 * final String} and referred to by name: {@code NS_OUTLOOK_RESPONSESCHEMA_2006A} for {@code
 * http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a}. The names are
 * the schema's, the same in every class; no namespace ({@code ""}) stays a literal.
 */
final class NamespaceConstants {
  private final Map<String, String> names;
  private final Set<String> used = new LinkedHashSet<>();

  NamespaceConstants(SchemaCode code) {
    Map<String, String> all = new LinkedHashMap<>(names(namespaces(code)));
    List<String> typesOnly = typeNamespaces(code).stream().filter(uri -> !all.containsKey(uri)).toList();
    names(typesOnly).forEach((uri, words) -> {
      String name = uri.equals(BuiltinType.XSD_NAMESPACE) ? "NS_XSD" : words;
      String unique = name;
      for (int n = 2; all.containsValue(unique); n++) {
        unique = name + "_" + n;
      }
      all.put(uri, unique);
    });
    this.names = all;
  }

  /** The expression for a namespace URI: its constant's name, or {@code ""} for no namespace. */
  CodeBlock of(String uri) {
    if (uri.isEmpty()) {
      return CodeBlock.of("$S", "");
    }
    String name = names.get(uri);
    if (name == null) {
      throw new IllegalStateException("no constant for the namespace " + uri);
    }
    used.add(uri);
    return CodeBlock.of("$N", name);
  }

  /**
   * As {@link #of}, and a literal for a namespace the schema declares nothing in (an identity
   * constraint's XPath may name one).
   */
  CodeBlock ofAny(String uri) {
    return uri.isEmpty() || names.containsKey(uri) ? of(uri) : CodeBlock.of("$S", uri);
  }

  /** Adds a constant for each namespace referred to so far, in the schema's order. */
  void addTo(TypeSpec.Builder spec) {
    names.forEach((uri, name) -> {
      if (used.contains(uri)) {
        spec.addField(FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$Z$S", uri)
            .build());
      }
    });
  }

  /**
   * Every namespace of an element or attribute, in the order the schema first uses it, then those
   * attribute wildcards name, then those element wildcards name.
   */
  private static List<String> namespaces(SchemaCode code) {
    Set<String> out = new LinkedHashSet<>();
    for (ElementModel e : code.bindings.model().allElements()) {
      if (!e.isWildcard()) {
        out.add(e.name().namespace());
      }
    }
    for (ComplexTypeModel t : code.bindings.model().complexTypes().values()) {
      for (AttributeModel a : t.attributes()) {
        out.add(a.name().namespace());
      }
    }
    // Last, so that a schema without wildcards names its namespaces as before.
    for (ComplexTypeModel t : code.bindings.model().complexTypes().values()) {
      t.anyAttribute().ifPresent(w -> out.addAll(w.namespaces()));
    }
    for (ComplexTypeModel t : code.bindings.model().complexTypes().values()) {
      t.elements().forEach(e -> e.wildcard().ifPresent(w -> out.addAll(w.namespaces())));
    }
    code.bindings.model().globalAttributes().keySet().forEach(a -> out.add(a.namespace()));
    out.remove("");
    return List.copyOf(out);
  }

  /**
   * The namespaces of the schema's type names that no element or attribute uses (the XML Schema
   * namespace of the built-in types, for one), and those a QName enumeration's values and QName
   * defaults' prefixes are in, named
   * apart so they never lengthen the others' names.
   */
  private static List<String> typeNamespaces(SchemaCode code) {
    Set<String> out = new LinkedHashSet<>();
    code.bindings.model().complexTypes().keySet().forEach(n -> out.add(n.namespace()));
    code.bindings.model().simpleTypes().keySet().forEach(n -> out.add(n.namespace()));
    out.add(BuiltinType.XSD_NAMESPACE);
    // The namespaces of a QName enumeration's values, {namespace}local.
    code.bindings.model().simpleTypes().values().stream().filter(t -> t.builtin().isQName())
        .flatMap(t -> t.facets().enumerations().stream())
        .forEach(v -> out.add(v.value().substring(1, v.value().indexOf('}'))));
    // The namespaces of QName-holding defaults' prefixes.
    SchemaCode.prefixFields(code.bindings).keySet().forEach(pairs -> {
      for (int i = 1; i < pairs.size(); i += 2) {
        out.add(pairs.get(i));
      }
    });
    out.remove("");
    return List.copyOf(out);
  }

  /**
   * A constant name per namespace: {@code NS_} and the words of its path, less the words every
   * namespace of the schema starts with (scheme and host never count); numbered if two still clash.
   */
  static Map<String, String> names(List<String> uris) {
    List<List<String>> words = uris.stream().map(NamespaceConstants::words).toList();
    int common = 0;
    if (uris.size() > 1) {
      while (sameAt(words, common)) {
        common++;
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < uris.size(); i++) {
      List<String> w = words.get(i).subList(common, words.get(i).size());
      String base = w.isEmpty() ? "NS" : "NS_" + String.join("_", w).toUpperCase(Locale.ROOT);
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "_" + n;
      }
      out.put(uris.get(i), name);
    }
    return out;
  }

  /** Whether every list has a word at {@code i}, the same in all, and a word after it. */
  private static boolean sameAt(List<List<String>> words, int i) {
    String first = null;
    for (List<String> w : words) {
      if (w.size() <= i + 1 || first != null && !first.equals(w.get(i))) {
        return false;
      }
      first = w.get(i);
    }
    return true;
  }

  /** The words of a URI after its scheme and host ({@code urn:fixture:small} is fixture, small). */
  private static List<String> words(String uri) {
    String rest = uri.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*:", "");
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      String path = slash < 0 ? "" : rest.substring(slash);
      rest = JavaNames.words(path).isEmpty() ? rest.substring(2) : path;
    }
    return JavaNames.words(rest);
  }
}
