package dev.poxgen;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** xsi:nil kept in Extras, as the attribute it is: read, set and taken back. */
class ExtrasNilTest {
  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

  private static XmlAttribute nil(String value) {
    return new XmlAttribute(XSI, "nil", "x", value);
  }

  @Test
  void trueAndOneAreNilAfterTheWhitespaceRuleFalseAndZeroAreNot() {
    for (String yes : new String[] {"true", "1", " true\n"}) {
      assertThat(Extras.builder().addAttribute(nil(yes)).build().nil()).isTrue();
    }
    for (String no : new String[] {"false", "0", "yes", ""}) {
      assertThat(Extras.builder().addAttribute(nil(no)).build().nil()).isFalse();
    }
    assertThat(Extras.builder().addAttribute(new XmlAttribute("urn:other", "nil", "o", "true")).build().nil())
        .isFalse();
    assertThat(Extras.NONE.nil()).isFalse();
  }

  @Test
  void settingNilAddsOneAttributeAndTakingItBackRemovesEveryXsiNil() {
    XmlAttribute other = new XmlAttribute("", "a", "", "1");
    Extras e = Extras.builder().addAttribute(other).addAttribute(nil("false")).build().withNil(true);
    assertThat(e.nil()).isTrue();
    assertThat(e.attributes()).containsExactly(other, new XmlAttribute(XSI, "nil", "xsi", "true")).inOrder();
    assertThat(e.withNil(true)).isSameInstanceAs(e);
    assertThat(e.withNil(false).attributes()).containsExactly(other);
    assertThat(Extras.NONE.withNil(true).withNil(false)).isSameInstanceAs(Extras.NONE);
  }

  @Test
  void aChildThatHoldsOnlyTextIsNilByItsKey() {
    Extras e = Extras.NONE.withNil("Count[2]", true);
    assertThat(e.nil("Count[2]")).isTrue();
    assertThat(e.nil("Count")).isFalse();
    assertThat(e.nil()).isFalse();
    assertThat(e.childAttributes("Count[2]")).isEqualTo(List.of(new XmlAttribute(XSI, "nil", "xsi", "true")));
    assertThat(e.withNil("Count[2]", false)).isEqualTo(Extras.NONE);
  }
}
