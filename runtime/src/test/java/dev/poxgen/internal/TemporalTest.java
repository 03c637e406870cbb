package dev.poxgen.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TemporalTest {
  @Test
  void valuesWithTimeZonesCompareInUtcAndWithoutOneAmongThemselves() {
    assertThat(Temporal.compare("dateTime", "2024-01-01T12:00:00Z", "2024-01-01T13:00:00+01:00")).isEqualTo(Temporal.EQUAL);
    assertThat(Temporal.compare("dateTime", "2024-01-01T12:00:00Z", "2024-01-01T12:30:00+01:00")).isEqualTo(Temporal.GREATER);
    assertThat(Temporal.compare("dateTime", "2024-01-01T12:00:00", "2024-01-01T12:00:00.5")).isEqualTo(Temporal.LESS);
    assertThat(Temporal.compare("time", "12:00:00.50", "12:00:00.5")).isEqualTo(Temporal.EQUAL);
    assertThat(Temporal.compare("date", "2024-01-01", "2023-12-31")).isEqualTo(Temporal.GREATER);
  }

  @Test
  void withAndWithoutATimeZoneTheOrderIsPartialWithinFourteenHours() {
    // XML Schema 1.0, 3.2.7.4: the value without a zone may be anywhere from -14:00 to +14:00.
    assertThat(Temporal.compare("dateTime", "2024-01-01T12:00:00Z", "2024-01-01T12:00:00")).isEqualTo(Temporal.INDETERMINATE);
    assertThat(Temporal.compare("dateTime", "2024-01-01T12:00:00Z", "2024-01-02T02:00:01")).isEqualTo(Temporal.LESS);
    assertThat(Temporal.compare("dateTime", "2024-01-02T02:00:01", "2024-01-01T12:00:00Z")).isEqualTo(Temporal.GREATER);
    assertThat(Temporal.compare("dateTime", "2024-01-01T12:00:00Z", "2024-01-02T02:00:00")).isEqualTo(Temporal.INDETERMINATE);
    assertThat(Temporal.compare("date", "2024-01-01Z", "2024-01-03")).isEqualTo(Temporal.LESS);
  }

  @Test
  void durationsCompareFromFourReferenceDatesAndOnlyWhereAllFourAgree() {
    // XML Schema 1.0, 3.2.6.2: 1696-09-01, 1697-02-01, 1903-03-01 and 1903-07-01.
    assertThat(Temporal.compare("duration", "P1D", "PT24H")).isEqualTo(Temporal.EQUAL);
    assertThat(Temporal.compare("duration", "P1Y", "P12M")).isEqualTo(Temporal.EQUAL);
    assertThat(Temporal.compare("duration", "P1M", "P30D")).isEqualTo(Temporal.INDETERMINATE);
    assertThat(Temporal.compare("duration", "P1M", "P27D")).isEqualTo(Temporal.GREATER);
    assertThat(Temporal.compare("duration", "P1M", "P32D")).isEqualTo(Temporal.LESS);
    // A year is 365 days from 1696-09-01 and 1697-02-01, 366 from 1903-03-01 (1904 is a leap year);
    // four years are 1,460 days from 1696-09-01 (1700 is no leap year), 1,461 from 1903: the JDK agrees.
    assertThat(Temporal.compare("duration", "P1Y", "P365D")).isEqualTo(Temporal.INDETERMINATE);
    assertThat(Temporal.compare("duration", "P1Y", "P364D")).isEqualTo(Temporal.GREATER);
    assertThat(Temporal.compare("duration", "P4Y", "P1461D")).isEqualTo(Temporal.INDETERMINATE);
    assertThat(Temporal.compare("duration", "-P1D", "PT0S")).isEqualTo(Temporal.LESS);
    assertThat(Temporal.compare("duration", "PT0.5S", "PT0.50S")).isEqualTo(Temporal.EQUAL);
    assertThat(Temporal.compare("duration", "P99999999999999Y", "P1D")).isEqualTo(Temporal.GREATER);
    assertThat(Temporal.key("duration", "P1D")).isEqualTo(Temporal.key("duration", "PT86400.0S"));
    assertThat(Temporal.key("duration", "P1M")).isNotEqualTo(Temporal.key("duration", "P30D"));
    assertThat(Temporal.outside("duration", "P28D", "maxInclusive", "P1M")).contains("cannot be ordered");
    assertThat(Temporal.outside("duration", "P2M", "maxInclusive", "P1M")).isEqualTo("is longer than the maximum P1M");
  }

  @Test
  void midnightYearsAndTheGregorianTypesCompareAsTheirMoments() {
    assertThat(Temporal.compare("dateTime", "2024-01-01T24:00:00", "2024-01-02T00:00:00")).isEqualTo(Temporal.EQUAL);
    assertThat(Temporal.compare("time", "24:00:00", "00:00:00")).isEqualTo(Temporal.EQUAL);
    assertThat(Temporal.compare("gYear", "-0001", "0001")).isEqualTo(Temporal.LESS);
    assertThat(Temporal.compare("gYear", "-0002", "-0001")).isEqualTo(Temporal.LESS);
    assertThat(Temporal.compare("gYear", "123456789", "9999")).isEqualTo(Temporal.GREATER);
    assertThat(Temporal.compare("gMonthDay", "--02-29", "--03-01")).isEqualTo(Temporal.LESS);
    assertThat(Temporal.compare("gMonth", "--12", "--01")).isEqualTo(Temporal.GREATER);
    assertThat(Temporal.compare("gDay", "---31", "---01Z")).isEqualTo(Temporal.GREATER);
  }

  @Test
  void boundsAndEnumerationsInTheValueSpace() {
    assertThat(Temporal.outside("date", "2023-12-31", "minInclusive", "2024-01-01"))
        .isEqualTo("is earlier than the minimum 2024-01-01");
    assertThat(Temporal.outside("date", "2024-01-01", "minInclusive", "2024-01-01")).isNull();
    assertThat(Temporal.outside("date", "2024-01-01", "minExclusive", "2024-01-01")).isEqualTo("is not later than 2024-01-01");
    assertThat(Temporal.outside("gYear", "2025", "maxInclusive", "2024")).isEqualTo("is later than the maximum 2024");
    assertThat(Temporal.outside("dateTime", "2024-01-01T12:00:00", "maxExclusive", "2024-01-01T12:00:00Z"))
        .startsWith("cannot be ordered against the maxExclusive 2024-01-01T12:00:00Z: one has a time zone");
    assertThat(Temporal.oneOf("time", "13:00:00+01:00", new String[] {"11:00:00Z", "12:00:00Z"})).isTrue();
    assertThat(Temporal.oneOf("time", "12:00:00", new String[] {"12:00:00Z"})).isFalse();
    assertThat(Temporal.key("time", "13:00:00+01:00")).isEqualTo(Temporal.key("time", "12:00:00.000Z"));
    assertThat(Temporal.key("time", "12:00:00")).isNotEqualTo(Temporal.key("time", "12:00:00Z"));
  }

  @Test
  void leapYearsByTheGregorianRule() {
    assertThat(Temporal.problem("date", "2000-02-29")).isNull();
    assertThat(Temporal.problem("date", "2024-02-29")).isNull();
    assertThat(Temporal.problem("date", "-0004-02-29")).isNull();
    assertThat(Temporal.problem("date", "1900-02-29")).isEqualTo("has day 29 in month 02 (01 to 28 expected)");
    assertThat(Temporal.problem("date", "2024-04-31")).isEqualTo("has day 31 in month 04 (01 to 30 expected)");
    assertThat(Temporal.problem("gMonthDay", "--02-29")).isNull();
    assertThat(Temporal.problem("gMonthDay", "--02-30")).isNotNull();
  }

  @Test
  void yearsOfAnyLengthButNotZero() {
    assertThat(Temporal.problem("gYear", "-0001")).isNull();
    assertThat(Temporal.problem("gYear", "123456789")).isNull();
    assertThat(Temporal.problem("gYear", "0000")).isEqualTo("has year 0000, which does not exist (0001 or -0001 expected)");
    assertThat(Temporal.problem("gYear", "02024")).startsWith("is not an xs:gYear");
    assertThat(Temporal.problem("gYear", "+2024")).startsWith("is not an xs:gYear");
  }

  @Test
  void midnightAsTwentyFourAndFractions() {
    assertThat(Temporal.problem("time", "24:00:00")).isNull();
    assertThat(Temporal.problem("time", "24:00:00.000")).isNull();
    assertThat(Temporal.problem("time", "24:00:00.001")).isEqualTo("has hour 24 with minutes or seconds (only 24:00:00 is allowed)");
    assertThat(Temporal.problem("dateTime", "2024-01-01T12:00:00.1234567890123")).isNull();
    assertThat(Temporal.problem("time", "12:00:00.")).startsWith("is not an xs:time");
    assertThat(Temporal.problem("time", "12:60:00")).isEqualTo("has minute 60 (00 to 59 expected)");
  }

  @Test
  void timeZonesFromMinusToPlusFourteenHours() {
    assertThat(Temporal.problem("dateTime", "2024-01-01T00:00:00+14:00")).isNull();
    assertThat(Temporal.problem("dateTime", "2024-01-01T00:00:00-14:00")).isNull();
    assertThat(Temporal.problem("dateTime", "2024-01-01T00:00:00Z")).isNull();
    assertThat(Temporal.problem("dateTime", "2024-01-01T00:00:00+14:30"))
        .isEqualTo("has the time zone +14:30 (from -14:00 to +14:00 expected)");
    assertThat(Temporal.problem("gDay", "---15+05:60")).isNotNull();
  }

  @Test
  void anUnknownTypeIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> Temporal.problem("hexBinary", "0F"));
  }

  @Test
  void durationsHaveAtLeastOnePartAndATOnlyBeforeTimeParts() {
    assertThat(Temporal.problem("duration", "P1Y2M3DT4H5M6.5S")).isNull();
    assertThat(Temporal.problem("duration", "-PT0S")).isNull();
    assertThat(Temporal.problem("duration", "P")).isEqualTo("is not an xs:duration (such as P1Y2M3DT4H5M6.5S, -P30D or PT0S)");
    assertThat(Temporal.problem("duration", "P1DT")).isNotNull();
    assertThat(Temporal.problem("duration", "PT1M2H")).isNotNull();
    // XML Schema's parts are unbounded integers; the JDK's validator stops at 2^31-1.
    assertThat(Temporal.problem("duration", "P99999999999999999999D")).isNull();
  }
}
