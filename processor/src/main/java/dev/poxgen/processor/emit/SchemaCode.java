package dev.poxgen.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.poxgen.processor.model.Derivation;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.GroupModel;
import dev.poxgen.processor.model.Occurrence;
import dev.poxgen.processor.model.Particle;
import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.model.TypeRef;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.naming.Bindings;
import dev.poxgen.processor.naming.DocumentBinding;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.TypeBinding;
import dev.poxgen.processor.naming.ValueBinding;
import dev.poxgen.processor.naming.ValueKind;
import dev.poxgen.processor.naming.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the XML writers (reader, writer, rules, validator, facade) share: the runtime's names, the
 * generated classes' names, and how to ask a value whether a property is present and what it is.
 */
final class SchemaCode {
  static final String RUNTIME = "dev.poxgen.internal";
  static final ClassName CURSOR = ClassName.get(RUNTIME, "PoxCursor");
  static final ClassName SINK = ClassName.get(RUNTIME, "Sink");
  static final ClassName PATH_SINK = ClassName.get(RUNTIME, "PathSink");
  static final ClassName LEXICAL = ClassName.get(RUNTIME, "Lexical");
  static final ClassName TEMPORAL = ClassName.get(RUNTIME, "Temporal");
  static final ClassName BINARY = ClassName.get(RUNTIME, "Binary");
  static final ClassName URIS = ClassName.get(RUNTIME, "Uris");
  static final ClassName LISTS = ClassName.get(RUNTIME, "Lists");
  static final ClassName WHITE_SPACE = ClassName.get(RUNTIME, "WhiteSpaceRule");
  static final ClassName QNAMES = ClassName.get(RUNTIME, "QNames");
  static final ClassName NUMBER_SPACE = ClassName.get(RUNTIME, "NumberSpace");
  static final ClassName XML_OUT = ClassName.get(RUNTIME, "XmlOut");
  static final ClassName AMBIGUITY = ClassName.get(RUNTIME, "Ambiguity");
  static final ClassName WRITES = ClassName.get(RUNTIME, "Writes");
  static final ClassName CODE = ClassName.get("dev.poxgen", "Code");
  static final ClassName EXTRAS = ClassName.get("dev.poxgen", "Extras");
  static final ClassName FINDING = ClassName.get("dev.poxgen", "Finding");
  static final ClassName READ_RESULT = ClassName.get("dev.poxgen", "ReadResult");
  static final ClassName READ_OPTIONS = ClassName.get("dev.poxgen", "ReadOptions");
  static final ClassName WRITE_OPTIONS = ClassName.get("dev.poxgen", "WriteOptions");
  static final ClassName WRITE_RESULT = ClassName.get("dev.poxgen", "WriteResult");
  static final ClassName READ_EXCEPTION = ClassName.get("dev.poxgen", "PoxReadException");
  static final ClassName WRITE_EXCEPTION = ClassName.get("dev.poxgen", "PoxWriteException");

  /** The longest string literal kept whole: it fits on a continuation line of 100 columns. */
  static final int WHOLE = 72;

  /** About how long a piece of a split string literal is. */
  static final int PIECE = 64;

  /** The longest word a split string literal keeps whole (a URI, say). */
  static final int WORD = 78;

  final Bindings bindings;
  final JavaTypes types;
  /** {@link #xsiSimpleTypes(XmlName)}, worked out once per declared type: readers and rules ask again. */
  private final Map<XmlName, List<XmlName>> xsiSimpleTypes = new LinkedHashMap<>();

  private IdentityConstants identity;
  private Set<XmlName> nilCapable;

  SchemaCode(Bindings bindings, JavaTypes types) {
    this.bindings = bindings;
    this.types = types;
  }

  /** The identity constraints of the schema's elements, as constants of the rules class. */
  IdentityConstants identity() {
    if (identity == null) {
      identity = new IdentityConstants(this);
    }
    return identity;
  }

  /**
   * Whether some nillable element has the complex type {@code type}, a child or a document
   * element: its class then has {@code isNil()}, and its content may be absent however required.
   */
  boolean nilCapable(XmlName type) {
    if (nilCapable == null) {
      nilCapable = nilCapableTypes(bindings);
    }
    return nilCapable.contains(type);
  }

