package dev.poxgen.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The lexical spaces of XML Schema 1.0's date and time types ({@code xs:date}, {@code xs:dateTime},
 * {@code xs:time}, {@code xs:gYear}, {@code xs:gYearMonth}, {@code xs:gMonth}, {@code xs:gDay},
 * {@code xs:gMonthDay}, {@code xs:duration}): whether a (whitespace-collapsed) text is one, with the
 * reason when not.
 * Years of any length and below 1 ({@code -0001}; not {@code 0000}), {@code 24:00:00} only with
 * zero fractional seconds, fractional seconds of any length, time zones {@code Z} and
 * {@code -14:00} to {@code +14:00}, and days that exist in their month (29 February only in leap
 * years, by the Gregorian rule applied to the year as written, -0004 included, as the JDK's validator does).
 */
public final class Temporal {
  private Temporal() {}

  private static final String YEAR = "(-?(?:[1-9][0-9]{4,}|[0-9]{4}))";
  private static final String ZONE = "(Z|[+-][0-9]{2}:[0-9]{2})?";
  private static final String TIME = "([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\\.([0-9]+))?";
  private static final Pattern DATE = Pattern.compile(YEAR + "-([0-9]{2})-([0-9]{2})" + ZONE);
  private static final Pattern DATE_TIME = Pattern.compile(YEAR + "-([0-9]{2})-([0-9]{2})T" + TIME + ZONE);
  private static final Pattern TIME_ONLY = Pattern.compile(TIME + ZONE);
  private static final Pattern G_YEAR = Pattern.compile(YEAR + ZONE);
  private static final Pattern G_YEAR_MONTH = Pattern.compile(YEAR + "-([0-9]{2})" + ZONE);
  private static final Pattern G_MONTH = Pattern.compile("--([0-9]{2})(?:--)?" + ZONE);
  private static final Pattern G_DAY = Pattern.compile("---([0-9]{2})" + ZONE);
  private static final Pattern G_MONTH_DAY = Pattern.compile("--([0-9]{2})-([0-9]{2})" + ZONE);
  /** At least one part; a T only before a time part; seconds 1.5 or .5, never 1. (as the JDK). */
  private static final Pattern DURATION = Pattern.compile(
      "-?P(?=[0-9]|T[0-9.])([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T(?=[0-9.])([0-9]+H)?([0-9]+M)?((?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)S)?)?");

  /**
   * Why the text is not a value of the type, such as {@code "has no 30 February"}, or null when it
   * is one; {@code type} is the type's local name ({@code "date"}).
   */
  public static String problem(String type, String text) {
    switch (type) {
      case "date": {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
          return "is not an xs:date (such as 2024-02-29 or -0044-03-15+01:00)";
        }
        return orElse(yearProblem(m.group(1)), dayProblem(m.group(1), m.group(2), m.group(3)), zoneProblem(m.group(4)));
      }
      case "dateTime": {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
          return "is not an xs:dateTime (such as 2024-02-29T13:05:00.25Z)";
        }
        return orElse(yearProblem(m.group(1)), dayProblem(m.group(1), m.group(2), m.group(3)),
            orElse(timeProblem(m.group(4), m.group(5), m.group(6), m.group(7)), zoneProblem(m.group(8)), null));
      }
      case "time": {
        Matcher m = TIME_ONLY.matcher(text);
        if (!m.matches()) {
          return "is not an xs:time (such as 13:05:00.25 or 24:00:00Z)";
        }
        return orElse(timeProblem(m.group(1), m.group(2), m.group(3), m.group(4)), zoneProblem(m.group(5)), null);
      }
      case "gYear": {
        Matcher m = G_YEAR.matcher(text);
        if (!m.matches()) {
          return "is not an xs:gYear (such as 2024, -0044 or 12024Z)";
        }
        return orElse(yearProblem(m.group(1)), zoneProblem(m.group(2)), null);
      }
      case "gYearMonth": {
        Matcher m = G_YEAR_MONTH.matcher(text);
        if (!m.matches()) {
          return "is not an xs:gYearMonth (such as 2024-02)";
        }
        return orElse(yearProblem(m.group(1)), monthProblem(m.group(2)), zoneProblem(m.group(3)));
      }
      case "gMonth": {
        Matcher m = G_MONTH.matcher(text);
        if (!m.matches()) {
          return "is not an xs:gMonth (such as --02)";
        }
        return orElse(monthProblem(m.group(1)), zoneProblem(m.group(2)), null);
      }
      case "gDay": {
        Matcher m = G_DAY.matcher(text);
        if (!m.matches()) {
          return "is not an xs:gDay (such as ---29)";
        }
        int d = Integer.parseInt(m.group(1));
        return orElse(d < 1 || d > 31 ? "has day " + m.group(1) + " (01 to 31 expected)" : null,
            zoneProblem(m.group(2)), null);
      }
      case "gMonthDay": {
        Matcher m = G_MONTH_DAY.matcher(text);
        if (!m.matches()) {
          return "is not an xs:gMonthDay (such as --02-29)";
        }
        // 29 February is allowed: some year has it.
        return orElse(dayProblem("2000", m.group(1), m.group(2)), zoneProblem(m.group(3)), null);
      }
      case "duration":
        // Parts of any size: P100M and PT36H are durations; no calendar applies.
        if (!DURATION.matcher(text).matches()) {
          return "is not an xs:duration (such as P1Y2M3DT4H5M6.5S, -P30D or PT0S)";
        }
        return duration(text).months.bitLength() > 63
            ? "has more months than poxgen holds (a Java long: at most 768,614,336,404,564,650 years)" : null;
      default:
        throw new IllegalArgumentException("not a date or time type: xs:" + type);
    }
  }

  // ---- the parts of a value, for dev.poxgen's value types

  /**
   * The parts of a value of a date or time type (not {@code xs:duration}): those its type has are
   * as the text gives them, the others zero; {@code 24:00:00} is already midnight of the next day
   * (of a time, {@code 00:00:00}), as XML Schema's value space has it.
   */
  public static final class Parts {
    /** The year as XML Schema 1.0 writes it: {@code -1} is the year before {@code 1}; there is no year 0. */
    public final long year;
    public final int month;
    public final int day;
    public final int hour;
    public final int minute;
    public final int second;
    /** The fractional second, at least 0 and less than 1, without trailing zeros. */
    public final BigDecimal fraction;
    /** The time zone in minutes east of UTC, or null when the value has none. */
    public final @Nullable Integer zone;

    public Parts(long year, int month, int day, int hour, int minute, int second, BigDecimal fraction,
        @Nullable Integer zone) {
      this.year = year;
      this.month = month;
      this.day = day;
      this.hour = hour;
      this.minute = minute;
      this.second = second;
      this.fraction = fraction.signum() == 0 ? BigDecimal.ZERO : fraction.stripTrailingZeros();
      this.zone = zone;
    }
  }

  /** The parts of a text of a date or time type ({@link #problem} null), {@code type} its local name. */
  public static Parts parts(String type, String text) {
    Matcher m;
    switch (type) {
      case "dateTime": {
        m = matched(DATE_TIME, text);
        long year = Long.parseLong(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        int hour = Integer.parseInt(m.group(4));
        if (hour == 24) {
          hour = 0;
          if (day < lastDay(year, month)) {
            day++;
          } else if (month < 12) {
            day = 1;
            month++;
          } else {
            day = 1;
            month = 1;
            // XML Schema 1.0 has no year 0: -0001 comes right before 0001.
            year = year == -1 ? 1 : year + 1;
          }
        }
        return new Parts(year, month, day, hour, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
            fraction(m.group(7)), zone(m.group(8)));
      }
      case "date":
        m = matched(DATE, text);
        return new Parts(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), 0, 0,
            0, BigDecimal.ZERO, zone(m.group(4)));
      case "time": {
        m = matched(TIME_ONLY, text);
        int hour = Integer.parseInt(m.group(1));
        return new Parts(0, 0, 0, hour == 24 ? 0 : hour, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
            fraction(m.group(4)), zone(m.group(5)));
      }
      case "gYear":
        m = matched(G_YEAR, text);
        return new Parts(Long.parseLong(m.group(1)), 0, 0, 0, 0, 0, BigDecimal.ZERO, zone(m.group(2)));
      case "gYearMonth":
        m = matched(G_YEAR_MONTH, text);
        return new Parts(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), 0, 0, 0, 0, BigDecimal.ZERO,
            zone(m.group(3)));
      case "gMonth":
        m = matched(G_MONTH, text);
        return new Parts(0, Integer.parseInt(m.group(1)), 0, 0, 0, 0, BigDecimal.ZERO, zone(m.group(2)));
      case "gDay":
        m = matched(G_DAY, text);
        return new Parts(0, 0, Integer.parseInt(m.group(1)), 0, 0, 0, BigDecimal.ZERO, zone(m.group(2)));
      case "gMonthDay":
        m = matched(G_MONTH_DAY, text);
        return new Parts(0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 0, 0, 0, BigDecimal.ZERO,
            zone(m.group(3)));
      default:
        throw new IllegalArgumentException("not a date or time type: xs:" + type);
    }
  }

  /** A duration's months (years counted as 12), signed; its text is one ({@link #problem} null). */
  public static long durationMonths(String text) {
    // The text is a value: its months fit (problem says when not). Not longValueExact: Android has
    // it from API level 31 only.
    return duration(text).months.longValue();
  }

  /**
   * A duration's text with its parts as written but tidied: without parts that are zero, leading
   * zeros or the fraction's trailing zeros ({@code P0Y01DT1.50S} is {@code P1DT1.5S}; none left is
   * {@code PT0S}). Its parts are not carried over ({@code PT36H} stays), so it is as long as the text.
   */
  public static String durationText(String text) {
    Matcher m = matched(DURATION, text);
    StringBuilder b = new StringBuilder(text.length());
    for (int g : new int[] {1, 2, 3}) {
      tidyPart(b, m.group(g));
    }
    int date = b.length();
    for (int g : new int[] {5, 6}) {
      tidyPart(b, m.group(g));
    }
    if (m.group(7) != null) {
      BigDecimal seconds = new BigDecimal(m.group(7).substring(0, m.group(7).length() - 1));
      if (seconds.signum() != 0) {
        b.append(seconds.stripTrailingZeros().toPlainString()).append('S');
      }
    }
    if (b.length() == 0) {
      return "PT0S";
    }
    if (b.length() > date) {
      b.insert(date, 'T');
    }
    return (text.startsWith("-") ? "-P" : "P") + b;
  }

  private static void tidyPart(StringBuilder b, @Nullable String part) {
    if (part != null) {
      BigInteger n = new BigInteger(part.substring(0, part.length() - 1));
      if (n.signum() != 0) {
        b.append(n).append(part.charAt(part.length() - 1));
      }
    }
  }

  /** A duration's seconds (days counted as 86,400, hours as 3,600), signed; its text is one. */
  public static BigDecimal durationSeconds(String text) {
    return duration(text).seconds;
  }

  /** The last day of a month of a year as XML Schema 1.0 writes it, by the Gregorian rule applied to it as written. */
  public static int lastDay(long year, int month) {
    if (month == 2) {
      long mod400 = Math.floorMod(year, 400L);
      return mod400 % 4 == 0 && (mod400 % 100 != 0 || mod400 == 0) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  private static BigDecimal fraction(@Nullable String digits) {
    return digits == null ? BigDecimal.ZERO : new BigDecimal("0." + digits);
  }

  private static @Nullable Integer zone(@Nullable String zone) {
    if (zone == null) {
      return null;
    }
    if (zone.equals("Z")) {
      return 0;
    }
    int minutes = Integer.parseInt(zone.substring(1, 3)) * 60 + Integer.parseInt(zone.substring(4, 6));
    return zone.charAt(0) == '-' ? -minutes : minutes;
  }

  // ---- the value space of the date and time types (not xs:duration)

  /** {@link #compare}: the first is earlier. */
  public static final int LESS = -1;
  /** {@link #compare}: one value. */
  public static final int EQUAL = 0;
  /** {@link #compare}: the first is later. */
  public static final int GREATER = 1;
  /** {@link #compare}: one has a time zone and the other not, and they are less than 14 hours apart. */
  public static final int INDETERMINATE = 2;

  private static final BigDecimal FOURTEEN_HOURS = BigDecimal.valueOf(14 * 3600);

  /**
   * A value of a date or time type: its moment in seconds (in UTC when it has a time zone, else
   * as written), the missing parts filled in as XML Schema 1.0 says (its reference date 1972-12-31,
   * a leap year, for the Gregorian types and xs:time), and whether it has a time zone.
   */
  private static final class Moment {
    final BigDecimal seconds;
    final boolean zoned;

    Moment(BigDecimal seconds, boolean zoned) {
      this.seconds = seconds;
      this.zoned = zoned;
    }
  }

  /**
   * How two values of a date or time type ({@code type} is its local name, such as {@code "date"})
   * compare in XML Schema 1.0's partial order (section 3.2.7.4; for {@code "duration"}, section
   * 3.2.6.2):
   * {@link #LESS}, {@link #EQUAL}, {@link #GREATER} or {@link #INDETERMINATE}. Both must be
   * values of the type ({@link #problem} null).
   */
  public static int compare(String type, String a, String b) {
    if (type.equals("duration")) {
      return compareDurations(a, b);
    }
    Moment p = moment(type, a);
    Moment q = moment(type, b);
    if (p.zoned == q.zoned) {
      return Integer.signum(p.seconds.compareTo(q.seconds));
    }
    if (!p.zoned) {
      int r = compare(type, b, a);
      return r == INDETERMINATE ? r : -r;
    }
    // p has a time zone, q not: q is somewhere from 14 hours before to 14 hours after its text.
    if (p.seconds.compareTo(q.seconds.subtract(FOURTEEN_HOURS)) < 0) {
      return LESS;
    }
    if (p.seconds.compareTo(q.seconds.add(FOURTEEN_HOURS)) > 0) {
      return GREATER;
    }
    return INDETERMINATE;
  }

  /**
   * Why {@code value} breaks the bound {@code facet} ({@code minInclusive}, {@code maxInclusive},
   * {@code minExclusive} or {@code maxExclusive}) of {@code bound}, or null when it keeps it. A value
   * that cannot be ordered against the bound (one has a time zone, the other not, less than 14
   * hours apart) breaks it, as XML Schema says.
   */
  public static String outside(String type, String value, String facet, String bound) {
    int c = compare(type, value, bound);
    boolean duration = type.equals("duration");
    boolean ok;
    String broken;
    switch (facet) {
      case "minInclusive":
        ok = c == GREATER || c == EQUAL;
        broken = (duration ? "is shorter than" : "is earlier than") + " the minimum " + bound;
        break;
      case "maxInclusive":
        ok = c == LESS || c == EQUAL;
        broken = (duration ? "is longer than" : "is later than") + " the maximum " + bound;
        break;
      case "minExclusive":
        ok = c == GREATER;
        broken = (duration ? "is not longer than " : "is not later than ") + bound;
        break;
      case "maxExclusive":
        ok = c == LESS;
        broken = (duration ? "is not shorter than " : "is not earlier than ") + bound;
        break;
      default:
        throw new IllegalArgumentException("not a bounds facet: " + facet);
    }
    if (ok) {
      return null;
    }
    if (c != INDETERMINATE) {
      return broken;
    }
    return "cannot be ordered against the " + facet + " " + bound + (duration
        ? ": added to some dates it is the longer, to others the shorter (months have different lengths)"
        : ": one has a time zone and the other not, and they are less than 14 hours apart");
  }

  /** Whether {@code value} is one value of the type with one of {@code values} (each a value of it). */
  public static boolean oneOf(String type, String value, String[] values) {
    for (String v : values) {
      if (compare(type, value, v) == EQUAL) {
        return true;
      }
    }
    return false;
  }

  /**
   * A text that is equal for two values exactly when they are one value of the type (for
   * {@code 12:00:00Z} and {@code 13:00:00+01:00}, and {@code 12:00:00.50} and {@code 12:00:00.5}):
   * for identity constraints.
   */
  public static String key(String type, String text) {
    if (type.equals("duration")) {
      // Equal durations have equal months and seconds: P1Y is P12M, P1D is PT24H.
      Duration d = duration(text);
      BigDecimal s = d.seconds.signum() == 0 ? BigDecimal.ZERO : d.seconds.stripTrailingZeros();
      return d.months + "M" + s.toPlainString();
    }
    Moment m = moment(type, text);
    BigDecimal s = m.seconds.signum() == 0 ? BigDecimal.ZERO : m.seconds.stripTrailingZeros();
    return (m.zoned ? "Z" : "") + s.toPlainString();
  }

  private static Moment moment(String type, String text) {
    Matcher m;
    switch (type) {
      case "dateTime":
        m = matched(DATE_TIME, text);
        return moment(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8));
      case "date":
        m = matched(DATE, text);
        return moment(m.group(1), m.group(2), m.group(3), "00", "00", "00", null, m.group(4));
      case "time": {
        m = matched(TIME_ONLY, text);
        // 24:00:00 is 00:00:00 of a time of day.
        String hour = m.group(1).equals("24") ? "00" : m.group(1);
        return moment("1972", "12", "31", hour, m.group(2), m.group(3), m.group(4), m.group(5));
      }
      case "gYear":
        m = matched(G_YEAR, text);
        return moment(m.group(1), "01", "01", "00", "00", "00", null, m.group(2));
      case "gYearMonth":
        m = matched(G_YEAR_MONTH, text);
        return moment(m.group(1), m.group(2), "01", "00", "00", "00", null, m.group(3));
      case "gMonth":
        m = matched(G_MONTH, text);
        return moment("1972", m.group(1), "01", "00", "00", "00", null, m.group(2));
      case "gDay":
        m = matched(G_DAY, text);
        return moment("1972", "12", m.group(1), "00", "00", "00", null, m.group(2));
      case "gMonthDay":
        m = matched(G_MONTH_DAY, text);
        return moment("1972", m.group(1), m.group(2), "00", "00", "00", null, m.group(3));
      default:
        throw new IllegalArgumentException("not a date or time type with an order of its own: xs:" + type);
    }
  }

  // ---- the order of xs:duration (XML Schema 1.0, 3.2.6.2)

  /**
   * The four dateTimes XML Schema compares durations from (1696-09-01, 1697-02-01, 1903-03-01 and
   * 1903-07-01, midnight UTC), as months since year 0 (astronomical): the calendar's differences in
   * month length and leap years show between them.
   */
  private static final long[] REFERENCE_MONTHS = {1696 * 12 + 8, 1697 * 12 + 1, 1903 * 12 + 2, 1903 * 12 + 6};

  /** A duration's months (years counted as 12) and seconds (days counted as 86,400), signed. */
  private static final class Duration {
    final BigInteger months;
    final BigDecimal seconds;

    Duration(BigInteger months, BigDecimal seconds) {
      this.months = months;
      this.seconds = seconds;
    }
  }

  private static Duration duration(String text) {
    Matcher m = matched(DURATION, text);
    BigInteger months = part(m.group(1)).multiply(BigInteger.valueOf(12)).add(part(m.group(2)));
    BigDecimal seconds = new BigDecimal(part(m.group(3)).multiply(BigInteger.valueOf(86400))
        .add(part(m.group(5)).multiply(BigInteger.valueOf(3600))).add(part(m.group(6)).multiply(BigInteger.valueOf(60))));
    if (m.group(7) != null) {
      seconds = seconds.add(new BigDecimal(m.group(7).substring(0, m.group(7).length() - 1)));
    }
    return text.startsWith("-") ? new Duration(months.negate(), seconds.negate()) : new Duration(months, seconds);
  }

  /** The number of a part such as {@code 12Y}; zero when the part is absent. */
  private static BigInteger part(String group) {
    return group == null ? BigInteger.ZERO : new BigInteger(group.substring(0, group.length() - 1));
  }

  /**
   * Two durations as XML Schema orders them: each added to the four reference dateTimes (the months
   * first, from the first of a month, then the seconds), and {@link #INDETERMINATE} unless all four
   * sums are in the same order ({@code P1M} and {@code P30D}). {@code P1D} equals {@code PT24H}.
   */
  private static int compareDurations(String a, String b) {
    Duration p = duration(a);
    Duration q = duration(b);
    int order = 0;
    for (int i = 0; i < REFERENCE_MONTHS.length; i++) {
      int c = Integer.signum(after(REFERENCE_MONTHS[i], p).compareTo(after(REFERENCE_MONTHS[i], q)));
      if (i > 0 && c != order) {
        return INDETERMINATE;
      }
      order = c;
    }
    return order;
  }

  /** The moment, in seconds since 1970, of the first of the reference month {@code from} plus {@code d}. */
  private static BigDecimal after(long from, Duration d) {
    BigInteger[] yearMonth = BigInteger.valueOf(from).add(d.months).divideAndRemainder(BigInteger.valueOf(12));
    BigInteger year = yearMonth[0];
    int month = yearMonth[1].intValue();
    if (month < 0) {
      year = year.subtract(BigInteger.ONE);
      month += 12;
    }
    BigInteger days = daysFromCivil(year, month + 1, 1);
    return new BigDecimal(days.multiply(BigInteger.valueOf(86400))).add(d.seconds);
  }

  private static Matcher matched(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a value of its type: " + text);
    }
    return m;
  }

  private static Moment moment(String year, String month, String day, String hour, String minute, String second,
      String fraction, String zone) {
    BigInteger y = new BigInteger(year);
    if (y.signum() < 0) {
      // XML Schema 1.0 has no year 0: -0001 comes right before 0001.
      y = y.add(BigInteger.ONE);
    }
    BigInteger days = daysFromCivil(y, Integer.parseInt(month), Integer.parseInt(day));
    BigDecimal seconds = new BigDecimal(days.multiply(BigInteger.valueOf(86400))
        .add(BigInteger.valueOf(Integer.parseInt(hour) * 3600L + Integer.parseInt(minute) * 60L
            + Integer.parseInt(second))));
    if (fraction != null) {
      seconds = seconds.add(new BigDecimal("0." + fraction));
    }
    if (zone == null) {
      return new Moment(seconds, false);
    }
    if (!zone.equals("Z")) {
      int minutes = Integer.parseInt(zone.substring(1, 3)) * 60 + Integer.parseInt(zone.substring(4, 6));
      seconds = seconds.subtract(BigDecimal.valueOf((zone.charAt(0) == '-' ? -minutes : minutes) * 60L));
    }
    return new Moment(seconds, true);
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date, the year astronomical (H. Hinnant's algorithm). */
  private static BigInteger daysFromCivil(BigInteger year, int month, int day) {
    BigInteger y = month <= 2 ? year.subtract(BigInteger.ONE) : year;
    BigInteger[] qr = y.divideAndRemainder(BigInteger.valueOf(400));
    BigInteger era = qr[0];
    long yoe = qr[1].longValue();
    if (yoe < 0) {
      era = era.subtract(BigInteger.ONE);
      yoe += 400;
    }
    long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era.multiply(BigInteger.valueOf(146097)).add(BigInteger.valueOf(doe - 719468));
  }

  private static String orElse(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }

  private static String yearProblem(String year) {
    String digits = year.startsWith("-") ? year.substring(1) : year;
    if (digits.chars().allMatch(c -> c == '0')) {
      return "has year " + year + ", which does not exist (0001 or -0001 expected)";
    }
    // A value's year is a Java long (XmlDate.year()): 18 digits always fit.
    return digits.replaceFirst("^0+", "").length() > 18
        ? "has year " + year + ", beyond the years poxgen holds (at most 18 digits)" : null;
  }

  private static String monthProblem(String month) {
    int m = Integer.parseInt(month);
    return m < 1 || m > 12 ? "has month " + month + " (01 to 12 expected)" : null;
  }

  private static String dayProblem(String year, String month, String day) {
    String mp = monthProblem(month);
    if (mp != null) {
      return mp;
    }
    int m = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    int last = m == 2 ? (isLeap(year) ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
    if (d < 1 || d > last) {
      return "has day " + day + " in month " + month + " (01 to " + last + " expected)";
    }
    return null;
  }

  /** Whether the year, as written, is a leap year by the Gregorian rule. */
  private static boolean isLeap(String year) {
    BigInteger y = new BigInteger(year);
    int mod400 = y.mod(BigInteger.valueOf(400)).intValue();
    return mod400 % 4 == 0 && (mod400 % 100 != 0 || mod400 == 0);
  }

  private static String timeProblem(String hour, String minute, String second, String fraction) {
    int h = Integer.parseInt(hour);
    int mi = Integer.parseInt(minute);
    int s = Integer.parseInt(second);
    if (h == 24) {
      boolean zero = mi == 0 && s == 0 && (fraction == null || fraction.chars().allMatch(c -> c == '0'));
      return zero ? null : "has hour 24 with minutes or seconds (only 24:00:00 is allowed)";
    }
    if (h > 23) {
      return "has hour " + hour + " (00 to 24 expected)";
    }
    if (mi > 59) {
      return "has minute " + minute + " (00 to 59 expected)";
    }
    if (s > 59) {
      return "has second " + second + " (00 to 59 expected)";
    }
    return null;
  }

  private static String zoneProblem(String zone) {
    if (zone == null || zone.equals("Z")) {
      return null;
    }
    int h = Integer.parseInt(zone.substring(1, 3));
    int m = Integer.parseInt(zone.substring(4, 6));
    if (m > 59 || h > 14 || h == 14 && m != 0) {
      return "has the time zone " + zone + " (from -14:00 to +14:00 expected)";
    }
    return null;
  }
}
