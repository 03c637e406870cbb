package dev.poxgen;

import dev.poxgen.internal.Temporal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:date}: a calendar date with an optional time zone, such as {@code 2024-02-29}
 * or {@code -0044-03-15+01:00}. Years have any number of digits up to 18 and may be below 1, as XML
 * Schema 1.0 writes them: {@code -0001} is the year before {@code 0001}, and there is no year 0
 * ({@link #toLocalDate()} gives the proleptic ISO year, in which 1 BCE is 0).
 */
public final class XmlDate extends XmlTemporal {
  private XmlDate(Temporal.Parts parts) {
    super("date", parts);
  }

  /**
   * The date a text stands for, its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not an {@code xs:date}, saying why
   */
  public static XmlDate parse(CharSequence text) {
    return new XmlDate(parse("date", text));
  }

  /**
   * The date without a time zone.
   *
   * @throws IllegalArgumentException for 29 February of a year before 1, which no XML Schema 1.0
   *     date is (its leap years are not {@code java.time}'s there)
   */
  public static XmlDate of(LocalDate date) {
    return create(date, null);
  }

  /**
   * The date in a time zone.
   *
   * @throws IllegalArgumentException when the offset is not whole minutes within 14 hours of UTC,
   *     and as {@link #of(LocalDate)}
   */
  public static XmlDate of(LocalDate date, ZoneOffset offset) {
    return create(date, java.util.Objects.requireNonNull(offset, "offset"));
  }

  private static XmlDate create(LocalDate date, @Nullable ZoneOffset offset) {
    return new XmlDate(new Temporal.Parts(xsdYear(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
        date.getMonthValue(), date.getDayOfMonth(), 0, 0, 0,
        BigDecimal.ZERO, zone(offset)));
  }

  /** The year as XML Schema 1.0 writes it: never 0, and -1 the year before 1. */
  public long year() {
    return parts().year;
  }

  /** The month, 1 to 12. */
  public int month() {
    return parts().month;
  }

  /** The day of the month, from 1. */
  public int day() {
    return parts().day;
  }

  /**
   * The date without its time zone, in {@code java.time}'s proleptic ISO calendar.
   *
   * @throws java.time.DateTimeException when the year is beyond {@code java.time}'s
   */
  public LocalDate toLocalDate() {
    return LocalDate.of(isoYear(year()), month(), day());
  }
}
