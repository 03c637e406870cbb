package dev.poxgen.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.poxgen.processor.model.BuiltinType;
import dev.poxgen.processor.model.SimpleTypeModel;
import dev.poxgen.processor.naming.Bindings;
import dev.poxgen.processor.naming.PropertyBinding;
import dev.poxgen.processor.naming.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The Java types a binding uses. */
final class JavaTypes {
  static final ClassName LIST = ClassName.get(List.class);
  // JSpecify: every generated type is null-marked, so Kotlin sees String, not String!.
  static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
  static final AnnotationSpec NULLABLE = AnnotationSpec.builder(ClassName.get("org.jspecify.annotations", "Nullable")).build();
  // What Android (API level 26) has for unmodifiable lists: no List.of or List.copyOf.
  static final ClassName COLLECTIONS = ClassName.get(java.util.Collections.class);
  static final ClassName ARRAYS = ClassName.get(java.util.Arrays.class);
  static final ClassName ARRAY_LIST = ClassName.get(java.util.ArrayList.class);
  static final ClassName OPTIONAL = ClassName.get(Optional.class);
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName QNAME = ClassName.get("javax.xml.namespace", "QName");
  static final ClassName XML_ELEMENT = ClassName.get("dev.poxgen", "XmlElement");
  static final ClassName LAX = ClassName.get("dev.poxgen", "Lax");

  private final Bindings bindings;

  JavaTypes(Bindings bindings) {
    this.bindings = bindings;
  }

  ClassName generated(String simpleName) {
    return ClassName.get(bindings.packageName(), simpleName);
  }

  /** The boxed type of one value: {@code Integer}, {@code String}, {@code OnOff}, {@code Protocol}. */
  TypeName boxed(ValueType type) {
    return switch (type.kind()) {
      case STRING -> STRING;
      case INT -> ClassName.get(Integer.class);
      case LONG -> ClassName.get(Long.class);
      case BIG_INTEGER -> ClassName.get(BigInteger.class);
      case DECIMAL -> ClassName.get(BigDecimal.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case FLOAT -> ClassName.get(Float.class);
      case DOUBLE -> ClassName.get(Double.class);
      case QNAME -> QNAME;
      case TEMPORAL, BINARY -> ClassName.get("dev.poxgen", builtin(type).runtimeClass());
      case ENUM, UNION -> generated(bindings.javaName(type.xmlType()));
      // Where derived types may stand for it, its family's sealed interface.
      case COMPLEX -> generated(bindings.valueFor(type.xmlType()).javaName());
      case LIST -> ParameterizedTypeName.get(LIST, boxed(item(type)));
      case ANY -> XML_ELEMENT;
      case DOCUMENT -> generated(bindings.documentName());
      case LAX_DOCUMENT -> ParameterizedTypeName.get(LAX, generated(bindings.documentName()));
    };
  }

  /** The built-in type a simple type is derived from. */
  BuiltinType builtin(ValueType type) {
    return bindings.model().simpleType(type.xmlType()).map(SimpleTypeModel::builtin)
        .or(() -> BuiltinType.of(type.xmlType()))
        .orElseThrow(() -> new IllegalArgumentException("no simple type " + type.xmlType()));
  }

  /** The type of a list's items. */
  ValueType item(ValueType list) {
    SimpleTypeModel s = bindings.model().simpleType(list.xmlType())
        .orElseThrow(() -> new IllegalArgumentException("no simple type " + list.xmlType()));
    return ValueType.of(bindings.model().simpleType(s.itemType().orElseThrow()).orElseThrow());
  }

  /** The type of one value as accessors return it: primitives where there is one. */
  TypeName plain(ValueType type) {
    return switch (type.kind()) {
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case BOOLEAN -> TypeName.BOOLEAN;
      case FLOAT -> TypeName.FLOAT;
      case DOUBLE -> TypeName.DOUBLE;
      default -> boxed(type);
    };
  }

  /** The field type: boxed and nullable for single values, a list for repeated ones. */
  TypeName field(PropertyBinding p) {
    return p.repeated() ? ParameterizedTypeName.get(LIST, boxed(p.type())) : boxed(p.type());
  }

  /** An optional single value: {@code OptionalInt}, {@code OptionalLong} or {@code Optional<T>}. */
  TypeName optional(ValueType type) {
    return switch (type.kind()) {
      case INT -> ClassName.get(OptionalInt.class);
      case LONG -> ClassName.get(OptionalLong.class);
      default -> ParameterizedTypeName.get(OPTIONAL, boxed(type));
    };
  }
}
