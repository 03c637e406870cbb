package dev.poxgen.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.SchemaModel;
import dev.poxgen.processor.testing.RepoPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every element of Microsoft's POX reference pages is in the model, by its exact XML name, with
 * the page's description as its documentation.
 */
class PoxDocsCoverageTest {
  private static final SchemaModel MODEL = new SchemaLoader().load(BundledSchema.AUTODISCOVER.schemaSet());
  private static final Pattern HEADING = Pattern.compile("(?m)^# (\\S+) \\(POX\\)\\s*$");

  /** The checked-in list of the 79 page names, so this check runs without ../shared too. */
  private static List<String> listedNames() throws IOException {
    try (InputStream in = Objects.requireNonNull(
        PoxDocsCoverageTest.class.getResourceAsStream("/schema/pox-elements.txt"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }

  /** The one spelling difference: the AutoDiscover page documents {@code <Autodiscover>}. */
  private static String xmlName(String heading) {
    return heading.equals("AutoDiscover") ? "Autodiscover" : heading;
  }

  @Test
  void everyListedElementIsInTheModel() throws IOException {
    List<String> names = listedNames();
    assertThat(names).hasSize(79);
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (MODEL.elementsNamed(xmlName(name)).isEmpty()) {
        missing.add(name);
      }
    }
    assertWithMessage("elements with a page but no declaration").that(missing).isEmpty();
  }

  @Test
  void hyphenatedNamesAreFoundExactly() {
    assertThat(MODEL.elementsNamed("EcpUrl-tmHiding")).hasSize(1);
    assertThat(MODEL.elementsNamed("EcpUrl-tmhiding")).isEmpty();
  }

  @Test
  void theListIsThePagesHeadings() throws IOException {
    Optional<Path> docs = RepoPaths.poxDocs();
    assumeTrue(docs.isPresent(), RepoPaths.NO_SHARED);
    assertThat(new TreeSet<>(headings(docs.get()).stream().map(Page::heading).toList()))
        .containsExactlyElementsIn(new TreeSet<>(listedNames()));
  }

  @Test
  void everyPageDescriptionIsTheElementsDocumentation() throws IOException {
    Optional<Path> docs = RepoPaths.poxDocs();
    assumeTrue(docs.isPresent(), RepoPaths.NO_SHARED);
    List<String> wrong = new ArrayList<>();
    for (Page page : headings(docs.get())) {
      List<ElementModel> declared = MODEL.elementsNamed(xmlName(page.heading()));
      boolean documented = declared.stream()
          .anyMatch(e -> e.documentation().text().startsWith(page.description()));
      if (!documented) {
        wrong.add(page.heading() + ": want documentation starting \"" + page.description() + "\", have "
            + declared.stream().map(e -> "\"" + e.documentation().text() + "\"").toList());
      }
    }
    assertWithMessage("elements whose documentation is not their page's description").that(wrong).isEmpty();
  }

  record Page(String heading, String description) {}

  private static List<Page> headings(Path docs) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> s = Files.list(docs)) {
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith("-pox.md")).sorted().toList()) {
        String text = Files.readString(p);
        Matcher m = HEADING.matcher(text);
        if (!m.find()) {
          throw new AssertionError(p + " has no '# Name (POX)' heading");
        }
        String rest = text.substring(m.end()).strip();
        String firstParagraph = rest.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        pages.add(new Page(m.group(1), clean(firstParagraph)));
      }
    }
    return pages;
  }

  /** Markdown to the plain text the XSD carries: links to their text, no bold, no "(POX)". */
  private static String clean(String markdown) {
    return markdown.replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1")
        .replace("**", "")
        .replace(" (POX)", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
