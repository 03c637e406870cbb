package dev.poxgen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OctetsTest {
  @Test
  void hexAndBase64AreOneValue() {
    Octets hex = Octets.fromHex("0fb7");
    Octets b64 = Octets.fromBase64("D7 c=");
    assertThat(hex).isEqualTo(b64);
    assertThat(hex.hashCode()).isEqualTo(b64.hashCode());
    assertThat(hex.toHex()).isEqualTo("0FB7");
    assertThat(hex.toBase64()).isEqualTo("D7c=");
    assertThat(hex.length()).isEqualTo(2);
    assertThat(hex.byteAt(1)).isEqualTo((byte) 0xB7);
    assertThat(hex.toString()).isEqualTo("Octets[2: 0FB7]");
    assertThat(Octets.fromHex("").length()).isEqualTo(0);
  }

  @Test
  void immutable() {
    byte[] bytes = {1, 2, 3};
    Octets o = Octets.of(bytes);
    bytes[0] = 9;
    assertThat(o.byteAt(0)).isEqualTo((byte) 1);
    o.toByteArray()[1] = 9;
    assertThat(o.byteAt(1)).isEqualTo((byte) 2);
  }

  @Test
  void aTextThatIsNoValueSaysWhy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Octets.fromHex("0F0"));
    assertThat(e).hasMessageThat().startsWith("\"0F0\" is not an xs:hexBinary");
    assertThrows(IllegalArgumentException.class, () -> Octets.fromBase64("D7d="));
  }
}
