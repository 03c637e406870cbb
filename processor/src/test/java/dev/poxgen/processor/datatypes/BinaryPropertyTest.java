package dev.poxgen.processor.datatypes;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.poxgen.processor.datatypes.JdkBuiltins.jdkAccepts;

import dev.poxgen.internal.Binary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The runtime's binary check agrees with the JDK's validator on generated texts, near misses
 * included (odd digits, padding in the middle, unused bits set), and counts octets as the JDK does.
 */
class BinaryPropertyTest {
  @Provide
  Arbitrary<String> base64() {
    return Arbitraries.strings().withChars("AQgwBSGVsbG8+/= -").ofMaxLength(14)
        .map(s -> s.trim().replaceAll(" +", " "));
  }

  @Provide
  Arbitrary<String> hex() {
    return Arbitraries.strings().withChars("0fAg9").ofMaxLength(7);
  }

  @Property(tries = 2000, seed = "20261207")
  void base64AgreesWithTheJdkValidator(@ForAll("base64") String text) {
    assertWithMessage("xs:base64Binary \"%s\": poxgen %s", text, Binary.problem("base64Binary", text))
        .that(Binary.problem("base64Binary", text) == null).isEqualTo(jdkAccepts("base64Binary", text));
  }

  @Property(tries = 500, seed = "20261207")
  void hexAgreesWithTheJdkValidator(@ForAll("hex") String text) {
    assertWithMessage("xs:hexBinary \"%s\": poxgen %s", text, Binary.problem("hexBinary", text))
        .that(Binary.problem("hexBinary", text) == null).isEqualTo(jdkAccepts("hexBinary", text));
  }

  @Provide
  Arbitrary<String> validBase64() {
    // Any octets, encoded by the JDK, with single spaces put between characters at random.
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(10).flatMap(bytes -> {
      String encoded = java.util.Base64.getEncoder().encodeToString(bytes);
      return Arbitraries.integers().between(0, Math.max(0, encoded.length() - 1)).list().ofMaxSize(3).map(cuts -> {
        StringBuilder b = new StringBuilder(encoded);
        cuts.stream().distinct().sorted(java.util.Comparator.reverseOrder())
            .filter(c -> c > 0 && b.charAt(c - 1) != ' ').forEach(c -> b.insert(c.intValue(), ' '));
        return b.toString();
      });
    });
  }

  @Property(tries = 200, seed = "20261207")
  void base64OctetsAreWhatTheJdkCounts(@ForAll("validBase64") String text) {
    assertWithMessage("poxgen: %s", Binary.problem("base64Binary", text)).that(Binary.problem("base64Binary", text))
        .isNull();
    int n = Binary.octets("base64Binary", text);
    assertWithMessage("xs:base64Binary \"%s\" has %s octets, by poxgen's count, but the JDK's validator refuses"
        + " it under length %s", text, n, n).that(jdkAcceptsLength(text, n)).isTrue();
  }

  private static boolean jdkAcceptsLength(String text, int n) {
    return JdkBuiltins.jdkAcceptsAs("><xs:simpleType><xs:restriction base='xs:base64Binary'><xs:length value='" + n
        + "'/></xs:restriction></xs:simpleType></xs:element>", text);
  }
}
