package dev.poxgen.processor.datatypes;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.poxgen.processor.datatypes.JdkBuiltins.jdkAccepts;

import dev.poxgen.internal.Temporal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The runtime's date and time check agrees with the JDK's validator on generated lexical forms,
 * near misses included (month 13, day 30 of February, hour 24 with seconds, zone +14:01, year 0000).
 */
class TemporalPropertyTest {
  private static final String[] TYPES = {"date", "dateTime", "time", "gYear", "gYearMonth", "gMonth", "gDay", "gMonthDay"};

  @Provide
  Arbitrary<String[]> typedLexical() {
    Arbitrary<String> year = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 2401).map(y -> String.format("%04d", y)),
        Arbitraries.of("-0001", "-0004", "-0100", "-0400", "0000", "-0000", "10000", "12024", "02024", "999"));
    Arbitrary<String> two = Arbitraries.integers().between(0, 61).map(n -> String.format("%02d", n));
    Arbitrary<String> fraction = Arbitraries.of("", ".0", ".000", ".5", ".123456789012", ".");
    Arbitrary<String> zone = Arbitraries.of("", "Z", "+00:00", "-05:30", "+14:00", "-14:00", "+14:01", "+15:00",
        "+05:60", "z");
    Arbitrary<String> type = Arbitraries.of(TYPES);
    return Combinators.combine(type, year, two, two, two, two, two, fraction).as(
        (t, y, mo, d, h, mi, s, f) -> new String[] {t, y, mo, d, h, mi, s, f}).flatMap(p -> zone.map(z -> {
          String t = p[0];
          String y = p[1];
          String mo = p[2];
          String d = p[3];
          String time = p[4] + ":" + p[5] + ":" + p[6] + p[7];
          String lexical = switch (t) {
            case "date" -> y + "-" + mo + "-" + d;
            case "dateTime" -> y + "-" + mo + "-" + d + "T" + time;
            case "time" -> time;
            case "gYear" -> y;
            case "gYearMonth" -> y + "-" + mo;
            case "gMonth" -> "--" + mo;
            case "gDay" -> "---" + d;
            default -> "--" + mo + "-" + d;
          };
          return new String[] {t, lexical + z};
        }));
  }

  @Provide
  Arbitrary<String> durationLexical() {
    // Parts within int: the JDK's validator refuses larger ones (an implementation limit; XML Schema's
    // parts are unbounded, and poxgen takes them, see TemporalTest).
    Arbitrary<String> part = Arbitraries.of("", "0", "1", "12", "007", "2147483647");
    Arbitrary<String> seconds = Arbitraries.of("", "0", "1.5", "59", "61.000", "1.", ".5");
    return Combinators.combine(Arbitraries.of("", "-", "+"), part, part, part, Arbitraries.of(true, false), part, part,
        seconds).as((sign, y, mo, d, t, h, mi, s) -> sign + "P" + (y.isEmpty() ? "" : y + "Y")
            + (mo.isEmpty() ? "" : mo + "M") + (d.isEmpty() ? "" : d + "D") + (t ? "T" : "")
            + (h.isEmpty() ? "" : h + "H") + (mi.isEmpty() ? "" : mi + "M") + (s.isEmpty() ? "" : s + "S"));
  }

  @Property(tries = 1500)
  void durationsAgreeWithTheJdkValidator(@ForAll("durationLexical") String lexical) {
    boolean ours = Temporal.problem("duration", lexical) == null;
    assertWithMessage("xs:duration \"%s\": poxgen %s", lexical, Temporal.problem("duration", lexical))
        .that(ours).isEqualTo(jdkAccepts("duration", lexical));
  }

  @Property(tries = 3000)
  void agreesWithTheJdkValidator(@ForAll("typedLexical") String[] typed) {
    boolean ours = Temporal.problem(typed[0], typed[1]) == null;
    assertWithMessage("xs:%s \"%s\": poxgen %s", typed[0], typed[1], Temporal.problem(typed[0], typed[1]))
        .that(ours).isEqualTo(jdkAccepts(typed[0], typed[1]));
  }
}
