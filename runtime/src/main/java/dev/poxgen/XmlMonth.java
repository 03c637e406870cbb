package dev.poxgen;

import dev.poxgen.internal.Temporal;
import java.math.BigDecimal;
import java.time.Month;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:gMonth}: a month of every year, with an optional time zone, such as {@code --02} or {@code --12Z}.
 */
public final class XmlMonth extends XmlTemporal {
  private XmlMonth(Temporal.Parts parts) {
    super("gMonth", parts);
  }

  /**
   * The value a text stands for, its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not an {@code xs:gMonth}, saying why
   */
  public static XmlMonth parse(CharSequence text) {
    return new XmlMonth(parse("gMonth", text));
  }

  /** The value without a time zone. */
  public static XmlMonth of(Month value) {
    return create(value, null);
  }

  /**
   * The value in a time zone.
   *
   * @throws IllegalArgumentException when the offset is not whole minutes within 14 hours of UTC
   */
  public static XmlMonth of(Month value, ZoneOffset offset) {
    return create(value, java.util.Objects.requireNonNull(offset, "offset"));
  }

  private static XmlMonth create(Month v, @Nullable ZoneOffset offset) {
    return new XmlMonth(new Temporal.Parts(0, v.getValue(), 0, 0, 0, 0, BigDecimal.ZERO, zone(offset)));
  }

  /** The month, 1 to 12. */
  public int month() {
    return parts().month;
  }

  /**
   * The value without its time zone, as {@code java.time} has it.
   */
  public Month toMonth() {
    return Month.of(month());
  }
}
