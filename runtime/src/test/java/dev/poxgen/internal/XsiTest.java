package dev.poxgen.internal;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** xsi:type against an element's declared type, as XML Schema judges it (without derivation). */
class XsiTest {
  private static final String NS = "urn:t";

  @Test
  void theDeclaredTypeItselfIsAccepted() {
    assertThat(Xsi.typeProblem("t:Item", NS, NS, "Item")).isNull();
    assertThat(Xsi.typeProblem("\n Item\t", NS, NS, "Item")).isNull();
    assertThat(Xsi.typeProblem("Item", null, "", "Item")).isNull();
  }

  @Test
  void noTypeNamesAnAnonymousOne() {
    assertThat(Xsi.typeProblem("t:Item", NS, NS, "")).contains("an anonymous type, which no xsi:type can name");
  }

  @Test
  void anythingElseIsAProblemInWords() {
    assertThat(Xsi.typeProblem("t:Other", NS, NS, "Item")).isEqualTo("xsi:type=\"t:Other\" names {urn:t}Other, but"
        + " this element's type is {urn:t}Item, and that is not a type that may stand for it (a concrete type"
        + " derived from it that neither the element nor its type blocks)");
    assertThat(Xsi.typeProblem("t:Other", NS, NS, "Item", true)).isEqualTo("xsi:type=\"t:Other\" names {urn:t}Other,"
        + " but this element's type is {urn:t}Item, and that is not a simple type of the schema derived from it"
        + " that the element allows");
    assertThat(Xsi.typeProblem("u:Item", null, NS, "Item")).contains("the prefix u, which is bound to no namespace here");
    assertThat(Xsi.typeProblem("Item", null, NS, "Item")).contains("names {}Item");
    for (String notAQName : new String[] {"", " ", ":Item", "t:", "a:b:c", "t:It em"}) {
      assertThat(Xsi.typeProblem(notAQName, NS, NS, "Item")).contains("is not a type name (a QName)");
    }
  }
}
