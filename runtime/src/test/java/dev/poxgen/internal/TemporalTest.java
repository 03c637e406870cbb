package dev.poxgen.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TemporalTest {
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
