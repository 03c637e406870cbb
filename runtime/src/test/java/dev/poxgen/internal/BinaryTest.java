package dev.poxgen.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BinaryTest {
  @Test
  void hexBinaryIsPairsOfHexadecimalDigits() {
    assertThat(Binary.problem("hexBinary", "0fB7")).isNull();
    assertThat(Binary.problem("hexBinary", "0fB")).isEqualTo("is not an xs:hexBinary (pairs of hexadecimal digits, such as 0FB7)");
    assertThat(Binary.octets("hexBinary", "0fB7")).isEqualTo(2);
  }

  @Test
  void base64PaddingAndUnusedBits() {
    assertThat(Binary.problem("base64Binary", "SGVsbG8=")).isNull();
    assertThat(Binary.problem("base64Binary", "SG Vs bG 8=")).isNull();
    assertThat(Binary.problem("base64Binary", "SGVsbG9=")).isNotNull();
    assertThat(Binary.problem("base64Binary", "SGVsbG8")).isNotNull();
    assertThat(Binary.octets("base64Binary", "SGVsbG8=")).isEqualTo(5);
    assertThat(Binary.octets("base64Binary", "SGVsbA==")).isEqualTo(4);
    assertThat(Binary.octets("base64Binary", "")).isEqualTo(0);
  }

  @Test
  void anUnknownTypeIsAProgrammingError() {
    assertThrows(IllegalArgumentException.class, () -> Binary.problem("date", "2024-01-01"));
  }
}
