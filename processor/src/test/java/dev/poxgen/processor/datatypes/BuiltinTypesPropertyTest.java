package dev.poxgen.processor.datatypes;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.poxgen.Extras;
import dev.poxgen.Finding;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.WriteOptions;
import dev.poxgen.XmlInput;
import dev.poxgen.processor.testing.Fixtures;
import dev.poxgen.processor.testing.JdkXsdValidator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every built-in type a document can satisfy, through the code poxgen generates for it (one global
 * element per type, {@code datatypes/alltypes.xsd}), against the JDK's validator: on generated
 * lexical forms, near misses included, the strict read's verdict is the JDK's; a value read is
 * written back to an equal value; and the canonical form the writer gives a value built without
 * the document's spelling is one the JDK accepts and that reads back to the same value.
 *
 * <p>Not here: {@code ENTITY} and {@code ENTITIES}, which no document without a DTD can satisfy.
 * {@code NOTATION} is here restricted by an enumeration of the schema's notations, the only way
 * XML Schema allows it.
 */
class BuiltinTypesPropertyTest {
  private static final String NS = "urn:alltypes";
  private static final String[] TYPES = {"string", "normalizedString", "token", "language", "NMTOKEN", "NMTOKENS",
      "Name", "NCName", "ID", "IDREF", "IDREFS", "anyURI", "QName", "NOTATION", "boolean", "decimal", "integer",
      "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte", "nonNegativeInteger", "unsignedLong",
      "unsignedInt", "unsignedShort", "unsignedByte", "positiveInteger", "float", "double", "duration", "dateTime",
      "time", "date", "gYearMonth", "gYear", "gMonthDay", "gDay", "gMonth", "hexBinary", "base64Binary",
      "anySimpleType"};

  private static JdkXsdValidator jdk;
  private static Method read;
  private static Method toXml;

  @BeforeContainer
  static void generate() throws Exception {
    Compilation c = Fixtures.compileSchema("alltypes", "datatypes/alltypes.xsd");
    CompilationSubject.assertThat(c).succeededWithoutWarnings();
    Class<?> facade = Fixtures.initialise(c, "fixture.alltypes.AlltypesXml");
    Class<?> document = facade.getClassLoader().loadClass("fixture.alltypes.AlltypesDocument");
    read = facade.getMethod("read", XmlInput.class, ReadOptions.class);
    toXml = facade.getMethod("toXml", document, WriteOptions.class);
    jdk = JdkXsdValidator.forResource("datatypes/alltypes.xsd");
  }

  @Property(tries = 6000, seed = "20261207")
  void eachTypeAgreesWithTheJdkAndRoundTrips(@ForAll("typedLexical") String[] typed) throws Throwable {
    String type = typed[0];
    String doc = document(type, escape(typed[1]));
    boolean jdkValid = jdk.validate(doc).isEmpty();
    ReadResult<?> r = read(doc);
    List<Finding> errors = r.errors();
    assertWithMessage("xs:%s \"%s\": JDK %s, poxgen strict %s", type, typed[1],
        jdkValid ? "valid" : jdk.validate(doc), errors.isEmpty() ? "valid" : errors)
        .that(errors.isEmpty()).isEqualTo(jdkValid);
    if (!jdkValid) {
      return;
    }
    Object value = r.value();
    String written = write(value);
    assertWithMessage("xs:%s \"%s\" written as %s", type, typed[1], written)
        .that(read(written).value()).isEqualTo(value);
    Object plain = withoutExtras(value);
    String canonical = write(plain);
    assertWithMessage("xs:%s \"%s\": its canonical form %s, for the JDK", type, typed[1], canonical)
        .that(jdk.validate(canonical)).isEmpty();
    ReadResult<?> again = read(canonical);
    assertWithMessage("xs:%s \"%s\": its canonical form %s, read back", type, typed[1], canonical)
        .that(again.errors()).isEmpty();
    assertWithMessage("xs:%s \"%s\": its canonical form %s, read back", type, typed[1], canonical)
        .that(again.value()).isEqualTo(plain);
  }

  private static String document(String type, String text) {
    return "<t_" + type + " xmlns='" + NS + "' xmlns:p='urn:p'>" + text + "</t_" + type + ">";
  }

