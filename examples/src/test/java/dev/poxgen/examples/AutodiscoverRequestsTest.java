package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverRequest;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.client.AutodiscoverRequests;
import dev.poxgen.examples.testing.Corpus;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;

class AutodiscoverRequestsTest {
  @Test
  void theRequestIsWhatOutlookAndTheCorpusSend() throws Exception {
    assumeTrue(Corpus.corpus().isPresent(), Corpus.ABSENT);
    String davmail = Files.readString(Corpus.corpus().get().resolve("davmail__request.xml"));
    String ours = AutodiscoverRequests.xml("user@example.com");
    assertThat(DiffBuilder.compare(Input.fromString(davmail)).withTest(Input.fromString(ours))
        .ignoreWhitespace().checkForIdentical().build().hasDifferences()).isFalse();
  }

  @Test
  void theRequestIsStrictlyValidAndEscaped() throws Exception {
    String xml = AutodiscoverRequests.xml("o'brien&sons@example.com");
    assertThat(xml).contains("<EMailAddress>o'brien&amp;sons@example.com</EMailAddress>");
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\""
        + "http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006\">");
    ReadResult<AutodiscoverRequest> back = AutodiscoverXml.readAutodiscoverRequest(XmlInput.ofString(xml), ReadOptions.strict());
    assertThat(back.isClean()).isTrue();
    assertThat(back.value().request().orElseThrow().eMailAddress()).hasValue("o'brien&sons@example.com");
  }

  @Test
  void notAnAddress() {
    assertThrows(IllegalArgumentException.class, () -> AutodiscoverRequests.forEmail("example.com"));
    assertThrows(IllegalArgumentException.class, () -> AutodiscoverRequests.forEmail("ada@"));
  }
}
