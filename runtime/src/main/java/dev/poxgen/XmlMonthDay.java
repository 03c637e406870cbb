package dev.poxgen;

import dev.poxgen.internal.Temporal;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:gMonthDay}: a day of every year ({@code --02-29} included), with an optional time zone, such as {@code --02-29}.
 */
public final class XmlMonthDay extends XmlTemporal {
  private XmlMonthDay(Temporal.Parts parts) {
    super("gMonthDay", parts);
  }

  /**
   * The value a text stands for, its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not an {@code xs:gMonthDay}, saying why
   */
  public static XmlMonthDay parse(CharSequence text) {
    return new XmlMonthDay(parse("gMonthDay", text));
  }

  /** The value without a time zone. */
  public static XmlMonthDay of(MonthDay value) {
    return create(value, null);
  }

  /**
   * The value in a time zone.
   *
   * @throws IllegalArgumentException when the offset is not whole minutes within 14 hours of UTC
   */
  public static XmlMonthDay of(MonthDay value, ZoneOffset offset) {
    return create(value, java.util.Objects.requireNonNull(offset, "offset"));
  }

  private static XmlMonthDay create(MonthDay v, @Nullable ZoneOffset offset) {
    return new XmlMonthDay(new Temporal.Parts(0, v.getMonthValue(), v.getDayOfMonth(), 0, 0, 0, BigDecimal.ZERO, zone(offset)));
  }

  /** The month, 1 to 12. */
  public int month() {
    return parts().month;
  }

  /** The day of the month, 1 to 31. */
  public int day() {
    return parts().day;
  }

  /**
   * The value without its time zone, as {@code java.time} has it.
   */
  public MonthDay toMonthDay() {
    return MonthDay.of(month(), day());
  }
}