  private static ReadResult<?> read(String xml) throws Throwable {
    try {
      return (ReadResult<?>) read.invoke(null, XmlInput.ofString(xml), ReadOptions.strict());
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static String write(Object document) throws Throwable {
    try {
      return (String) toXml.invoke(null, document, WriteOptions.compact());
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The same value without what the document held beyond it: its spelling, so the canonical one is written. */
  private static Object withoutExtras(Object value) throws Exception {
    Object builder = value.getClass().getMethod("toBuilder").invoke(value);
    builder.getClass().getMethod("extras", Extras.class).invoke(builder, Extras.NONE);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;");
  }

  // ---- lexical forms, valid and near misses

  @Provide
  Arbitrary<String[]> typedLexical() {
    return Arbitraries.of(TYPES).flatMap(t -> padded(lexical(t)).map(l -> new String[] {t, l}));
  }

  /** Whitespace around a form, which the string types keep and the others collapse. */
  private static Arbitrary<String> padded(Arbitrary<String> core) {
    return Combinators.combine(Arbitraries.of("", "", "", " ", "\n\t"), core, Arbitraries.of("", "", "", " ", "  \n"))
        .as((a, c, b) -> a + c + b);
  }

  private static Arbitrary<String> lexical(String type) {
    return switch (type) {
      case "string", "normalizedString", "token", "anySimpleType" -> text();
      case "language" -> words("abcdefghijkXYZ19", "-", 1, 3, 0, 9);
      case "NMTOKEN", "Name", "NCName", "ID", "IDREF" -> words("abcXYZ_-.:0é", "", 1, 1, 0, 6);
      case "NMTOKENS", "IDREFS" -> words("abcXY_-.:0", " ", 0, 3, 1, 4);
      case "anyURI" -> Arbitraries.oneOf(words("abc:/#?%20 é[]@!$'()*+,;=~", "", 1, 1, 0, 10),
          Combinators.combine(Arbitraries.of("http://", "urn:", "mailto:", "//", "#", "", "1a:", "a+b:"),
              words("abc/.:%2F[]@?#", "", 1, 1, 0, 8)).as((a, b) -> a + b));
      case "QName" -> Combinators.combine(Arbitraries.of("", "", "p:", "q:", ":", "1:"),
          words("abcX_-.1", "", 1, 1, 0, 5)).as((p, l) -> p + l);
      case "NOTATION" -> Combinators.combine(Arbitraries.of("", "", "p:", "q:", ":"),
          Arbitraries.of("png", "gif", "jpeg", "bmp", "1png")).as((p, l) -> p + l);
      case "boolean" -> Arbitraries.of("true", "false", "1", "0", "TRUE", "yes", "", "01");
      case "decimal" -> decimal();
      case "float", "double" -> Arbitraries.oneOf(decimal(),
          Combinators.combine(decimal(), Arbitraries.of("E", "e"), Arbitraries.of("", "+", "-"),
              Arbitraries.integers().between(0, 400).map(String::valueOf)).as((m, e, s, x) -> m + e + s + x),
          Arbitraries.of("INF", "-INF", "+INF", "NaN", "inf", "-NaN", "1E", "E5"));
      case "duration" -> LexicalForms.duration();
      case "dateTime", "time", "date", "gYearMonth", "gYear", "gMonthDay", "gDay", "gMonth" ->
          LexicalForms.temporal(type);
      case "hexBinary" -> words("0123456789abcdefABCDEFg", "", 1, 1, 0, 8);
      case "base64Binary" -> words("AQZaz09+/= ", "", 1, 1, 0, 12);
      default -> integer(); // the integer family, bounds checked by where the values fall
    };
  }

  private static Arbitrary<String> text() {
    // Whole characters: a lone surrogate is no XML at all.
    return Arbitraries.of("a", "b", " ", "\t", "\n", "\r", "&", "<", ">", "é", "中", "\uD83D\uDE00", "\u00A0")
        .list().ofMaxSize(8).map(l -> String.join("", l));
  }

  /** {@code min}..{@code max} words of {@code chars}, each {@code shortest}..{@code longest} long, joined. */
  private static Arbitrary<String> words(String chars, String joint, int min, int max, int shortest, int longest) {
    return Arbitraries.strings().withChars(chars).ofMinLength(shortest).ofMaxLength(longest)
        .list().ofMinSize(min).ofMaxSize(max).map(w -> String.join(joint, w));
  }

  private static Arbitrary<String> integer() {
    Arbitrary<String> digits = Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(3),
        Arbitraries.of("127", "128", "255", "256", "32767", "32768", "65535", "65536", "2147483647", "2147483648",
            "4294967295", "4294967296", "9223372036854775807", "9223372036854775808", "18446744073709551615",
            "18446744073709551616", "00000000000000000000001", "0"),
        Arbitraries.strings().numeric().ofMinLength(18).ofMaxLength(22));
    return Combinators.combine(Arbitraries.of("", "", "-", "+", "--"), digits, Arbitraries.of("", "", "", ".0", "x"))
        .as((s, d, t) -> s + d + t);
  }

  private static Arbitrary<String> decimal() {
    return Combinators.combine(Arbitraries.of("", "-", "+"), Arbitraries.strings().numeric().ofMaxLength(20),
        Arbitraries.of("", ".", ".5", ".000", ".12345678901234567890", "..1"))
        .as((s, i, f) -> s + i + f);
  }
}
