package dev.poxgen;

import dev.poxgen.internal.Binary;
import dev.poxgen.internal.WhiteSpaceRule;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * A value of {@code xs:hexBinary} or {@code xs:base64Binary}: a sequence of octets. Immutable:
 * {@link #of(byte[])} copies the array it is given and {@link #toByteArray()} returns a copy. Equal
 * when the octets are, however they were spelled ({@code 0f} and {@code 0F}, or Base64 with spaces).
 */
public final class Octets {
  private static final Octets EMPTY = new Octets(new byte[0]);
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final byte[] bytes;

  private Octets(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of the given octets. */
  public static Octets of(byte[] bytes) {
    return bytes.length == 0 ? EMPTY : new Octets(bytes.clone());
  }

  /**
   * The octets a text of {@code xs:hexBinary} stands for (pairs of hexadecimal digits, in either
   * case), its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not one, saying why
   */
  public static Octets fromHex(CharSequence text) {
    String t = checked("hexBinary", text);
    byte[] b = new byte[t.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (Character.digit(t.charAt(2 * i), 16) << 4 | Character.digit(t.charAt(2 * i + 1), 16));
    }
    return b.length == 0 ? EMPTY : new Octets(b);
  }

  /**
   * The octets a text of {@code xs:base64Binary} stands for (RFC 2045's alphabet, spaces allowed
   * between characters), its whitespace collapsed.
   *
   * @throws IllegalArgumentException when it is not one, saying why
   */
  public static Octets fromBase64(CharSequence text) {
    byte[] b = Base64.getDecoder().decode(checked("base64Binary", text).replace(" ", ""));
    return b.length == 0 ? EMPTY : new Octets(b);
  }

  private static String checked(String type, CharSequence text) {
    String collapsed = WhiteSpaceRule.COLLAPSE.apply(text);
    String problem = Binary.problem(type, collapsed);
    if (problem != null) {
      throw new IllegalArgumentException("\"" + (collapsed.length() > 60 ? collapsed.substring(0, 60) + "..." : collapsed)
          + "\" " + problem);
    }
    return collapsed;
  }

  /** The number of octets. */
  public int length() {
    return bytes.length;
  }

  /**
   * The octet at an index, from 0.
   *
   * @throws IndexOutOfBoundsException when there is none there
   */
  public byte byteAt(int index) {
    return bytes[index];
  }

  /** A copy of the octets. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** As {@code xs:hexBinary}'s canonical form: two upper-case hexadecimal digits an octet. */
  public String toHex() {
    char[] c = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      c[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      c[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(c);
  }

  /** As {@code xs:base64Binary}'s canonical form: Base64 without line breaks or spaces. */
  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Equal when the octets are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Octets x && Arrays.equals(bytes, x.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** The number of octets and, for up to 32 of them, their hexadecimal digits: {@code Octets[3: 0FB7A1]}. */
  @Override
  public String toString() {
    String hex = bytes.length <= 32 ? toHex() : Octets.of(Arrays.copyOf(bytes, 32)).toHex() + "...";
    return "Octets[" + bytes.length + ": " + hex + "]";
  }
}
