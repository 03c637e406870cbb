package dev.poxgen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class XmlDurationTest {
  @Test
  void monthsAndSecondsAreTheValue() {
    XmlDuration d = XmlDuration.parse("P1Y2M3DT4H5M6.50S");
    assertThat(d.months()).isEqualTo(14);
    assertThat(d.seconds()).isEqualTo(new BigDecimal("273906.5"));
    assertThat(d.toString()).isEqualTo("P1Y2M3DT4H5M6.5S");
    assertThat(XmlDuration.parse("PT24H")).isEqualTo(XmlDuration.parse("P1D"));
    assertThat(XmlDuration.parse("P13M").toString()).isEqualTo("P13M");
    assertThat(XmlDuration.parse("P0Y01DT0H1.50S").toString()).isEqualTo("P1DT1.5S");
    assertThat(XmlDuration.of(13, new BigDecimal("90061.5")).toString()).isEqualTo("P1Y1M1DT1H1M1.5S");
    assertThat(XmlDuration.parse("P1M")).isNotEqualTo(XmlDuration.parse("P30D"));
    assertThat(XmlDuration.parse("P0Y").toString()).isEqualTo("PT0S");
    assertThat(XmlDuration.parse("PT0.000S")).isEqualTo(XmlDuration.parse("PT0S"));
  }

  @Test
  void negativeDurations() {
    XmlDuration d = XmlDuration.parse("-P1DT0.5S");
    assertThat(d.isNegative()).isTrue();
    assertThat(d.seconds()).isEqualTo(new BigDecimal("-86400.5"));
    assertThat(d.toString()).isEqualTo("-P1DT0.5S");
    assertThat(d.toDuration()).isEqualTo(Duration.ofDays(-1).minusMillis(500));
    assertThrows(IllegalArgumentException.class, () -> XmlDuration.of(1, BigDecimal.ONE.negate()));
  }

  @Test
  void javaTimeWhereItFits() {
    assertThat(XmlDuration.parse("P1Y2M3D").toPeriod()).isEqualTo(Period.of(1, 2, 3));
    assertThat(XmlDuration.of(Period.of(1, 2, 3))).isEqualTo(XmlDuration.parse("P14M3D"));
    assertThat(XmlDuration.of(Duration.ofMillis(1500)).toString()).isEqualTo("PT1.5S");
    DateTimeException months = assertThrows(DateTimeException.class, () -> XmlDuration.parse("P1M").toDuration());
    assertThat(months).hasMessageThat().contains("has months");
    assertThrows(DateTimeException.class, () -> XmlDuration.parse("PT1H").toPeriod());
  }

  @Test
  void aTextThatIsNoDurationSaysWhy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XmlDuration.parse("P1.5Y"));
    assertThat(e).hasMessageThat().startsWith("\"P1.5Y\" is not an xs:duration");
    assertThrows(IllegalArgumentException.class, () -> XmlDuration.parse("P"));
    assertThrows(IllegalArgumentException.class, () -> XmlDuration.parse("PT"));
  }
}
