package dev.poxgen.processor.w3c;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.processor.diag.Message;
import org.junit.jupiter.api.Test;

/** How the report groups refusals: by tag, and by what is not supported, without names or values. */
class W3cReportTest {
  @Test
  void unsupportedKeepsWhatIsNotSupportedWithoutItsValues() {
    String message = Message.XSD_UNSUPPORTED.format("msData/a/b.xsd", "complexType \"T\" > sequence",
        "minOccurs=\"5\"", "Use a smaller minOccurs.");
    assertThat(W3cReport.reason(message)).isEqualTo("poxgen:xsd-unsupported: minOccurs=\"...\" is not supported");
  }

  @Test
  void unresolvedKeepsTheKindOfComponent() {
    String message = Message.XSD_UNRESOLVED.format("b.xsd", "element \"e\"", "type", "{urn:t}missing", "");
    assertThat(W3cReport.reason(message)).isEqualTo("poxgen:xsd-unresolved: type is not declared");
  }

  @Test
  void malformedKeepsTheGistAfterTheComponentPath() {
    String message = Message.XSD_MALFORMED.format("b.xsd",
        "complexType fooType > sequence > element foo: totalDigits \"-1\" is not a non-negative integer (it must be)");
    assertThat(W3cReport.reason(message))
        .isEqualTo("poxgen:xsd-malformed: totalDigits \"...\" is not a non-negative integer");
    assertThat(W3cReport.reason(Message.XSD_CYCLE.format("b.xsd"))).isEqualTo("poxgen:xsd-cycle");
  }
}
