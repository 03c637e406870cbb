package dev.poxgen.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.processor.model.IdentityPath;
import dev.poxgen.processor.model.IdentityPath.NameTest;
import dev.poxgen.processor.model.IdentityPath.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The XPath subset of identity constraints (XSD 1.0, 3.11.6): what it takes and what it refuses. */
class IdentityPathParserTest {
  private static final Function<String, String> NS = Map.of("t", "urn:t", "u", "urn:u")::get;

  private static IdentityPath selector(String xpath) {
    return IdentityPathParser.selector(xpath, NS);
  }

  private static IdentityPath field(String xpath) {
    return IdentityPathParser.field(xpath, NS);
  }

  private static String refusal(boolean field, String xpath) {
    return assertThrows(IdentityPathParser.Refusal.class,
        () -> {
          if (field) {
            IdentityPathParser.field(xpath, NS);
          } else {
            IdentityPathParser.selector(xpath, NS);
          }
        }).getMessage();
  }

  @Test
  void childStepsResolveTheirPrefixesAndUnprefixedNamesAreInNoNamespace() {
    assertThat(selector("t:Books/t:Book/Note").alternatives()).containsExactly(new Path(false,
        List.of(NameTest.of("urn:t", "Books"), NameTest.of("urn:t", "Book"), NameTest.of("", "Note")), Optional.empty()));
  }

  @Test
  void dotWildcardsDescendantsAndUnions() {
    assertThat(selector(".").alternatives()).containsExactly(new Path(false, List.of(), Optional.empty()));
    assertThat(selector(" .//t:Item | ./*/u:* ").alternatives()).containsExactly(
        new Path(true, List.of(NameTest.of("urn:t", "Item")), Optional.empty()),
        new Path(false, List.of(NameTest.any(), NameTest.anyIn("urn:u")), Optional.empty()));
    assertThat(selector("child::t:a/.").alternatives()).containsExactly(
        new Path(false, List.of(NameTest.of("urn:t", "a")), Optional.empty()));
  }

  @Test
  void anAxisMayHaveWhitespaceBeforeItsDoubleColonAsXPathAllows() {
    // msData/identityConstraint/idI024.xsd writes "child ::imp:iid", which the JDK takes.
    assertThat(selector("child ::t:a").alternatives()).containsExactly(
        new Path(false, List.of(NameTest.of("urn:t", "a")), Optional.empty()));
    assertThat(field("attribute :: id").alternatives()).containsExactly(
        new Path(false, List.of(), Optional.of(NameTest.of("", "id"))));
    assertThat(selector("child").alternatives()).containsExactly(
        new Path(false, List.of(NameTest.of("", "child")), Optional.empty()));
  }

  @Test
  void aFieldMayEndInAnAttributeStep() {
    assertThat(field("@id").alternatives()).containsExactly(new Path(false, List.of(), Optional.of(NameTest.of("", "id"))));
    assertThat(field("t:part/attribute::u:*").alternatives()).containsExactly(
        new Path(false, List.of(NameTest.of("urn:t", "part")), Optional.of(NameTest.anyIn("urn:u"))));
    assertThat(field("t:name | @name").alternatives()).hasSize(2);
  }

  @Test
  void namesWithDotsAndDashesAreNames() {
    assertThat(selector("a.b/c-d").alternatives().get(0).steps())
        .containsExactly(NameTest.of("", "a.b"), NameTest.of("", "c-d"));
  }

  @Test
  void whatIsOutsideTheSubsetIsRefusedSayingWhereAndWhatWasExpected() {
    assertThat(refusal(false, "@id")).contains("a selector selects elements, not attributes");
    assertThat(refusal(false, "a//b")).contains("\"//\" is allowed only as the leading \".//\"");
    assertThat(refusal(false, "//a")).contains("at \"//a\" (character 1) it expected a name");
    assertThat(refusal(false, "a[1]")).contains("at \"[1]\" (character 2) it expected \"|\" or the end");
    assertThat(refusal(false, "parent::a")).contains("the axis \"parent::\" is not in XSD's XPath subset");
    assertThat(refusal(true, "@id/a")).contains("it expected \"|\" or the end");
    assertThat(refusal(true, "text()")).contains("it expected \"|\" or the end");
    assertThat(refusal(false, "")).contains("the selector XPath \"\" is outside XSD 1.0's XPath subset");
  }

  @Test
  void anUnboundPrefixIsRefused() {
    assertThat(refusal(false, "x:a")).contains("the prefix \"x\" in the XPath \"x:a\" is not bound to a namespace");
  }
}
