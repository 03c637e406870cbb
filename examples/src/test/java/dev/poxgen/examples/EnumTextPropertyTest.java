package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.poxgen.Code;
import dev.poxgen.Finding;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.OnOff;
import dev.poxgen.examples.autodiscover.Protocol;
import dev.poxgen.examples.autodiscover.ProtocolType;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The text of an enumerated element reads as the value the public {@code fromXml} finds for it
 * (which collapses the whitespace of a String and looks the result up), whatever its whitespace:
 * the generated reader's own matching, over the parser's characters, must agree with it. Texts are
 * drawn from the spellings, other cases of them, their pieces and whitespace, so most are near
 * misses. (The elements have no default, which an empty one would take.)
 */
class EnumTextPropertyTest {
  private static final String R = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

  @Property(tries = 600, seed = "20261207")
  void aProtocolTypeTextReadsAsFromXmlSaysAndOnlyAMissIsAFinding(@ForAll("typeTexts") String text)
      throws Exception {
    readsAsFromXmlSays(text, read("<Type>" + text + "</Type>").type(), ProtocolType.fromXml(text));
  }

  @Property(tries = 600, seed = "20261207")
  void anOnOffTextReadsAsFromXmlSaysAndOnlyAMissIsAFinding(@ForAll("onOffTexts") String text)
      throws Exception {
    Protocol p = read("<Type>IMAP</Type><DomainRequired>" + text + "</DomainRequired>");
    readsAsFromXmlSays(text, p.domainRequired(), OnOff.fromXml(text));
  }

  /** The value read is {@code fromXml}'s, without a finding; where that has none, a finding. */
  private <T> void readsAsFromXmlSays(String text, Optional<T> read, Optional<T> fromXml) {
    if (fromXml.isPresent()) {
      assertWithMessage("[%s]", text).that(read).isEqualTo(fromXml);
      assertWithMessage("[%s]", text).that(enumerationFindings).isEmpty();
    } else {
      assertWithMessage("[%s] is no spelling: a finding", text).that(enumerationFindings).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<String> typeTexts() {
    return texts(ProtocolType.allLexicalForms());
  }

  @Provide
  Arbitrary<String> onOffTexts() {
    return texts(OnOff.allLexicalForms());
  }

  /** Pieces joined: spellings, their other cases and halves, and XML whitespace. */
  private static Arbitrary<String> texts(List<String> forms) {
    Arbitrary<String> form = Arbitraries.of(forms);
    Arbitrary<String> piece = Arbitraries.oneOf(
        form,
        form.map(f -> f.toUpperCase(java.util.Locale.ROOT)),
        form.map(f -> f.toLowerCase(java.util.Locale.ROOT)),
        form.map(f -> f.substring(0, f.length() / 2)),
        form.map(f -> f.substring(f.length() / 2)),
        Arbitraries.of(" ", "  ", "\t", "\n", " \t\n", "x"));
    return piece.list().ofMinSize(0).ofMaxSize(4).map(l -> String.join("", l));
  }

  private List<Finding> enumerationFindings;

  private Protocol read(String inside) throws Exception {
    String xml = "<Autodiscover xmlns='" + R + "'><Response xmlns='" + O + "'><Account>"
        + "<AccountType>email</AccountType><Action>settings</Action><Protocol>" + inside
        + "</Protocol></Account></Response></Autodiscover>";
    ReadResult<AutodiscoverResponse> r = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml),
        ReadOptions.lenient());
    enumerationFindings = r.findings().stream().filter(f -> f.code() == Code.ENUMERATION).toList();
    return r.value().outlookResponse().orElseThrow().account().orElseThrow().protocols().get(0);
  }
}
