package dev.poxgen.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        return DURATION.matcher(text).matches() ? null
            : "is not an xs:duration (such as P1Y2M3DT4H5M6.5S, -P30D or PT0S)";
      default:
        throw new IllegalArgumentException("not a date or time type: xs:" + type);
    }
  }

  private static String orElse(String a, String b, String c) {
    return a != null ? a : b != null ? b : c;
  }

  private static String yearProblem(String year) {
    String digits = year.startsWith("-") ? year.substring(1) : year;
    return digits.chars().allMatch(c -> c == '0') ? "has year " + year + ", which does not exist (0001 or -0001 expected)"
        : null;
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
    java.math.BigInteger y = new java.math.BigInteger(year);
    int mod400 = y.mod(java.math.BigInteger.valueOf(400)).intValue();
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
