package dev.poxgen;

import dev.poxgen.internal.Temporal;
import dev.poxgen.internal.WhiteSpaceRule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:duration}, such as {@code P1Y2M3DT4H5M6.5S} or {@code -P30D}: a number of
 * months (a year is 12) and a number of seconds (a day is 86,400, as XML Schema counts it), with one
 * sign. Neither {@code java.time.Period} (no time of day) nor {@code java.time.Duration} (no months)
 * holds every one; {@link #toPeriod()} and {@link #toDuration()} give those that fit.
 *
 * <p>Immutable. Equal when the months and the seconds are: {@code P1D} and {@code PT24H} are one
 * value, {@code P1M} and {@code P30D} are not. Its text ({@link #toString()}) keeps the parts a
 * parsed text gave, tidied (zero parts, leading zeros and the fraction's trailing zeros left out;
 * {@code PT0S} for none), so two equal values may read differently ({@code P1D}, {@code PT24H}); a
 * value made with {@code of} has the months as years and months and the seconds as days, hours,
 * minutes and seconds.
 */
public final class XmlDuration {
  private static final BigDecimal DAY = BigDecimal.valueOf(86_400);
  private static final BigDecimal HOUR = BigDecimal.valueOf(3_600);
  private static final BigDecimal MINUTE = BigDecimal.valueOf(60);

  private final long months;
  private final BigDecimal seconds;
  private final String text;

  private XmlDuration(long months, BigDecimal seconds, @Nullable String text) {
    this.months = months;
    this.seconds = seconds.signum() == 0 ? BigDecimal.ZERO : seconds.stripTrailingZeros();
    this.text = text != null ? text : format(months, this.seconds);
  }

  /**
   * The duration a text stands for, its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not an {@code xs:duration}, saying why
   */
  public static XmlDuration parse(CharSequence text) {
    String collapsed = WhiteSpaceRule.COLLAPSE.apply(text);
    String problem = Temporal.problem("duration", collapsed);
    if (problem != null) {
      throw new IllegalArgumentException(XmlTemporal.quote(collapsed) + " " + problem);
    }
    return new XmlDuration(Temporal.durationMonths(collapsed), Temporal.durationSeconds(collapsed),
        Temporal.durationText(collapsed));
  }

  /**
   * The duration of {@code months} months and {@code seconds} seconds.
   *
   * @throws IllegalArgumentException when one is negative and the other positive: a duration has one sign
   */
  public static XmlDuration of(long months, BigDecimal seconds) {
    Objects.requireNonNull(seconds, "seconds");
    if (months < 0 && seconds.signum() > 0 || months > 0 && seconds.signum() < 0) {
      throw new IllegalArgumentException("a duration has one sign: " + months + " months and " + seconds.toPlainString()
          + " seconds");
    }
    return new XmlDuration(months, seconds, null);
  }

  /**
   * A period's years, months and days (each day 86,400 seconds).
   *
   * @throws IllegalArgumentException when its parts have different signs
   */
  public static XmlDuration of(Period period) {
    return of(period.toTotalMonths(), BigDecimal.valueOf(period.getDays()).multiply(DAY));
  }

  /** A {@code java.time.Duration}'s seconds and nanoseconds. */
  public static XmlDuration of(Duration duration) {
    return new XmlDuration(0, BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9)),
        null);
  }

  /** The months, years counted as 12; negative for a negative duration. */
  public long months() {
    return months;
  }

  /** The seconds, days counted as 86,400 and exact to any fraction; negative for a negative duration. */
  public BigDecimal seconds() {
    return seconds;
  }

  /** Whether it is negative ({@code -P1D}). */
  public boolean isNegative() {
    return months < 0 || seconds.signum() < 0;
  }

  /**
   * As years, months and days.
   *
   * @throws DateTimeException when its seconds are not whole days, or too many for a {@code Period}
   */
  public Period toPeriod() {
    BigDecimal[] days = seconds.divideAndRemainder(DAY);
    if (days[1].signum() != 0) {
      throw new DateTimeException(text + " is not whole days: a Period has no time of day");
    }
    try {
      return Period.of(Math.toIntExact(months / 12), (int) (months % 12), days[0].intValueExact());
    } catch (ArithmeticException e) {
      throw new DateTimeException(text + " is too long for a Period");
    }
  }

  /**
   * As seconds and nanoseconds.
   *
   * @throws DateTimeException when it has months (which have no one length), or a fraction finer than a nanosecond
   */
  public Duration toDuration() {
    if (months != 0) {
      throw new DateTimeException(text + " has months, which have no one length: a Duration has none");
    }
    BigInteger nanos;
    try {
      nanos = seconds.movePointRight(9).toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new DateTimeException(text + " is finer than a nanosecond, which a Duration holds");
    }
    BigInteger[] qr = nanos.divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
    // Not longValueExact: Android has it from API level 31 only.
    if (qr[0].bitLength() > 63) {
      throw new DateTimeException(text + " is too long for a Duration");
    }
    return Duration.ofSeconds(qr[0].longValue(), qr[1].longValue());
  }

  /** Its XML Schema lexical form, tidied (see the class comment). */
  @Override
  public String toString() {
    return text;
  }

  /** Equal when the months and the seconds are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XmlDuration d && months == d.months && seconds.equals(d.seconds);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(months) * 31 + seconds.hashCode();
  }

  private static String format(long months, BigDecimal seconds) {
    if (months == 0 && seconds.signum() == 0) {
      return "PT0S";
    }
    StringBuilder b = new StringBuilder(24);
    if (months < 0 || seconds.signum() < 0) {
      b.append('-');
    }
    b.append('P');
    long m = Math.abs(months);
    part(b, m / 12, 'Y');
    part(b, m % 12, 'M');
    BigDecimal s = seconds.abs();
    BigDecimal[] days = s.divideAndRemainder(DAY);
    if (days[0].signum() != 0) {
      b.append(days[0].toBigInteger()).append('D');
    }
    BigDecimal[] hours = days[1].divideAndRemainder(HOUR);
    BigDecimal[] minutes = hours[1].divideAndRemainder(MINUTE);
    if (hours[0].signum() != 0 || minutes[0].signum() != 0 || minutes[1].signum() != 0) {
      b.append('T');
      part(b, hours[0].longValue(), 'H');
      part(b, minutes[0].longValue(), 'M');
      if (minutes[1].signum() != 0) {
        b.append(minutes[1].stripTrailingZeros().toPlainString()).append('S');
      }
    }
    return b.toString();
  }

  private static void part(StringBuilder b, long n, char unit) {
    if (n != 0) {
      b.append(n).append(unit);
    }
  }
}
