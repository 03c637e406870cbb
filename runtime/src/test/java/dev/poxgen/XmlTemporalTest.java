package dev.poxgen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class XmlTemporalTest {
  @Test
  void aDateKeepsItsTimeZoneOrItsLackOfOne() {
    XmlDate plain = XmlDate.parse(" 2024-02-29 ");
    assertThat(plain.toString()).isEqualTo("2024-02-29");
    assertThat(plain.hasOffset()).isFalse();
    assertThat(plain.toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    XmlDate zoned = XmlDate.parse("2024-02-29+01:00");
    assertThat(zoned.offset()).hasValue(ZoneOffset.ofHours(1));
    assertThat(zoned).isNotEqualTo(plain);
    assertThat(XmlDate.of(LocalDate.of(2024, 2, 29), ZoneOffset.ofHours(1))).isEqualTo(zoned);
    assertThat(XmlDate.parse("2024-02-29+00:00").toString()).isEqualTo("2024-02-29Z");
  }

  @Test
  void yearsBelowOneAreXmlSchemasAndJavaTimesAreIso() {
    XmlDate bce = XmlDate.parse("-0001-12-31");
    assertThat(bce.year()).isEqualTo(-1);
    assertThat(bce.toLocalDate()).isEqualTo(LocalDate.of(0, 12, 31));
    assertThat(XmlDate.of(LocalDate.of(0, 1, 1)).toString()).isEqualTo("-0001-01-01");
    assertThat(XmlDate.of(LocalDate.of(-43, 3, 15)).year()).isEqualTo(-44);
    assertThat(XmlYear.parse("12024").toYear()).isEqualTo(Year.of(12024));
    assertThat(XmlYear.parse("0044").toString()).isEqualTo("0044");
  }

  @Test
  void theTwentyNinthOfFebruaryOfAJavaTimeLeapYearBeforeOneHasNoXmlSchemaDate() {
    // java.time's 0 and -8884 are leap years; XML Schema 1.0's -1 and -8885, which they are, common ones.
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> XmlDate.of(LocalDate.of(0, 2, 29)));
    assertThat(e).hasMessageThat().isEqualTo("29 February of java.time's year 0 has no XML Schema 1.0 date: that"
        + " year is XML Schema's -1, a common year as written");
    assertThrows(IllegalArgumentException.class, () -> XmlDateTime.of(LocalDateTime.of(-8884, 2, 29, 23, 59)));
    assertThrows(IllegalArgumentException.class,
        () -> XmlDateTime.of(OffsetDateTime.of(-8884, 2, 29, 0, 0, 0, 0, ZoneOffset.UTC)));
    assertThat(XmlDate.of(LocalDate.of(-8884, 2, 28)).toString()).isEqualTo("-8885-02-28");
    assertThat(XmlDate.of(LocalDate.of(2024, 2, 29)).toString()).isEqualTo("2024-02-29");
    assertThrows(IllegalArgumentException.class, () -> XmlDate.parse("-8885-02-29"));
  }

  @Test
  void aYearBeyondJavaTimeIsHeldButNotConverted() {
    XmlDate far = XmlDate.parse("123456789012-01-01");
    assertThat(far.year()).isEqualTo(123456789012L);
    DateTimeException e = assertThrows(DateTimeException.class, far::toLocalDate);
    assertThat(e).hasMessageThat().contains("beyond java.time");
  }

  @Test
  void midnightAtTheEndOfADayIsTheNextDay() {
    assertThat(XmlDateTime.parse("2024-12-31T24:00:00Z").toString()).isEqualTo("2025-01-01T00:00:00Z");
    assertThat(XmlDateTime.parse("2024-02-28T24:00:00").toString()).isEqualTo("2024-02-29T00:00:00");
    assertThat(XmlDateTime.parse("-0001-12-31T24:00:00").toString()).isEqualTo("0001-01-01T00:00:00");
    assertThat(XmlTime.parse("24:00:00").toString()).isEqualTo("00:00:00");
  }

  @Test
  void theFractionalSecondIsExact() {
    XmlDateTime t = XmlDateTime.parse("2024-02-29T13:05:00.123456789012Z");
    assertThat(t.fraction()).isEqualTo(new BigDecimal("0.123456789012"));
    assertThat(t.toString()).isEqualTo("2024-02-29T13:05:00.123456789012Z");
    assertThrows(DateTimeException.class, t::toOffsetDateTime);
    XmlDateTime half = XmlDateTime.parse("2024-02-29T13:05:00.500");
    assertThat(half.toString()).isEqualTo("2024-02-29T13:05:00.5");
    assertThat(half).isEqualTo(XmlDateTime.parse("2024-02-29T13:05:00.5"));
    assertThat(half.toLocalDateTime()).isEqualTo(LocalDateTime.of(2024, 2, 29, 13, 5, 0, 500_000_000));
  }

  @Test
  void aDateTimeConvertsToJavaTime() {
    OffsetDateTime odt = OffsetDateTime.of(2024, 2, 29, 13, 5, 7, 250_000_000, ZoneOffset.ofHoursMinutes(-5, -30));
    XmlDateTime t = XmlDateTime.of(odt);
    assertThat(t.toString()).isEqualTo("2024-02-29T13:05:07.25-05:30");
    assertThat(t.toOffsetDateTime()).isEqualTo(odt);
    assertThat(t.toInstant()).isEqualTo(odt.toInstant());
    XmlDateTime local = XmlDateTime.of(odt.toLocalDateTime());
    DateTimeException e = assertThrows(DateTimeException.class, local::toInstant);
    assertThat(e).hasMessageThat().contains("no time zone");
  }

  @Test
  void aTimeConvertsToJavaTime() {
    XmlTime t = XmlTime.of(OffsetTime.of(13, 5, 0, 0, ZoneOffset.UTC));
    assertThat(t.toString()).isEqualTo("13:05:00Z");
    assertThat(t.toLocalTime()).isEqualTo(LocalTime.of(13, 5));
    assertThat(XmlTime.of(LocalTime.of(1, 2, 3, 4)).toString()).isEqualTo("01:02:03.000000004");
  }

  @Test
  void theGregorianTypesConvertToJavaTime() {
    assertThat(XmlYearMonth.parse("2024-02").toYearMonth()).isEqualTo(YearMonth.of(2024, 2));
    assertThat(XmlMonthDay.parse("--02-29").toMonthDay()).isEqualTo(MonthDay.of(2, 29));
    assertThat(XmlMonth.parse("--02--").toMonth()).isEqualTo(Month.FEBRUARY);
    assertThat(XmlMonth.parse("--02--").toString()).isEqualTo("--02");
    assertThat(XmlDay.parse("---09Z").day()).isEqualTo(9);
    assertThat(XmlDay.of(9, ZoneOffset.UTC)).isEqualTo(XmlDay.parse("---09Z"));
    assertThat(XmlMonth.of(Month.DECEMBER, ZoneOffset.ofHours(-14)).toString()).isEqualTo("--12-14:00");
  }

  @Test
  void aTextThatIsNoValueSaysWhy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XmlDate.parse("2023-02-29"));
    assertThat(e).hasMessageThat().isEqualTo("\"2023-02-29\" has day 29 in month 02 (01 to 28 expected)");
    assertThrows(IllegalArgumentException.class, () -> XmlDate.parse("0000-01-01"));
    assertThrows(IllegalArgumentException.class, () -> XmlTime.parse("24:00:01"));
    assertThrows(IllegalArgumentException.class, () -> XmlDay.of(32));
  }

  @Test
  void anOffsetBeyondFourteenHoursOrOfSecondsIsNoTimeZone() {
    assertThrows(IllegalArgumentException.class, () -> XmlDate.of(LocalDate.of(2024, 1, 1), ZoneOffset.ofHours(15)));
    assertThrows(IllegalArgumentException.class,
        () -> XmlDate.of(LocalDate.of(2024, 1, 1), ZoneOffset.ofTotalSeconds(3601)));
  }

  @Test
  void valuesOfDifferentTypesAreNeverEqual() {
    assertThat((Object) XmlYear.parse("2024")).isNotEqualTo(XmlDate.parse("2024-01-01"));
    assertThat(XmlMonth.parse("--02").hashCode()).isEqualTo(XmlMonth.of(Month.FEBRUARY).hashCode());
  }
}
