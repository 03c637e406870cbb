package dev.poxgen.internal.xml;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** kXML 2's RuntimeException messages, as it throws them, in words and without the parser object. */
class PullEventsMessagesTest {
  @Test
  void anUndefinedPrefix() {
    assertThat(PullEvents.runtimeFailure("Undefined Prefix: p in org.kxml2.io.KXmlParser@e260766"))
        .isEqualTo("the prefix p is bound to no namespace");
  }

  @Test
  void anyOtherKeepsItsMessageWithoutTheParser() {
    assertThat(PullEvents.runtimeFailure("something odd in org.kxml2.io.KXmlParser@1"))
        .isEqualTo("the parser could not read the markup here (something odd)");
    assertThat(PullEvents.runtimeFailure(null)).isEqualTo("the parser could not read the markup here");
  }
}
