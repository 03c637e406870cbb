package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverDocument;
import dev.poxgen.examples.autodiscover.AutodiscoverDocumentKind;
import dev.poxgen.examples.autodiscover.AutodiscoverRequest;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.MobileSyncAutodiscoverRequest;
import dev.poxgen.examples.autodiscover.MobileSyncResponse;
import dev.poxgen.examples.autodiscover.OutlookResponse;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed facade: {@code read} gives the sealed {@link AutodiscoverDocument}, which a switch on
 * its kind takes apart; every read takes an {@link XmlInput}; one {@code toXml} writes any document.
 */
class DocumentFacadeTest {
  private static final String RESPONSE = "<Autodiscover xmlns='http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006'>"
      + "<Response xmlns='http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'><Account>"
      + "<AccountType>email</AccountType><Action>settings</Action></Account></Response></Autodiscover>";
  private static final String REQUEST = "<Autodiscover xmlns='http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006'>"
      + "<Request><EMailAddress>ada@example.com</EMailAddress><AcceptableResponseSchema>"
      + "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>"
      + "</Request></Autodiscover>";

  /** What a Java 17 caller writes: a switch on the kind, one case per document element. */
  private static String describe(AutodiscoverDocument document) {
    switch (document.kind()) {
      case AUTODISCOVER_RESPONSE:
        return "response with " + ((AutodiscoverResponse) document).outlookResponse().isPresent();
      case AUTODISCOVER_REQUEST:
        return "request for " + ((AutodiscoverRequest) document).request().flatMap(r -> r.eMailAddress()).orElse("?");
      case MOBILE_SYNC_AUTODISCOVER_REQUEST:
      case OUTLOOK_RESPONSE:
      case MOBILE_SYNC_RESPONSE:
      default:
        return document.kind().name();
    }
  }

  @Test
  void readGivesTheSealedDocumentAndItsKind() throws Exception {
    AutodiscoverDocument response = AutodiscoverXml.read(XmlInput.ofString(RESPONSE)).value();
    assertThat(response.kind()).isEqualTo(AutodiscoverDocumentKind.AUTODISCOVER_RESPONSE);
    assertThat(response).isInstanceOf(AutodiscoverResponse.class);
    assertThat(describe(response)).isEqualTo("response with true");
    AutodiscoverDocument request = AutodiscoverXml.read(XmlInput.ofString(REQUEST), ReadOptions.strict()).value();
    assertThat(request.kind()).isEqualTo(AutodiscoverDocumentKind.AUTODISCOVER_REQUEST);
    assertThat(describe(request)).isEqualTo("request for ada@example.com");
  }

  @Test
  void eachClassOfADocumentElementHasItsOwnKind() {
    List<AutodiscoverDocument> documents = List.of(AutodiscoverResponse.builder().build(),
        AutodiscoverRequest.builder().build(), MobileSyncAutodiscoverRequest.builder().build(),
        OutlookResponse.builder().build(), MobileSyncResponse.builder().build());
    assertThat(documents.stream().map(AutodiscoverDocument::kind).toList())
        .containsExactlyElementsIn(AutodiscoverDocumentKind.values());
    assertThat(AutodiscoverDocument.class.isSealed()).isTrue();
    assertThat(AutodiscoverDocument.class.getPermittedSubclasses()).hasLength(AutodiscoverDocumentKind.values().length);
  }

  @Test
  void everyKindOfInputReadsTheSameValue(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.xml"), RESPONSE);
    byte[] bytes = RESPONSE.getBytes(StandardCharsets.UTF_8);
    AutodiscoverResponse fromString = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(RESPONSE)).value();
    assertThat(AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(file)).value()).isEqualTo(fromString);
    assertThat(AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new ByteArrayInputStream(bytes))).value())
        .isEqualTo(fromString);
    assertThat(AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new StringReader(RESPONSE)), ReadOptions.strict())
        .value()).isEqualTo(fromString);
  }

  @Test
  void oneToXmlWritesAnyDocument() throws Exception {
    ReadResult<AutodiscoverDocument> read = AutodiscoverXml.read(XmlInput.ofString(REQUEST));
    String xml = AutodiscoverXml.toXml(read.value());
    assertThat(AutodiscoverXml.read(XmlInput.ofString(xml)).value()).isEqualTo(read.value());
  }

  @Test
  void theFacadeHasTwoReadsPerDocumentElementAndTwoForAny() {
    List<Method> reads = Arrays.stream(AutodiscoverXml.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getName().startsWith("read"))
        .toList();
    assertThat(reads).hasSize(2 + 2 * AutodiscoverDocumentKind.values().length);
    assertThat(reads.stream().allMatch(m -> m.getParameterTypes()[0] == XmlInput.class)).isTrue();
  }
}
