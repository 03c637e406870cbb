package dev.poxgen.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the README prints for a consumer to copy is what the consumer projects in {@code src/it}
 * contain, which the invoker builds with a real Maven: so a snippet that the build has not proven
 * cannot be printed.
 */
class ReadmeSnippetTest {
  private static final Path ROOT = Path.of(System.getProperty("poxgen.repo.root", "..")).toAbsolutePath().normalize();
  private static final Path CONSUMERS = ROOT.resolve("it/src/it");

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The README's "Add it to your build" section, up to the next second-level heading. */
  private static String section() throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## Add it to your build\n");
    assertWithMessage("README has an \"Add it to your build\" section").that(start).isAtLeast(0);
    int end = readme.indexOf("\n## ", start + 1);
    return end < 0 ? readme.substring(start) : readme.substring(start, end);
  }

  /** The fenced code blocks of a language, in order. */
  private static List<String> blocks(String text, String language) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^```" + language + "\\n(.*?)^```$", Pattern.DOTALL).matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** Lines without trailing blanks, without leading and trailing empty lines, without common indentation. */
  private static String dedent(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.replaceAll("\\s+$", ""));
    }
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isEmpty()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isEmpty() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString();
  }

  private static String between(String text, String begin, String end) {
    int b = text.indexOf(begin);
    int e = text.indexOf(end);
    assertWithMessage("markers %s and %s", begin, end).that(b >= 0 && e > b).isTrue();
    return text.substring(b + begin.length(), e);
  }

  @Test
  void theMavenSnippetIsTheReadmeConsumersPom() throws IOException {
    List<String> xml = blocks(section(), "xml");
    assertThat(xml).isNotEmpty();
    String pom = read(CONSUMERS.resolve("readme-maven/pom.xml"));
    assertThat(dedent(between(pom, "<!-- README: begin -->", "<!-- README: end -->"))).isEqualTo(dedent(xml.get(0)));
  }

  @Test
  void theModuleDeclarationIsTheModuleConsumers() throws IOException {
    String moduleInfo = blocks(section(), "java").stream()
        .filter(b -> b.contains("module ") && b.contains("requires"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README shows no module-info.java in \"Add it to your build\""));
    assertThat(dedent(moduleInfo))
        .isEqualTo(dedent(read(CONSUMERS.resolve("jpms-module/src/main/java/module-info.java"))));
  }

  @Test
  void theTourAnnotationIsTheReadmeConsumers() throws IOException {
    String readme = read(ROOT.resolve("README.md"));
    String annotation = blocks(readme, "java").stream()
        .filter(b -> b.contains("@GeneratePox") && b.contains("package "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README shows no package-info.java"));
    assertThat(dedent(annotation)).isEqualTo(dedent(read(
        CONSUMERS.resolve("readme-maven/src/main/java/com/example/autodiscover/package-info.java"))));
  }

  @Test
  void everyPrintedVersionIsThisBuilds() throws IOException {
    String version = System.getProperty("poxgen.version");
    assertThat(version).isNotNull();
    String section = section();
    Matcher maven = Pattern.compile("<artifactId>(poxgen-[a-z]+)</artifactId>\\s*<version>([^<]+)</version>").matcher(section);
    int found = 0;
    while (maven.find()) {
      found++;
      assertWithMessage("README's version of %s", maven.group(1)).that(maven.group(2)).isEqualTo(version);
    }
    Matcher gradle = Pattern.compile("'dev\\.poxgen:(poxgen-[a-z]+):([^']+)'").matcher(section);
    while (gradle.find()) {
      found++;
      assertWithMessage("README's Gradle version of %s", gradle.group(1)).that(gradle.group(2)).isEqualTo(version);
    }
    assertThat(found).isAtLeast(4);
  }
}
