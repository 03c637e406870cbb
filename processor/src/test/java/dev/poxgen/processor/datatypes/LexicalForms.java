package dev.poxgen.processor.datatypes;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated lexical forms of the date, time and duration types, valid ones and near misses. */
final class LexicalForms {
  private LexicalForms() {}

  /** The date and time types whose forms {@link #temporal} makes. */
  static final String[] TEMPORAL = {"date", "dateTime", "time", "gYear", "gYearMonth", "gMonth", "gDay", "gMonthDay"};

  /**
   * Forms of {@code type}: month 13, day 30 of February, hour 24 with seconds, zone +14:01, year
   * 0000 and the like among them.
   */
  static Arbitrary<String> temporal(String type) {
    Arbitrary<String> year = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 2401).map(y -> String.format("%04d", y)),
        Arbitraries.of("-0001", "-0004", "-0100", "-0400", "0000", "-0000", "10000", "12024", "02024", "999"));
    Arbitrary<String> two = Arbitraries.integers().between(0, 61).map(n -> String.format("%02d", n));
    Arbitrary<String> fraction = Arbitraries.of("", ".0", ".000", ".5", ".123456789012", ".");
    Arbitrary<String> zone = Arbitraries.of("", "Z", "+00:00", "-05:30", "+14:00", "-14:00", "+14:01", "+15:00",
        "+05:60", "z");
    return Combinators.combine(year, two, two, two, two, two, fraction, zone).as((y, mo, d, h, mi, s, f, z) -> {
      String time = h + ":" + mi + ":" + s + f;
      String core = switch (type) {
        case "date" -> y + "-" + mo + "-" + d;
        case "dateTime" -> y + "-" + mo + "-" + d + "T" + time;
        case "time" -> time;
        case "gYear" -> y;
        case "gYearMonth" -> y + "-" + mo;
        case "gMonth" -> "--" + mo;
        case "gDay" -> "---" + d;
        case "gMonthDay" -> "--" + mo + "-" + d;
        default -> throw new IllegalArgumentException("not a date or time type: " + type);
      };
      return core + z;
    });
  }

  /**
   * Forms of {@code xs:duration}, parts within {@code int}: the JDK's validator refuses larger ones
   * (an implementation limit; XML Schema's parts are unbounded, and poxgen takes them, see
   * TemporalTest).
   */
  static Arbitrary<String> duration() {
    Arbitrary<String> part = Arbitraries.of("", "0", "1", "12", "007", "2147483647");
    Arbitrary<String> seconds = Arbitraries.of("", "0", "1.5", "59", "61.000", "1.", ".5");
    return Combinators.combine(Arbitraries.of("", "-", "+"), part, part, part, Arbitraries.of(true, false), part, part,
        seconds).as((sign, y, mo, d, t, h, mi, s) -> sign + "P" + (y.isEmpty() ? "" : y + "Y")
            + (mo.isEmpty() ? "" : mo + "M") + (d.isEmpty() ? "" : d + "D") + (t ? "T" : "")
            + (h.isEmpty() ? "" : h + "H") + (mi.isEmpty() ? "" : mi + "M") + (s.isEmpty() ? "" : s + "S"));
  }
}
