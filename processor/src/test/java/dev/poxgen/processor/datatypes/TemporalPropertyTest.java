package dev.poxgen.processor.datatypes;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.poxgen.processor.datatypes.JdkBuiltins.jdkAccepts;

import dev.poxgen.internal.Temporal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The runtime's date and time check agrees with the JDK's validator on generated lexical forms,
 * near misses included (month 13, day 30 of February, hour 24 with seconds, zone +14:01, year 0000).
 */
class TemporalPropertyTest {
  @Provide
  Arbitrary<String[]> typedLexical() {
    return Arbitraries.of(LexicalForms.TEMPORAL).flatMap(t -> LexicalForms.temporal(t).map(l -> new String[] {t, l}));
  }

  @Provide
  Arbitrary<String> durationLexical() {
    return LexicalForms.duration();
  }

  @Property(tries = 1500, seed = "20261207")
  void durationsAgreeWithTheJdkValidator(@ForAll("durationLexical") String lexical) {
    boolean ours = Temporal.problem("duration", lexical) == null;
    assertWithMessage("xs:duration \"%s\": poxgen %s", lexical, Temporal.problem("duration", lexical))
        .that(ours).isEqualTo(jdkAccepts("duration", lexical));
  }

  @Property(tries = 3000, seed = "20261207")
  void agreesWithTheJdkValidator(@ForAll("typedLexical") String[] typed) {
    boolean ours = Temporal.problem(typed[0], typed[1]) == null;
    assertWithMessage("xs:%s \"%s\": poxgen %s", typed[0], typed[1], Temporal.problem(typed[0], typed[1]))
        .that(ours).isEqualTo(jdkAccepts(typed[0], typed[1]));
  }
}
