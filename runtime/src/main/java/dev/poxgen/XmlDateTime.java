package dev.poxgen;

import dev.poxgen.internal.Temporal;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:dateTime}: a date and time of day with an optional time zone, such as
 * {@code 2024-02-29T13:05:00.25Z}. The fractional second is exact, of any length ({@link
 * #fraction()}); {@code 24:00:00} is read as midnight of the next day. Years are as {@link XmlDate}
 * has them.
 */
public final class XmlDateTime extends XmlTemporal {
  private XmlDateTime(Temporal.Parts parts) {
    super("dateTime", parts);
  }

  /**
   * The date and time a text stands for, its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not an {@code xs:dateTime}, saying why
   */
  public static XmlDateTime parse(CharSequence text) {
    return new XmlDateTime(parse("dateTime", text));
  }

  /**
   * The date and time without a time zone.
   *
   * @throws IllegalArgumentException for 29 February of a year before 1, which no XML Schema 1.0
   *     date is (its leap years are not {@code java.time}'s there)
   */
  public static XmlDateTime of(LocalDateTime dateTime) {
    return create(dateTime, null);
  }

  /**
   * The date and time at an offset.
   *
   * @throws IllegalArgumentException when the offset is not whole minutes within 14 hours of UTC,
   *     and as {@link #of(LocalDateTime)}
   */
  public static XmlDateTime of(OffsetDateTime dateTime) {
    return create(dateTime.toLocalDateTime(), dateTime.getOffset());
  }

  private static XmlDateTime create(LocalDateTime t, @Nullable ZoneOffset offset) {
    return new XmlDateTime(new Temporal.Parts(xsdYear(t.getYear(), t.getMonthValue(), t.getDayOfMonth()),
        t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
        t.getMinute(), t.getSecond(), fraction(t.getNano()), zone(offset)));
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

  /** The hour, 0 to 23. */
  public int hour() {
    return parts().hour;
  }

  /** The minute, 0 to 59. */
  public int minute() {
    return parts().minute;
  }

  /** The whole second, 0 to 59. */
  public int second() {
    return parts().second;
  }

  /** The fractional second, exactly: at least 0 and less than 1, without trailing zeros. */
  public BigDecimal fraction() {
    return parts().fraction;
  }

  /**
   * The date and time without its time zone, in {@code java.time}'s proleptic ISO calendar.
   *
   * @throws DateTimeException when the year is beyond {@code java.time}'s, or the fraction finer than a nanosecond
   */
  public LocalDateTime toLocalDateTime() {
    return LocalDateTime.of(isoYear(year()), month(), day(), hour(), minute(), second(), nanos(fraction()));
  }

  /**
   * The date and time at its offset.
   *
   * @throws DateTimeException when it has no time zone, or as {@link #toLocalDateTime()}
   */
  public OffsetDateTime toOffsetDateTime() {
    return OffsetDateTime.of(toLocalDateTime(), offset().orElseThrow(() -> new DateTimeException(this
        + " has no time zone: it is no one moment (toLocalDateTime() gives it as written)")));
  }

  /**
   * The moment it stands for.
   *
   * @throws DateTimeException as {@link #toOffsetDateTime()}
   */
  public Instant toInstant() {
    return toOffsetDateTime().toInstant();
  }
}
