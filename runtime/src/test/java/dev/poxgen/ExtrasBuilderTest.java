package dev.poxgen;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * An Extras built holds what its builder held then, whatever the builder is given after: a
 * builder may build more than once, and each Extras stays as it was built (the builder lends its
 * collections to the Extras and copies them before it changes one again).
 */
class ExtrasBuilderTest {
  private static final XmlAttribute A = new XmlAttribute("", "a", "", "1");
  private static final XmlAttribute B = new XmlAttribute("", "b", "", "2");

  @Test
  void anExtrasBuiltIsNotChangedByWhatItsBuilderIsGivenAfter() {
    Extras.Builder b = Extras.builder().addAttribute(A).putRaw("Port", " 993").putSpelling("RedirectUrl", "RedirectURL")
        .addText(0, "x");
    Extras first = b.build();
    b.addAttribute(B).putRaw("SSL", "On").putSpelling("Other", "OTHER").addText(0, "y").addNode(1, new XmlText("z"));
    Extras second = b.build();
    assertThat(first.attributes()).containsExactly(A);
    assertThat(first.raw()).containsExactly("Port", " 993");
    assertThat(first.spellings()).containsExactly("RedirectUrl", "RedirectURL");
    assertThat(first.nodes()).hasSize(1);
    assertThat(((XmlText) first.nodes().get(0).node()).text()).isEqualTo("x");
    assertThat(second.attributes()).containsExactly(A, B).inOrder();
    assertThat(second.raw()).containsExactly("Port", " 993", "SSL", "On").inOrder();
    assertThat(second.spellings()).hasSize(2);
    assertThat(((XmlText) second.nodes().get(0).node()).text()).isEqualTo("xy");
    assertThat(second.nodes()).hasSize(2);
    // Built twice with no change between: equal, and still each unchanged by what follows.
    Extras third = b.build();
    b.putRaw("Port", "995");
    assertThat(third).isEqualTo(second);
    assertThat(third.raw().get("Port")).isEqualTo(" 993");
  }

  @Test
  void anExtrasBuiltCannotBeChangedThroughItsCollections() {
    Extras e = Extras.builder().addAttribute(A).putRaw("k", "v").build();
    assertThrows(UnsupportedOperationException.class, () -> e.attributes().add(B));
    assertThrows(UnsupportedOperationException.class, () -> e.raw().put("k", "w"));
  }
}
