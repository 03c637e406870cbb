package dev.poxgen.internal.xml;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The JDK parser's namespace errors, as it gives them on a reused reader (seen on JDK 17), in words. */
class StaxFailuresTest {
  private static final String DOMAIN = "http://www.w3.org/TR/1999/REC-xml-names-19990114#";

  @Test
  void theKeysSeenAreInWords() {
    assertThat(StaxFailures.namespaceWords(DOMAIN + "AttributeNotUnique?a&x"))
        .isEqualTo("the attribute x appears twice on the element <a>");
    assertThat(StaxFailures.namespaceWords(DOMAIN + "AttributePrefixUnbound?a&p:b&p"))
        .isEqualTo("the prefix p of the attribute p:b on <a> is bound to no namespace");
    assertThat(StaxFailures.namespaceWords(DOMAIN + "CantBindXML?prefix=\"xmlns\",localpart=\"xml\",rawname=\"xmlns:xml\""))
        .isEqualTo("the prefix xml may be bound only to http://www.w3.org/XML/1998/namespace, and that namespace only to xml");
    assertThat(StaxFailures.namespaceWords(DOMAIN + "ElementPrefixUnbound?p&p:b"))
        .isEqualTo("the prefix p of the element <p:b> is bound to no namespace");
  }

  @Test
  void anUnknownKeyIsStillWords() {
    assertThat(StaxFailures.namespaceWords(DOMAIN + "SomethingNewHere?a&b"))
        .isEqualTo("a namespace error (something new here: a, b)");
  }

  @Test
  void otherMessagesAreLeftAlone() {
    assertThat(StaxFailures.namespaceWords("Content is not allowed in prolog.")).isEqualTo("Content is not allowed in prolog.");
  }
}
