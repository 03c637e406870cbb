package dev.poxgen;

import dev.poxgen.internal.Temporal;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:time}: a time of day with an optional time zone, such as {@code 13:05:00.25}
 * or {@code 24:00:00Z} (which is {@code 00:00:00Z}). The fractional second is exact, of any length.
 */
public final class XmlTime extends XmlTemporal {
  private XmlTime(Temporal.Parts parts) {
    super("time", parts);
  }

  /**
   * The time a text stands for, its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not an {@code xs:time}, saying why
   */
  public static XmlTime parse(CharSequence text) {
    return new XmlTime(parse("time", text));
  }

  /** The time without a time zone. */
  public static XmlTime of(LocalTime time) {
    return create(time, null);
  }

  /**
   * The time at an offset.
   *
   * @throws IllegalArgumentException when the offset is not whole minutes within 14 hours of UTC
   */
  public static XmlTime of(OffsetTime time) {
    return create(time.toLocalTime(), time.getOffset());
  }

  private static XmlTime create(LocalTime t, @Nullable ZoneOffset offset) {
    return new XmlTime(new Temporal.Parts(0, 0, 0, t.getHour(), t.getMinute(), t.getSecond(), fraction(t.getNano()),
        zone(offset)));
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
   * The time without its time zone.
   *
   * @throws DateTimeException when the fraction is finer than a nanosecond
   */
  public LocalTime toLocalTime() {
    return LocalTime.of(hour(), minute(), second(), nanos(fraction()));
  }

  /**
   * The time at its offset.
   *
   * @throws DateTimeException when it has no time zone, or as {@link #toLocalTime()}
   */
  public OffsetTime toOffsetTime() {
    return OffsetTime.of(toLocalTime(), offset().orElseThrow(() -> new DateTimeException(this
        + " has no time zone (toLocalTime() gives it as written)")));
  }
}
