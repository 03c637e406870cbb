package dev.poxgen;

import dev.poxgen.internal.Temporal;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:gDay}: a day of every month, with an optional time zone, such as
 * {@code ---29}. {@code java.time} has no type for it.
 */
public final class XmlDay extends XmlTemporal {
  private XmlDay(Temporal.Parts parts) {
    super("gDay", parts);
  }

  /**
   * The day a text stands for, its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not an {@code xs:gDay}, saying why
   */
  public static XmlDay parse(CharSequence text) {
    return new XmlDay(parse("gDay", text));
  }

  /**
   * The day of every month without a time zone.
   *
   * @throws IllegalArgumentException when it is not from 1 to 31
   */
  public static XmlDay of(int day) {
    return create(day, null);
  }

  /**
   * The day of every month in a time zone.
   *
   * @throws IllegalArgumentException when the day is not from 1 to 31, or the offset not whole
   *     minutes within 14 hours of UTC
   */
  public static XmlDay of(int day, ZoneOffset offset) {
    return create(day, java.util.Objects.requireNonNull(offset, "offset"));
  }

  private static XmlDay create(int day, @Nullable ZoneOffset offset) {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("a day of the month is from 1 to 31: " + day);
    }
    return new XmlDay(new Temporal.Parts(0, 0, day, 0, 0, 0, BigDecimal.ZERO, zone(offset)));
  }

  /** The day of the month, 1 to 31. */
  public int day() {
    return parts().day;
  }
}
