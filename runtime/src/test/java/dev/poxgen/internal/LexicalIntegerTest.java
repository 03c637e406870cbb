package dev.poxgen.internal;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class LexicalIntegerTest {
  private static long parse(String s) {
    return Lexical.parseLong(s.toCharArray(), s.length());
  }

  private static boolean minimum(String s) {
    return Lexical.isLongMinimum(s.toCharArray(), s.length());
  }

  @Test
  void theWholeRangeOfXsLongParsesTheLeastValueIncluded() {
    assertThat(parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    assertThat(parse(" +0009223372036854775807\n")).isEqualTo(Long.MAX_VALUE);
    assertThat(parse("-9223372036854775807")).isEqualTo(-Long.MAX_VALUE);
    assertThat(parse("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
    assertThat(parse("-0")).isEqualTo(0L);
    assertThat(parse("0042")).isEqualTo(42L);
  }

  @Test
  void outsideTheRangeOrNotAnIntegerIsTheSentinelAndNotTheMinimum() {
    for (String no : new String[] {"9223372036854775808", "-9223372036854775809", "", " ", "+", "-", "1.0", "1e3",
        "- 1", "\u00a0-9223372036854775808", "99999999999999999999"}) {
      assertThat(parse(no)).isEqualTo(Long.MIN_VALUE);
      assertThat(minimum(no)).isFalse();
    }
    assertThat(minimum("-9223372036854775808")).isTrue();
    assertThat(minimum(" -0009223372036854775808\t")).isTrue();
    assertThat(minimum("-9223372036854775807")).isFalse();
  }

  @Test
  void canonicalIsWhatToStringWritesForTheValueRead() {
    java.util.Random random = new java.util.Random(7);
    String pieces = "0123456789+- \t";
    for (int trial = 0; trial < 50000; trial++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(6); i >= 0; i--) {
        b.append(pieces.charAt(random.nextInt(trial % 2 == 0 ? 10 : pieces.length())));
      }
      String text = b.toString();
      long value = parse(text);
      if (value == Long.MIN_VALUE && !minimum(text)) {
        continue; // not an integer: no value to be canonical for
      }
      assertThat(Lexical.canonicalInteger(text.toCharArray(), text.length()))
          .isEqualTo(Long.toString(value).equals(text));
    }
    assertThat(Lexical.canonicalInteger("-9223372036854775808".toCharArray(), 20)).isTrue();
    for (String no : new String[] {"-0", "+1", "01", " 1", "1 ", ""}) {
      assertThat(Lexical.canonicalInteger(no.toCharArray(), no.length())).isFalse();
    }
  }

  @Test
  void agreesWithLongParseLongNearTheBoundsAndEverywhere() {
    java.util.Random random = new java.util.Random(20261207);
    for (int trial = 0; trial < 200_000; trial++) {
      long near = trial % 3 == 0 ? Long.MAX_VALUE - random.nextInt(2000)
          : trial % 3 == 1 ? Long.MIN_VALUE + random.nextInt(2000) : random.nextLong() >> random.nextInt(64);
      String digits = Long.toString(near);
      // Sometimes one digit more or one changed: outside the range, or another value inside it.
      if (trial % 5 == 0) {
        digits = digits + random.nextInt(10);
      } else if (trial % 7 == 0) {
        int at = digits.length() - 1 - random.nextInt(Math.min(3, digits.length()));
        digits = digits.substring(0, at) + random.nextInt(10) + digits.substring(at + 1);
      }
      long expected;
      try {
        expected = Long.parseLong(digits);
      } catch (NumberFormatException e) {
        expected = Long.MIN_VALUE;
      }
      assertThat(parse(digits)).isEqualTo(expected);
      assertThat(parse(" \t" + digits + "\n")).isEqualTo(expected);
    }
  }
}
