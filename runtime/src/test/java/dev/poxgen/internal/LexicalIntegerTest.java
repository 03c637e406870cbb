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
}
