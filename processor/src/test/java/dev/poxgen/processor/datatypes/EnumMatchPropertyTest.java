package dev.poxgen.processor.datatypes;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.poxgen.processor.testing.Fixtures;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A generated enum's {@code match}, which the readers call on the characters of a text, finds the
 * value its public {@code fromXml} finds for that text, or none when that finds none. The texts are
 * each type's spellings and near misses of them: a character changed, dropped or added, another
 * case, whitespace around and inside, under each whitespace rule; the spellings share lengths,
 * differ in one character, are empty, and hold quotes, backslashes, whitespace and characters
 * beyond ASCII and the BMP; one type has more spellings than {@code match} writes out, and is
 * compared in a loop ({@code datatypes/enumerations.xsd}).
 */
class EnumMatchPropertyTest {
  private static final String[] TYPES = {"Flag", "Shade", "Replaced", "Exact", "Many"};
  private static final char[] NOISE = {' ', '\t', '\n', '\r', 'a', 'b', 'O', 'o', 'x', 'X', '\'', '\\', '-', '\u00e9',
      '\u0085', '\uD834', '\uDD1E'};

  private static final List<Method> MATCH = new ArrayList<>();
  private static final List<Method> FROM_XML = new ArrayList<>();
  private static final List<List<String>> FORMS = new ArrayList<>();

  @BeforeContainer
  static void generate() throws Exception {
    Compilation c = Fixtures.compileSchema("enumerations", "datatypes/enumerations.xsd");
    CompilationSubject.assertThat(c).succeededWithoutWarnings();
    // Both shapes of match are here: spellings written out by length, and a loop for many.
    CompilationSubject.assertThat(c).generatedSourceFile("fixture.enumerations.Flag").contentsAsUtf8String()
        .contains("switch (length)");
    CompilationSubject.assertThat(c).generatedSourceFile("fixture.enumerations.Many").contentsAsUtf8String()
        .doesNotContain("switch (length)");
    ClassLoader loader = Fixtures.initialise(c, "fixture.enumerations.EnumerationsXml").getClassLoader();
    for (String type : TYPES) {
      Class<?> e = Class.forName("fixture.enumerations." + type, true, loader);
      Method match = e.getDeclaredMethod("match", char[].class, int.class);
      match.setAccessible(true);
      MATCH.add(match);
      FROM_XML.add(e.getMethod("fromXml", CharSequence.class));
      @SuppressWarnings("unchecked")
      List<String> forms = (List<String>) e.getMethod("allLexicalForms").invoke(null);
      FORMS.add(forms);
    }
  }

  /** A type's index and a text: one of its spellings, changed or not. */
  @Provide
  Arbitrary<Object[]> typedText() {
    return Arbitraries.integers().between(0, TYPES.length - 1).flatMap(t -> Combinators.combine(
        Arbitraries.of(FORMS.get(t)), Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 64),
        Arbitraries.of(NOISE)).as((form, how, where, c) -> new Object[] {t, change(form, how, where, c)}));
  }

  /** {@code form} changed the {@code how}-th way, at {@code where} (modulo its length), with {@code c}. */
  private static String change(String form, int how, int where, char c) {
    int at = form.isEmpty() ? 0 : where % form.length();
    switch (how) {
      case 0:
        return form;
      case 1:
        return form.isEmpty() ? form : form.substring(0, at) + c + form.substring(at + 1);
      case 2:
        return form.isEmpty() ? form : form.substring(0, at) + form.substring(at + 1);
      case 3:
        return form.substring(0, at) + c + form.substring(at);
      case 4:
        return form.toUpperCase(Locale.ROOT);
      case 5:
        return " " + form + "\t";
      case 6:
        return form.replace(' ', '\n');
      case 7:
        return form.replace(" ", "  ");
      case 8:
        return form + c;
      default:
        return c + form;
    }
  }

  @Property(tries = 4000, seed = "20261207")
  void matchFindsWhatFromXmlFinds(@ForAll("typedText") Object[] typed) throws Throwable {
    int t = (Integer) typed[0];
    String text = (String) typed[1];
    // The reader's buffer is longer than its text, and holds other characters after it.
    char[] buffer = Arrays.copyOf(text.toCharArray(), text.length() + 8);
    Arrays.fill(buffer, text.length(), buffer.length, 'a');
    Object matched = invoke(MATCH.get(t), buffer, text.length());
    Object found = ((Optional<?>) invoke(FROM_XML.get(t), text)).orElse(null);
    assertWithMessage("%s: match and fromXml of \"%s\"", TYPES[t], escaped(text)).that(matched).isEqualTo(found);
  }

  @Example
  void everySpellingMatchesItsValue() throws Throwable {
    for (int t = 0; t < TYPES.length; t++) {
      for (String form : FORMS.get(t)) {
        Object matched = invoke(MATCH.get(t), form.toCharArray(), form.length());
        assertWithMessage("%s: match of its spelling \"%s\"", TYPES[t], escaped(form)).that(matched).isNotNull();
        assertWithMessage("%s: the value \"%s\" reads as", TYPES[t], escaped(form)).that(matched)
            .isEqualTo(((Optional<?>) invoke(FROM_XML.get(t), form)).orElseThrow());
      }
    }
  }

  private static Object invoke(Method m, Object... args) throws Throwable {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
    return b.toString();
  }
}
