package dev.poxgen.internal;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class WhiteSpaceRuleTest {
  @Test
  void preserveKeepsEverything() {
    assertThat(WhiteSpaceRule.PRESERVE.apply(" on\t")).isEqualTo(" on\t");
  }

  @Test
  void replaceTurnsTabsAndNewlinesIntoSpaces() {
    assertThat(WhiteSpaceRule.REPLACE.apply("a\tb\r\nc")).isEqualTo("a b  c");
    assertThat(WhiteSpaceRule.REPLACE.apply("plain")).isSameInstanceAs("plain");
  }

  @Test
  void collapseTrimsAndFoldsRuns() {
    assertThat(WhiteSpaceRule.COLLAPSE.apply("on ")).isEqualTo("on");
    assertThat(WhiteSpaceRule.COLLAPSE.apply("\n  Basic,\t\t Fba \n")).isEqualTo("Basic, Fba");
    assertThat(WhiteSpaceRule.COLLAPSE.apply("   ")).isEmpty();
    assertThat(WhiteSpaceRule.COLLAPSE.apply("a b")).isEqualTo("a b");
  }
}
