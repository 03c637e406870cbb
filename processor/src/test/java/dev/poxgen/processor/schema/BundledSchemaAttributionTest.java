package dev.poxgen.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.poxgen.processor.testing.RepoPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled schema is adapted from Microsoft's POX Autodiscover reference pages under CC BY 4.0,
 * which asks for the creator, the source, the licence, the disclaimer and what was changed. Every
 * bundled XSD says so in its leading comment (or says it is poxgen's own), and so does NOTICE.
 */
class BundledSchemaAttributionTest {
  private static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
  private static final String SOURCE = "https://github.com/MicrosoftDocs/office-developer-exchange-docs";
  private static final String COMMIT = "5a8808d74cb7719af2e4db3212a22a27edee9dfc";

  private static List<Path> bundledXsds() throws IOException {
    Path folder = RepoPaths.root().resolve("processor/src/main/resources")
        .resolve(BundledSchema.AUTODISCOVER.resourceFolder());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".xsd")).sorted().toList();
    }
  }

  @Test
  void everyBundledXsdNamesItsSourceAndLicence() throws IOException {
    int adapted = 0;
    List<Path> xsds = bundledXsds();
    assertThat(xsds).isNotEmpty();
    for (Path xsd : xsds) {
      String text = Files.readString(xsd, StandardCharsets.UTF_8);
      String header = text.substring(0, text.indexOf("<xs:schema"));
      String name = xsd.getFileName().toString();
      assertWithMessage("%s: the licence link", name).that(header).contains(LICENCE);
      assertWithMessage("%s: points to NOTICE", name).that(header).contains("NOTICE");
      if (header.contains("Attribution.")) {
        adapted++;
        assertWithMessage("%s: the creator", name).that(header).contains("Microsoft Corporation");
        assertWithMessage("%s: the source", name).that(header).contains(SOURCE);
        assertWithMessage("%s: the source's commit", name).that(header).contains(COMMIT);
        assertWithMessage("%s: the licence's name", name).that(header).contains("CC BY 4.0");
        assertWithMessage("%s: what was changed", name).that(header).contains("Changed by poxgen");
        assertWithMessage("%s: the disclaimer", name).that(header).contains("without warranties");
      } else {
        assertWithMessage("%s: neither adapted nor poxgen's own", name).that(header).contains("Written for poxgen");
      }
    }
    assertThat(adapted).isAtLeast(3);
  }

  @Test
  void noticeCarriesTheSameAttribution() throws IOException {
    String notice = Files.readString(RepoPaths.root().resolve("NOTICE"), StandardCharsets.UTF_8);
    assertThat(notice).contains("Microsoft Corporation");
    assertThat(notice).contains(SOURCE);
    assertThat(notice).contains(COMMIT);
    assertThat(notice).contains("https://creativecommons.org/licenses/by/4.0/legalcode");
    assertThat(notice).contains("Changes made by poxgen");
    assertThat(notice).contains("without warranties");
  }

  @Test
  void theCommitIsTheOneTheReferenceCopyCameFrom() throws IOException {
    Optional<Path> docs = RepoPaths.poxDocs();
    assumeTrue(docs.isPresent(), RepoPaths.NO_SHARED);
    assertThat(Files.readString(docs.get().resolve("SOURCE.md"), StandardCharsets.UTF_8)).contains("commit " + COMMIT);
  }
}