  /** The complex types of {@link #nilCapable}. */
  static Set<XmlName> nilCapableTypes(Bindings bindings) {
    Set<XmlName> out = new HashSet<>();
    for (TypeBinding t : bindings.types()) {
      for (PropertyBinding p : t.properties()) {
        if (p.nillable() && p.type().kind() == ValueKind.COMPLEX) {
          out.add(p.type().xmlType());
        }
      }
    }
    for (ElementModel r : bindings.model().roots()) {
      if (r.nillable() && r.type() instanceof TypeRef.Complex) {
        out.add(r.type().name());
      }
    }
    // A type derived from a nillable element's type may stand in it, nil too.
    for (XmlName t : java.util.List.copyOf(out)) {
      bindings.model().family(t).ifPresent(f -> f.members().forEach(m -> out.add(m.type())));
    }
    return out;
  }

  /** Whether a property that holds only text is nillable: its element can be given nil, with no value. */
  static boolean nillableText(PropertyBinding p) {
    return p.nillable() && !p.type().kind().isElement();
  }

  /** Whether {@code v}'s property holds anything a nil element may not: for a nil element's content. */
  static CodeBlock content(PropertyBinding p, String v) {
    if (textString(p)) {
      return CodeBlock.of("!$N.$N().isEmpty()", v, p.name());
    }
    return given(p, v);
  }

  ClassName rules() {
    return types.generated(bindings.rulesName());
  }

  ClassName reader() {
    return types.generated(bindings.readerName());
  }

  ClassName writer() {
    return types.generated(bindings.writerName());
  }

  ClassName validator() {
    return types.generated(bindings.validatorName());
  }

  ClassName facade() {
    return types.generated(bindings.facadeName());
  }

  ClassName document() {
    return types.generated(bindings.documentName());
  }

  ClassName documentKind() {
    return types.generated(bindings.documentName() + "Kind");
  }

  /** The class a document of {@code d} is: its type's, or its holder's ({@code ReplyTo}). */
  ClassName documentClass(DocumentBinding d) {
    return types.generated(d.className());
  }

  ClassName valueClass(TypeBinding t) {
    return types.generated(t.className());
  }

  ClassName valueClass(XmlName complexType) {
    return valueClass(bindings.typeFor(complexType));
  }

  /**
   * Whether a property holds an element of an abstract type from which the schema set derives no
   * concrete type: no value of it is valid (one a document gives is kept as XML, with an error).
   */
  boolean abstractOnly(PropertyBinding p) {
    return p.type().kind() == ValueKind.ANY && bindings.model().abstractTypes().containsKey(p.type().xmlType());
  }

  /** Why an element of {@link #abstractOnly} an abstract type is not valid, as reader and validator say it. */
  static String abstractOnlyProblem(XmlName type) {
    return "the element's type " + clark(type) + " is abstract, and the schema set derives no concrete type from it"
        + " that an xsi:type could name";
  }

  /** The class of a value, or the sealed interface of its family. */
  ClassName valueClass(ValueBinding v) {
    return types.generated(v.javaName());
  }

  /**
   * The derivation methods an element blocks, as the mask the generated family methods take:
   * {@link #EXTENSION} and {@link #RESTRICTION}.
   */
  static int blockMask(java.util.Set<Derivation.Method> methods) {
    return (methods.contains(Derivation.Method.EXTENSION) ? EXTENSION : 0)
        | (methods.contains(Derivation.Method.RESTRICTION) ? RESTRICTION : 0);
  }

  static final int EXTENSION = 1;
  static final int RESTRICTION = 2;

  /** {@code extension}, {@code restriction} or both, as a {@code block} would list them. */
  static String methods(java.util.Set<Derivation.Method> methods) {
    return methods.stream().sorted().map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
        .collect(java.util.stream.Collectors.joining(" and "));
  }

  /**
   * Ends a {@code switch} over a document's kind with the default no kind reaches (the document
   * interface is sealed): {@code throw new IllegalStateException("no writer for " + d.kind())}.
   */
  static MethodSpec endKindSwitch(MethodSpec.Builder m, String what, String document) {
    return m.addCode("default:\n$>")
        .addStatement("throw new $T($S + $N.kind())", IllegalStateException.class, "no " + what + " for ", document)
        .addCode("$<")
        .endControlFlow()
        .build();
  }

