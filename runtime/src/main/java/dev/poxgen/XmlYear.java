package dev.poxgen;

import dev.poxgen.internal.Temporal;
import java.math.BigDecimal;
import java.time.Year;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:gYear}: a year of the Gregorian calendar, years as {@link XmlDate} has them, with an optional time zone, such as {@code 2024}, {@code -0044} or {@code 12024Z}.
 */
public final class XmlYear extends XmlTemporal {
  private XmlYear(Temporal.Parts parts) {
    super("gYear", parts);
  }

  /**
   * The value a text stands for, its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not an {@code xs:gYear}, saying why
   */
  public static XmlYear parse(CharSequence text) {
    return new XmlYear(parse("gYear", text));
  }

  /** The value without a time zone. */
  public static XmlYear of(Year value) {
    return create(value, null);
  }

  /**
   * The value in a time zone.
   *
   * @throws IllegalArgumentException when the offset is not whole minutes within 14 hours of UTC
   */
  public static XmlYear of(Year value, ZoneOffset offset) {
    return create(value, java.util.Objects.requireNonNull(offset, "offset"));
  }

  private static XmlYear create(Year v, @Nullable ZoneOffset offset) {
    return new XmlYear(new Temporal.Parts(xsdYear(v.getValue()), 0, 0, 0, 0, 0, BigDecimal.ZERO, zone(offset)));
  }

  /** The year as XML Schema 1.0 writes it: never 0, and -1 the year before 1. */
  public long year() {
    return parts().year;
  }

  /**
   * The value without its time zone, as {@code java.time} has it.
   *
   * @throws java.time.DateTimeException when the year is beyond {@code java.time}'s
   */
  public Year toYear() {
    return Year.of(isoYear(year()));
  }
}
