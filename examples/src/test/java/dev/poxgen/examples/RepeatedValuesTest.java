package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.OnOff;
import dev.poxgen.examples.autodiscover.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each value of a repeated child holds what its own element gave and nothing of its siblings':
 * the reader builds them all with one builder, emptied between them.
 */
class RepeatedValuesTest {
  private static final String R = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

  @Test
  void aProtocolHoldsNothingOfTheOneBeforeIt() throws Exception {
    String xml = "<Autodiscover xmlns='" + R + "'><Response xmlns='" + O + "'><Account>"
        + "<Protocol Type='x'><Type>IMAP</Type><Server>imap.example.net</Server><Port>993</Port>"
        + "<DomainRequired>off</DomainRequired><SPA>Off</SPA><AuthRequired>off</AuthRequired><Unknown>u</Unknown>"
        + "</Protocol>"
        + "<Protocol><Type>POP3</Type></Protocol>"
        + "<Protocol><Server>smtp.example.net</Server><SPA>off</SPA></Protocol>"
        + "</Account></Response></Autodiscover>";
    ReadResult<AutodiscoverResponse> r = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml),
        ReadOptions.lenient());
    List<Protocol> protocols = r.value().outlookResponse().orElseThrow().account().orElseThrow().protocols();
    assertThat(protocols).hasSize(3);
    Protocol imap = protocols.get(0);
    Protocol pop = protocols.get(1);
    Protocol smtp = protocols.get(2);
    assertThat(imap.port().getAsInt()).isEqualTo(993);
    assertThat(imap.authRequired()).hasValue(OnOff.OFF);
    assertThat(imap.extras().isEmpty()).isFalse(); // the Type attribute, <Unknown>, SPA's spelling
    assertThat(pop.server()).isEmpty();
    assertThat(pop.port().isPresent()).isFalse();
    assertThat(pop.domainRequired()).isEmpty();
    assertThat(pop.hasAuthRequired()).isFalse();
    assertThat(pop.authRequired()).hasValue(OnOff.ON); // the schema's default, not the IMAP one's value
    assertThat(pop.extras().isEmpty()).isTrue();
    assertThat(pop).isEqualTo(Protocol.builder().type(pop.type().orElseThrow()).build());
    assertThat(smtp.type()).isEmpty();
    assertThat(smtp.spaLexical()).hasValue("off");
    assertThat(smtp.extras().isEmpty()).isTrue();
    // And the first is as it was read, after the others were built.
    assertThat(imap.server()).hasValue("imap.example.net");
    assertThat(imap.spaLexical()).hasValue("Off");
  }
}