  /** {@code {urn:x}Address}, or {@code Address} in no namespace, as messages name a type. */
  static String clark(XmlName type) {
    return type.namespace().isEmpty() ? type.localName() : "{" + type.namespace() + "}" + type.localName();
  }

  /** The boxed Java type a simple type's parse returns (null meaning "not a value"). */
  TypeName parsed(ValueType type) {
    return types.boxed(type);
  }

  String simpleName(ValueType type) {
    return bindings.simpleName(type.xmlType());
  }

  /**
   * A string literal a reader can take in at a glance: one {@code $S} when it fits on a line of
   * its own ({@value #WHOLE} characters), else pieces of about equal length joined by {@code +} at
   * wrap points. Pieces end before a space (which starts the next piece), so a word or a URI stays
   * whole; only a word longer than {@value #WORD} characters is cut, after a {@code |}, {@code ,}
   * or {@code /} where it has one. The constant is the same string either way.
   */
  static CodeBlock literal(String text) {
    if (text.length() <= WHOLE) {
      return CodeBlock.of("$S", text);
    }
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ' ') {
        words.addAll(cut(text.substring(start, i)));
        start = i;
      }
    }
    int pieces = (text.length() + PIECE - 1) / PIECE;
    int limit = Math.min(WORD, (text.length() + pieces - 1) / pieces + 8);
    CodeBlock.Builder out = CodeBlock.builder();
    StringBuilder piece = new StringBuilder();
    for (String word : words) {
      if (piece.length() > 0 && piece.length() + word.length() > limit) {
        out.add(out.isEmpty() ? "$S" : "$W+ $S", piece.toString());
        piece.setLength(0);
      }
      piece.append(word);
    }
    return out.add(out.isEmpty() ? "$S" : "$W+ $S", piece.toString()).build();
  }

  /** A word of a literal, in parts of at most {@value #WORD} characters; see {@link #literal}. */
  private static List<String> cut(String word) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (word.length() - start > WORD) {
      int end = start + WORD;
      for (int i = start + WORD - 1; i > start + WORD / 2; i--) {
        char c = word.charAt(i);
        if (c == '|' || c == ',' || c == '/') {
          end = i + 1;
          break;
        }
      }
      if (end == start + WORD && Character.isHighSurrogate(word.charAt(end - 1))) {
        end--;
      }
      parts.add(word.substring(start, end));
      start = end;
    }
    parts.add(word.substring(start));
    return parts;
  }

  /** The key of a property's raw text in {@code Extras}: {@code SMTPLast}, {@code @Type}, {@code #text}. */
  static String rawKey(PropertyBinding p) {
    return switch (p.source()) {
      case ELEMENT -> p.xmlName().localName();
      case ATTRIBUTE -> "@" + p.xmlName().localName();
      case TEXT -> "#text";
    };
  }

  private static boolean textString(PropertyBinding p) {
    return p.source() == PropertyBinding.Source.TEXT && p.type().kind() == ValueKind.STRING;
  }

  /** Whether {@code v}'s property was given, valid or not, or is non-empty for a list: for structure. */
  static CodeBlock given(PropertyBinding p, String v) {
    if (p.repeated()) {
      return CodeBlock.of("!$N.$N().isEmpty()", v, p.name());
    }
    if (textString(p)) {
      return CodeBlock.of("true");
    }
    return CodeBlock.of("$N.$N()", v, p.hasName());
  }

  /** Whether {@code v}'s property holds a valid value the document gave (not the schema default). */
  static CodeBlock present(PropertyBinding p, String v) {
    if (p.repeated()) {
      return CodeBlock.of("!$N.$N().isEmpty()", v, p.name());
    }
    if (textString(p)) {
      return CodeBlock.of("true");
    }
    if (defaulted(p)) {
      return CodeBlock.of("$N.$N() && $N.$N().isPresent()", v, p.hasName(), v, p.name());
    }
    return CodeBlock.of("$N.$N().isPresent()", v, p.name());
  }

  /** Whether a property is always there: the text of a simple-content type of strings. */
  static boolean alwaysPresent(PropertyBinding p) {
    return !p.repeated() && textString(p);
  }

  /**
   * The sink a property's schema default is parsed with: {@code outer}, or, for a type that may
   * hold an {@code xs:QName}, {@code outer} resolving the prefixes the value uses as its schema
   * document binds them, listed in the rules class's {@code PREFIXES_n} ({@link #prefixFields}).
   */
  static CodeBlock defaultSink(Bindings bindings, PropertyBinding p, CodeBlock outer) {
    if (!qnameDefault(bindings, p)) {
      return outer;
    }
    return inScope(bindings, outer, defaultPrefixes(p));
  }

  /** {@code Sink.inScope(outer, Rules.PREFIXES_n)}: {@code outer} resolving the prefixes {@code pairs}. */
  private static CodeBlock inScope(Bindings bindings, CodeBlock outer, List<String> pairs) {
    return pairs.isEmpty() ? CodeBlock.of("$T.inScope($L)", SINK, outer)
        : CodeBlock.of("$T.inScope($L,$W$T.$N)", SINK, outer, ClassName.get(bindings.packageName(),
            bindings.rulesName()), prefixFields(bindings).get(pairs));
  }

  /** Whether a simple type is a union or list that may hold a QName, restricted by an enumeration. */
  private static boolean qnameEnumeration(Bindings bindings, SimpleTypeModel s) {
    return (s.isUnion() || s.isList()) && s.facets().isEnumeration() && bindings.model().holdsQName(s.name());
  }

  /**
   * The prefixes a QName-holding default uses and the namespaces its schema document binds them
   * to, prefix then URI: {@code ["s", "urn:soap"]} for {@code s:Server}, {@code ""} for an
   * unprefixed name where a default namespace is declared.
   */
  static List<String> defaultPrefixes(PropertyBinding p) {
    return prefixPairs(p.defaultValue().orElseThrow(), p.namespaces());
  }

  /** As {@link #defaultPrefixes}, for the text {@code lexical} with the prefixes {@code namespaces}. */
  static List<String> prefixPairs(String lexical, Map<String, String> namespaces) {
    List<String> pairs = new ArrayList<>();
    for (String token : lexical.strip().split("[ \\t\\r\\n]+")) {
      int colon = token.indexOf(':');
      String prefix = colon < 0 ? "" : token.substring(0, colon);
      String uri = namespaces.get(prefix);
      boolean listed = false;
      for (int i = 0; i < pairs.size(); i += 2) {
        listed |= pairs.get(i).equals(prefix);
      }
      if (uri != null && !listed) {
        pairs.add(prefix);
        pairs.add(uri);
      }
    }
    return pairs;
  }

  /**
   * The prefixes the enumeration of a union or list that may hold a QName uses, all its values
   * together (they are declared in one restriction), as {@link #defaultPrefixes}; empty for
   * another type.
   */
  static List<String> enumerationPrefixes(Bindings bindings, SimpleTypeModel s) {
    if (!qnameEnumeration(bindings, s)) {
      return List.of();
    }
    // The values' tokens joined: the prefixes of one restriction are its schema document's.
    StringBuilder all = new StringBuilder();
    Map<String, String> namespaces = new LinkedHashMap<>();
    for (dev.poxgen.processor.model.EnumerationValue v : s.facets().enumerations()) {
      all.append(' ').append(v.value());
      v.namespaces().forEach(namespaces::putIfAbsent);
    }
    return prefixPairs(all.toString(), namespaces);
  }

  /**
   * The sink a union's or list's enumeration values are parsed with: {@code Sink.IGNORE}, resolving
   * the prefixes of a QName in them as the schema binds them ({@link #enumerationPrefixes}).
   */
  static CodeBlock enumerationSink(Bindings bindings, SimpleTypeModel s) {
    CodeBlock ignore = CodeBlock.of("$T.IGNORE", SINK);
    return qnameEnumeration(bindings, s) ? inScope(bindings, ignore, enumerationPrefixes(bindings, s)) : ignore;
  }

  /**
   * The rules class's {@code PREFIXES_n} fields: one per distinct list of prefixes that the
   * QName-holding defaults of the schema's properties use ({@link #defaultPrefixes}), then the
   * enumerations of unions and lists that may hold a QName ({@link #enumerationPrefixes}),
   * numbered in the order of the types and their properties, so that every class names them alike.
   */
  static Map<List<String>, String> prefixFields(Bindings bindings) {
    Map<List<String>, String> out = new LinkedHashMap<>();
    for (TypeBinding t : bindings.types()) {
      for (PropertyBinding p : t.properties()) {
        if (qnameDefault(bindings, p) && !defaultPrefixes(p).isEmpty()) {
          out.computeIfAbsent(defaultPrefixes(p), k -> "PREFIXES_" + (out.size() + 1));
        }
      }
    }
    for (SimpleTypeModel s : bindings.model().simpleTypes().values()) {
      List<String> pairs = enumerationPrefixes(bindings, s);
      if (!pairs.isEmpty()) {
        out.computeIfAbsent(pairs, k -> "PREFIXES_" + (out.size() + 1));
      }
    }
    return out;
  }

  /**
   * A default {@code xs:QName} written {@code {namespace}local} as the schema document resolves it,
   * as {@code QName.toString()} writes one, for messages: {@code {urn:soap}Busy}.
   */
  static String resolvedDefault(PropertyBinding p) {
    String lexical = p.defaultValue().orElseThrow().strip();
    int colon = lexical.indexOf(':');
    String uri = p.namespaces().getOrDefault(colon < 0 ? "" : lexical.substring(0, colon), "");
    return uri.isEmpty() ? lexical.substring(colon + 1) : "{" + uri + "}" + lexical.substring(colon + 1);
  }

  /** Whether a property's schema default is, or may hold, an {@code xs:QName}, resolved where the schema has it. */
  static boolean qnameDefault(Bindings bindings, PropertyBinding p) {
    return p.defaultValue().isPresent() && (p.type().kind() == ValueKind.QNAME
        || bindings.model().holdsQName(p.type().xmlType()));
  }

  /** Whether a single property's {@code x()} falls back on a schema default: a simple one with a default. */
  static boolean defaulted(PropertyBinding p) {
    return p.defaultValue().isPresent() && !p.type().kind().isElement();
  }

  /** Whether {@code v}'s property is absent: the negation of {@link #present}, written plainly. */
  static CodeBlock absent(PropertyBinding p, String v) {
    if (p.repeated()) {
      return CodeBlock.of("$N.$N().isEmpty()", v, p.name());
    }
    if (alwaysPresent(p)) {
      return CodeBlock.of("false");
    }
    if (defaulted(p)) {
      return CodeBlock.of("(!$N.$N() || !$N.$N().isPresent())", v, p.hasName(), v, p.name());
    }
    // Not Optional.isEmpty(): Android has it only from API level 33, and the API checked is 26.
    return CodeBlock.of("!$N.$N().isPresent()", v, p.name());
  }

  /** A present single property's value, as its boxed type. */
  static CodeBlock value(PropertyBinding p, String v) {
    if (textString(p)) {
      return CodeBlock.of("$N.$N()", v, p.name());
    }
    return switch (p.type().kind()) {
      case INT -> CodeBlock.of("$N.$N().getAsInt()", v, p.name());
      case LONG -> CodeBlock.of("$N.$N().getAsLong()", v, p.name());
      default -> CodeBlock.of("$N.$N().get()", v, p.name());
    };
  }

  /** The element wildcard ({@code xs:any}) a property of {@code t} holds what it takes of, if it is one. */
  static java.util.Optional<dev.poxgen.processor.model.WildcardModel> wildcard(TypeBinding t, PropertyBinding p) {
    if (p.source() != PropertyBinding.Source.ELEMENT || !ElementModel.isWildcardName(p.xmlName())) {
      return java.util.Optional.empty();
    }
    return t.type().elements().stream().filter(e -> e.isWildcard() && e.name().equals(p.xmlName())).findFirst()
        .flatMap(ElementModel::wildcard);
  }

  /**
   * The simple types an {@code xsi:type} may name on an element of the simple type {@code
   * declared}, in the model's order: every named one derived from it ({@link
   * dev.poxgen.processor.model.SchemaModel#derivesFrom}), which the reader checks the text as.
   */
  List<XmlName> xsiSimpleTypes(XmlName declared) {
    return xsiSimpleTypes.computeIfAbsent(declared, d -> bindings.model().simpleTypes().values().stream()
        .filter(s -> !s.anonymous() && !s.name().equals(d) && bindings.model().derivesFrom(s.name(), d))
        .map(SimpleTypeModel::name)
        .toList());
  }


  /**
   * Whether an element property, or the text of a document element of a simple type, is read
   * with its {@code xsi:type}: of a simple type with types derived from it, and not blocking restriction (every simple type is derived by restriction,
   * list or union, which {@code block="restriction"} stops, as the JDK's validator has it).
   */
  boolean readsSimpleXsiType(TypeBinding t, PropertyBinding p) {
    if (bindings.model().simpleType(p.type().xmlType()).isEmpty() || p.type().kind().isElement()
        || xsiSimpleTypes(p.type().xmlType()).isEmpty()) {
      return false;
    }
    return switch (p.source()) {
      case ELEMENT -> !p.blocked().contains(Derivation.Method.RESTRICTION);
      // The text of a document element of a simple type: its element's block decides.
      case TEXT -> t.type().documentOf().flatMap(n -> bindings.model().roots().stream()
              .filter(r -> r.name().equals(n)).findFirst())
          .map(r -> !r.blocked().contains(Derivation.Method.RESTRICTION)).orElse(false);
      default -> false;
    };
  }

  /** Whether a property of some type holds documents a strict element wildcard took. */
  static boolean takesDocuments(Bindings bindings) {
    return bindings.types().stream().flatMap(t -> t.properties().stream())
        .anyMatch(p -> p.type().kind().takesDocuments());
  }

  /**
   * How a child particle is named in messages: {@code <SMTPLast>}, or for an element wildcard
   * {@code an element of ##other}.
   */
  static String childLabel(ElementModel e) {
    return e.wildcard().map(w -> "an element of " + w.namespacesText()).orElse("<" + e.name().localName() + ">");
  }

  /** The element properties of a type, by element name: each of its spellings. */
  static Map<XmlName, PropertyBinding> elementProperties(TypeBinding t) {
    Map<XmlName, PropertyBinding> out = new LinkedHashMap<>();
    for (PropertyBinding p : t.properties()) {
      if (p.source() == PropertyBinding.Source.ELEMENT) {
        p.spellings().forEach(name -> out.put(name, p));
      }
    }
    return out;
  }

  /** Every element name declared in a group and the groups inside it. */
  static List<ElementModel> elements(Particle p) {
    List<ElementModel> out = new ArrayList<>();
    if (p instanceof ElementModel e) {
      out.add(e);
    } else {
      out.addAll(((GroupModel) p).elements());
    }
    return out;
  }

  /** The lower bound a number type implies (for xs:unsignedShort, 0), combined with the facets. */
  static BigDecimal builtinMin(ValueType t, dev.poxgen.processor.model.SimpleTypeModel s) {
    return switch (s.builtin()) {
      case SHORT -> BigDecimal.valueOf(Short.MIN_VALUE);
      case BYTE -> BigDecimal.valueOf(Byte.MIN_VALUE);
      case UNSIGNED_BYTE, UNSIGNED_SHORT, UNSIGNED_INT, UNSIGNED_LONG, NON_NEGATIVE_INTEGER -> BigDecimal.ZERO;
      case POSITIVE_INTEGER -> BigDecimal.ONE;
      default -> null;
    };
  }

  static BigDecimal builtinMax(ValueType t, dev.poxgen.processor.model.SimpleTypeModel s) {
    return switch (s.builtin()) {
      case SHORT -> BigDecimal.valueOf(Short.MAX_VALUE);
      case BYTE -> BigDecimal.valueOf(Byte.MAX_VALUE);
      case UNSIGNED_BYTE -> BigDecimal.valueOf(255);
      case UNSIGNED_SHORT -> BigDecimal.valueOf(65535);
      case UNSIGNED_INT -> new BigDecimal(BigInteger.valueOf(4294967295L));
      case UNSIGNED_LONG -> new BigDecimal("18446744073709551615");
      case NON_POSITIVE_INTEGER -> BigDecimal.ZERO;
      case NEGATIVE_INTEGER -> BigDecimal.ONE.negate();
      default -> null;
    };
  }

  static boolean isRepeatedOnce(Occurrence o) {
    return o.max() == 1;
  }
}
