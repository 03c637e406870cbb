package dev.poxgen.processor.datatypes;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.poxgen.processor.datatypes.JdkBuiltins.jdkAccepts;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.Octets;
import dev.poxgen.XmlDate;
import dev.poxgen.XmlDateTime;
import dev.poxgen.XmlDay;
import dev.poxgen.XmlDuration;
import dev.poxgen.XmlMonth;
import dev.poxgen.XmlMonthDay;
import dev.poxgen.XmlTemporal;
import dev.poxgen.XmlTime;
import dev.poxgen.XmlYear;
import dev.poxgen.XmlYearMonth;
import dev.poxgen.internal.Temporal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import javax.xml.datatype.XMLGregorianCalendar;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The runtime's value types against the JDK's own reading of XML Schema's lexical forms
 * ({@code javax.xml.datatype}, an oracle of its own): a value read from a text has the fields the
 * JDK reads from it, its text is one the JDK's validator accepts and reads back to an equal value,
 * and a value made from {@code java.time} converts back to it.
 */
class ValueTypesPropertyTest {
  private static final DatatypeFactory JDK;

  static {
    try {
      JDK = DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Provide
  Arbitrary<String[]> typedLexical() {
    return Arbitraries.of(LexicalForms.TEMPORAL).flatMap(t -> LexicalForms.temporal(t).map(l -> new String[] {t, l}))
        .filter(t -> Temporal.problem(t[0], t[1]) == null);
  }

  @Property(tries = 3000, seed = "20261207")
  void aValueHasTheFieldsTheJdkReads(@ForAll("typedLexical") String[] typed) {
    String type = typed[0];
    String text = typed[1];
    XmlTemporal value = parse(type).apply(text);
    String written = value.toString();
    assertWithMessage("xs:%s \"%s\" written as %s, for the JDK's validator", type, text, written)
        .that(jdkAccepts(type, written)).isTrue();
    assertWithMessage("xs:%s \"%s\" written as %s, read back", type, text, written)
        .that(parse(type).apply(written)).isEqualTo(value);
    if (text.contains("24:00:00")) {
      // The JDK's calendar keeps hour 24 as written; the value is midnight of the next day.
      return;
    }
    XMLGregorianCalendar jdk = JDK.newXMLGregorianCalendar(text);
    Temporal.Parts p = Temporal.parts(type, text);
    String what = "xs:" + type + " \"" + text + "\" as " + value + ": ";
    if (jdk.getEonAndYear() != null) {
      assertWithMessage(what + "year").that(BigInteger.valueOf(p.year)).isEqualTo(jdk.getEonAndYear());
    }
    field(what + "month", p.month, jdk.getMonth());
    field(what + "day", p.day, jdk.getDay());
    field(what + "hour", p.hour, jdk.getHour());
    field(what + "minute", p.minute, jdk.getMinute());
    field(what + "second", p.second, jdk.getSecond());
    BigDecimal fraction = jdk.getFractionalSecond() == null ? BigDecimal.ZERO : jdk.getFractionalSecond();
    assertWithMessage(what + "fraction").that(p.fraction.compareTo(fraction)).isEqualTo(0);
    assertWithMessage(what + "time zone").that(value.offset().map(o -> o.getTotalSeconds() / 60).orElse(null))
        .isEqualTo(jdk.getTimezone() == DatatypeConstants.FIELD_UNDEFINED ? null : jdk.getTimezone());
  }

  private static void field(String what, int ours, int jdk) {
    if (jdk != DatatypeConstants.FIELD_UNDEFINED) {
      assertWithMessage(what).that(ours).isEqualTo(jdk);
    }
  }

  private static Function<String, XmlTemporal> parse(String type) {
    return switch (type) {
      case "date" -> XmlDate::parse;
      case "dateTime" -> XmlDateTime::parse;
      case "time" -> XmlTime::parse;
      case "gYear" -> XmlYear::parse;
      case "gYearMonth" -> XmlYearMonth::parse;
      case "gMonth" -> XmlMonth::parse;
      case "gDay" -> XmlDay::parse;
      case "gMonthDay" -> XmlMonthDay::parse;
      default -> throw new IllegalArgumentException(type);
    };
  }

  @Provide
  Arbitrary<OffsetDateTime> moments() {
    Arbitrary<Instant> instant = Arbitraries.longs().between(-400_000_000_000L, 400_000_000_000L)
        .map(Instant::ofEpochSecond);
    Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
    Arbitrary<ZoneOffset> zone = Arbitraries.integers().between(-14 * 60, 14 * 60)
        .map(m -> ZoneOffset.ofTotalSeconds(m * 60));
    return Combinators.combine(instant, nanos, zone).as((i, n, z) -> OffsetDateTime.ofInstant(i.plusNanos(n), z));
  }

  @Property(tries = 2000, seed = "20261207")
  void aValueMadeFromJavaTimeIsWhatTheJdkReadsAndConvertsBack(@ForAll("moments") OffsetDateTime t) {
    if (t.getYear() <= 0 && t.getMonthValue() == 2 && t.getDayOfMonth() == 29) {
      // java.time's leap years before 1 are XML Schema 1.0's -1, -5, ..., common years as the JDK reads them.
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> XmlDateTime.of(t));
      assertThat(e).hasMessageThat().contains("has no XML Schema 1.0 date");
      assertWithMessage("the JDK's validator on the day it would be").that(jdkAccepts("dateTime",
          XmlDateTime.of(t.minusDays(1)).toString().replace("-02-28T", "-02-29T"))).isFalse();
      return;
    }
    XmlDateTime v = XmlDateTime.of(t);
    String text = v.toString();
    assertWithMessage("%s as %s, for the JDK's validator", t, text).that(jdkAccepts("dateTime", text)).isTrue();
    XMLGregorianCalendar jdk = JDK.newXMLGregorianCalendar(text);
    // The JDK's calendar has XML Schema 1.0's years, no year 0: java.time's 0 is its -1.
    assertWithMessage("%s as %s: year", t, text).that(jdk.getEonAndYear())
        .isEqualTo(BigInteger.valueOf(t.getYear() <= 0 ? t.getYear() - 1 : t.getYear()));
    if (t.getYear() > 1600) {
      // Where the JDK's GregorianCalendar is Gregorian (it is Julian before 1582): the same second.
      assertWithMessage("%s as %s: the moment", t, text)
          .that(Math.floorDiv(jdk.toGregorianCalendar().getTimeInMillis(), 1000L)).isEqualTo(t.toEpochSecond());
    }
    assertWithMessage("%s as %s, back", t, text).that(v.toOffsetDateTime()).isEqualTo(t);
    assertWithMessage("%s as %s, read back", t, text).that(XmlDateTime.parse(text)).isEqualTo(v);
    assertWithMessage("%s as a date", t).that(XmlDate.of(t.toLocalDate()).toLocalDate()).isEqualTo(t.toLocalDate());
    assertWithMessage("%s as a time", t).that(XmlTime.of(t.toOffsetTime()).toOffsetTime())
        .isEqualTo(t.toOffsetTime());
  }

  @Provide
  Arbitrary<String> durationLexical() {
    return LexicalForms.duration().filter(d -> Temporal.problem("duration", d) == null);
  }

  @Property(tries = 1500, seed = "20261207")
  void aDurationHasTheMonthsAndSecondsTheJdkReads(@ForAll("durationLexical") String text) {
    XmlDuration d = XmlDuration.parse(text);
    Duration jdk = JDK.newDuration(text.strip());
    BigInteger months = big(jdk, DatatypeConstants.YEARS).multiply(BigInteger.valueOf(12))
        .add(big(jdk, DatatypeConstants.MONTHS));
    BigDecimal seconds = new BigDecimal(big(jdk, DatatypeConstants.DAYS).multiply(BigInteger.valueOf(86_400))
        .add(big(jdk, DatatypeConstants.HOURS).multiply(BigInteger.valueOf(3_600)))
        .add(big(jdk, DatatypeConstants.MINUTES).multiply(BigInteger.valueOf(60))));
    Number s = jdk.getField(DatatypeConstants.SECONDS);
    seconds = seconds.add(s == null ? BigDecimal.ZERO : (BigDecimal) s);
    if (jdk.getSign() < 0) {
      months = months.negate();
      seconds = seconds.negate();
    }
    assertWithMessage("xs:duration \"%s\" as %s: months", text, d).that(BigInteger.valueOf(d.months())).isEqualTo(months);
    assertWithMessage("xs:duration \"%s\" as %s: seconds", text, d).that(d.seconds().compareTo(seconds)).isEqualTo(0);
    assertWithMessage("xs:duration \"%s\" as %s, for the JDK's validator", text, d)
        .that(jdkAccepts("duration", d.toString())).isTrue();
    assertWithMessage("xs:duration \"%s\" as %s, read back", text, d).that(XmlDuration.parse(d.toString())).isEqualTo(d);
  }

  private static BigInteger big(Duration d, DatatypeConstants.Field f) {
    Number n = d.getField(f);
    return n == null ? BigInteger.ZERO : (BigInteger) n;
  }

  @Property(tries = 500, seed = "20261207")
  void octetsReadAsTheJdkReadsThem(@ForAll byte[] bytes) {
    Octets o = Octets.of(bytes);
    assertWithMessage("hex %s", o.toHex()).that(jdkAccepts("hexBinary", o.toHex())).isTrue();
    assertWithMessage("base64 %s", o.toBase64()).that(jdkAccepts("base64Binary", o.toBase64())).isTrue();
    assertWithMessage("hex").that(Octets.fromHex(o.toHex())).isEqualTo(o);
    assertWithMessage("base64").that(Octets.fromBase64(o.toBase64())).isEqualTo(o);
    assertWithMessage("octets").that(o.toByteArray()).isEqualTo(bytes);
  }
}
