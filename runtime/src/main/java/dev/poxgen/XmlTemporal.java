package dev.poxgen;

import dev.poxgen.internal.Temporal;
import dev.poxgen.internal.WhiteSpaceRule;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value of one of XML Schema's date and time types: {@link XmlDateTime}, {@link XmlDate},
 * {@link XmlTime}, {@link XmlYear}, {@link XmlYearMonth}, {@link XmlMonthDay}, {@link XmlMonth} and
 * {@link XmlDay}. Each has an optional time zone, which no single {@code java.time} type has, and
 * converts to the {@code java.time} types that fit it.
 *
 * <p>Immutable. Its text ({@link #toString()}) is its XML Schema lexical form, normalized: at least
 * four digits of year, {@code Z} for a zero offset, the fractional second without trailing zeros,
 * and {@code 24:00:00} as midnight of the next day. Two values are equal when their texts are: the
 * same fields and the same offset, as {@code OffsetDateTime.equals} has it ({@code 12:00:00Z} and
 * {@code 13:00:00+01:00} are the same moment but not equal values).
 */
public abstract class XmlTemporal {
  /** The most an XML Schema time zone may be away from UTC: 14 hours, in minutes. */
  private static final int MAX_ZONE = 14 * 60;

  private final Temporal.Parts parts;
  private final String text;

  XmlTemporal(String type, Temporal.Parts parts) {
    this.parts = parts;
    this.text = format(type, parts);
  }

  /** The parts of {@code text}, a value of the type, or an exception naming what is wrong with it. */
  static Temporal.Parts parse(String type, CharSequence text) {
    String collapsed = WhiteSpaceRule.COLLAPSE.apply(text);
    String problem = Temporal.problem(type, collapsed);
    if (problem != null) {
      throw new IllegalArgumentException(quote(collapsed) + " " + problem);
    }
    return Temporal.parts(type, collapsed);
  }

  /** A text as a finding quotes it: at most 60 characters of it. */
  static String quote(String text) {
    return '"' + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + '"';
  }

  final Temporal.Parts parts() {
    return parts;
  }

  /** The time zone, if the value has one. */
  public final Optional<ZoneOffset> offset() {
    return parts.zone == null ? Optional.empty() : Optional.of(ZoneOffset.ofTotalSeconds(parts.zone * 60));
  }

  /** Whether the value has a time zone. */
  public final boolean hasOffset() {
    return parts.zone != null;
  }

  /** Its XML Schema lexical form, normalized (see the class comment). */
  @Override
  public final String toString() {
    return text;
  }

  /** Equal when of the same type with the same text: the same fields and the same offset. */
  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && text.equals(((XmlTemporal) o).text);
  }

  @Override
  public final int hashCode() {
    return text.hashCode();
  }

  /** An offset as the parts hold it, in minutes; it must be whole minutes within 14 hours of UTC. */
  static @Nullable Integer zone(@Nullable ZoneOffset offset) {
    if (offset == null) {
      return null;
    }
    int seconds = offset.getTotalSeconds();
    if (seconds % 60 != 0 || Math.abs(seconds) > MAX_ZONE * 60) {
      throw new IllegalArgumentException("the offset " + offset + " is not an XML Schema time zone (whole minutes,"
          + " from -14:00 to +14:00)");
    }
    return seconds / 60;
  }

  /** The XML Schema year (no year 0; -1 is 1 BCE) of a {@code java.time} (proleptic ISO) year. */
  static long xsdYear(long isoYear) {
    return isoYear <= 0 ? isoYear - 1 : isoYear;
  }

  /**
   * The XML Schema year of a {@code java.time} date: refused for 29 February of a year before 1,
   * where no XML Schema 1.0 date is that day. {@code java.time}'s leap years there (0, -4, ...)
   * are XML Schema 1.0's -1, -5, ..., which it, and the JDK's validator, take as written: common
   * years.
   */
  static long xsdYear(int isoYear, int month, int day) {
    if (isoYear <= 0 && month == 2 && day == 29) {
      throw new IllegalArgumentException("29 February of java.time's year " + isoYear + " has no XML Schema 1.0"
          + " date: that year is XML Schema's " + xsdYear(isoYear) + ", a common year as written");
    }
    return xsdYear(isoYear);
  }

  /** The {@code java.time} (proleptic ISO, year 0 is 1 BCE) year of an XML Schema year. */
  static int isoYear(long xsdYear) {
    long iso = xsdYear < 0 ? xsdYear + 1 : xsdYear;
    if (iso < java.time.Year.MIN_VALUE || iso > java.time.Year.MAX_VALUE) {
      throw new DateTimeException("the year " + xsdYear + " is beyond java.time's years (" + java.time.Year.MIN_VALUE
          + " to " + java.time.Year.MAX_VALUE + ")");
    }
    return (int) iso;
  }

  /** The fractional second in nanoseconds; a fraction finer than that has no java.time value. */
  static int nanos(BigDecimal fraction) {
    try {
      return fraction.movePointRight(9).intValueExact();
    } catch (ArithmeticException e) {
      throw new DateTimeException("the fractional second " + fraction.toPlainString() + " is finer than a nanosecond,"
          + " which java.time holds; fraction() has it exactly");
    }
  }

  /** A second's fraction from nanoseconds. */
  static BigDecimal fraction(int nanos) {
    return BigDecimal.valueOf(nanos, 9);
  }

  private static String format(String type, Temporal.Parts p) {
    StringBuilder b = new StringBuilder(32);
    switch (type) {
      case "dateTime":
        year(b, p.year).append('-');
        two(b, p.month).append('-');
        two(b, p.day).append('T');
        time(b, p);
        break;
      case "date":
        year(b, p.year).append('-');
        two(b, p.month).append('-');
        two(b, p.day);
        break;
      case "time":
        time(b, p);
        break;
      case "gYear":
        year(b, p.year);
        break;
      case "gYearMonth":
        year(b, p.year).append('-');
        two(b, p.month);
        break;
      case "gMonth":
        two(b.append("--"), p.month);
        break;
      case "gDay":
        two(b.append("---"), p.day);
        break;
      case "gMonthDay":
        two(b.append("--"), p.month).append('-');
        two(b, p.day);
        break;
      default:
        throw new IllegalArgumentException("not a date or time type: xs:" + type);
    }
    if (p.zone != null) {
      int z = p.zone;
      if (z == 0) {
        b.append('Z');
      } else {
        b.append(z < 0 ? '-' : '+');
        two(b, Math.abs(z) / 60).append(':');
        two(b, Math.abs(z) % 60);
      }
    }
    return b.toString();
  }

  private static StringBuilder year(StringBuilder b, long year) {
    String digits = Long.toString(Math.abs(year));
    if (year < 0) {
      b.append('-');
    }
    for (int i = digits.length(); i < 4; i++) {
      b.append('0');
    }
    return b.append(digits);
  }

  private static StringBuilder two(StringBuilder b, int n) {
    return b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  private static void time(StringBuilder b, Temporal.Parts p) {
    two(b, p.hour).append(':');
    two(b, p.minute).append(':');
    two(b, p.second);
    if (p.fraction.signum() != 0) {
      b.append(p.fraction.toPlainString().substring(1));
    }
  }
}
