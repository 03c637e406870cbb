package dev.poxgen;

import dev.poxgen.internal.Temporal;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:gYearMonth}: a month of a year of the Gregorian calendar, years as {@link XmlDate} has them, with an optional time zone, such as {@code 2024-02}.
 */
public final class XmlYearMonth extends XmlTemporal {
  private XmlYearMonth(Temporal.Parts parts) {
    super("gYearMonth", parts);
  }

  /**
   * The value a text stands for, its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not an {@code xs:gYearMonth}, saying why
   */
  public static XmlYearMonth parse(CharSequence text) {
    return new XmlYearMonth(parse("gYearMonth", text));
  }

  /** The value without a time zone. */
  public static XmlYearMonth of(YearMonth value) {
    return create(value, null);
  }

  /**
   * The value in a time zone.
   *
   * @throws IllegalArgumentException when the offset is not whole minutes within 14 hours of UTC
   */
  public static XmlYearMonth of(YearMonth value, ZoneOffset offset) {
    return create(value, java.util.Objects.requireNonNull(offset, "offset"));
  }

  private static XmlYearMonth create(YearMonth v, @Nullable ZoneOffset offset) {
    return new XmlYearMonth(new Temporal.Parts(xsdYear(v.getYear()), v.getMonthValue(), 0, 0, 0, 0, BigDecimal.ZERO, zone(offset)));
  }

  /** The year as XML Schema 1.0 writes it: never 0, and -1 the year before 1. */
  public long year() {
    return parts().year;
  }

  /** The month, 1 to 12. */
  public int month() {
    return parts().month;
  }

  /**
   * The value without its time zone, as {@code java.time} has it.
   *
   * @throws java.time.DateTimeException when the year is beyond {@code java.time}'s
   */
  public YearMonth toYearMonth() {
    return YearMonth.of(isoYear(year()), month());
  }
}
