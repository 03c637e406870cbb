package dev.poxgen.internal;

import static com.google.common.truth.Truth.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LexicalFloatingTest {
  /** XML Schema's canonical representation of float and double. */
  private static final String CANONICAL = "INF|-INF|NaN|-?[1-9]\\.[0-9]*(0|[1-9])E-?[0-9]+|-?0\\.0E0";

  @Test
  void readsEveryLexicalForm() {
    assertThat(Lexical.parseDouble(" 1.5e3 ")).isEqualTo(1500.0);
    assertThat(Lexical.parseDouble("+.5")).isEqualTo(0.5);
    assertThat(Lexical.parseDouble("5.")).isEqualTo(5.0);
    assertThat(Lexical.parseDouble("-INF")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(Lexical.parseDouble("NaN")).isNaN();
    assertThat(Lexical.parseFloat("0.1")).isEqualTo(0.1f);
    assertThat(Lexical.parseFloat("1e39")).isEqualTo(Float.POSITIVE_INFINITY);
  }

  @Test
  void refusesWhatIsNotALexicalForm() {
    for (String bad : new String[] {"", "inf", "+INF", "Infinity", "1e", ".", "1.5f", "1d", "0x1p3", "1 2"}) {
      assertThat(Lexical.parseDouble(bad)).isNull();
      assertThat(Lexical.parseFloat(bad)).isNull();
    }
  }

  @Test
  void writesTheCanonicalForm() {
    assertThat(Lexical.canonicalDouble(1500.0)).isEqualTo("1.5E3");
    assertThat(Lexical.canonicalDouble(0.1)).isEqualTo("1.0E-1");
    assertThat(Lexical.canonicalDouble(-0.0)).isEqualTo("-0.0E0");
    assertThat(Lexical.canonicalDouble(0.0)).isEqualTo("0.0E0");
    assertThat(Lexical.canonicalDouble(Double.NaN)).isEqualTo("NaN");
    assertThat(Lexical.canonicalFloat(Float.NEGATIVE_INFINITY)).isEqualTo("-INF");
    assertThat(Lexical.canonicalFloat(123.25f)).isEqualTo("1.2325E2");
    assertThat(Lexical.canonicalFloat(Float.MIN_VALUE)).isEqualTo("1.4E-45");
  }

  @Test
  void whatIsWrittenReadsBackEqualAndIsCanonical() {
    Random random = new Random(14);
    for (int i = 0; i < 20_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      String dt = Lexical.canonicalDouble(d);
      assertThat(dt).matches(CANONICAL);
      assertThat(Lexical.parseDouble(dt)).isEqualTo(d);
      float f = Float.intBitsToFloat(random.nextInt());
      String ft = Lexical.canonicalFloat(f);
      assertThat(ft).matches(CANONICAL);
      assertThat(Lexical.parseFloat(ft)).isEqualTo(f);
    }
  }
}
