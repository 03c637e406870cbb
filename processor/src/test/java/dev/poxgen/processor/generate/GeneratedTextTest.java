package dev.poxgen.processor.generate;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.poxgen.processor.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated sources read as if a careful person wrote them, for every fixture schema and the
 * bundled one: plain text (no control character but the line feed), no empty method or branch,
 * enum values compared as constants, and each namespace URI written once per class, as a constant.
 */
class GeneratedTextTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  /** The one empty block allowed: a private no-argument constructor, which keeps a class uninstantiable. */
  private static final Pattern PRIVATE_CONSTRUCTOR = Pattern.compile("private [A-Z][A-Za-z0-9_]*\\(\\)");

  /**
   * The compilation of the bundled schema and of every fixture schema that generates code: all but
   * those under {@code problems/}, which exist to be rejected and must generate nothing.
   */
  static List<Compilation> everySchema() throws IOException {
    List<Compilation> out = new ArrayList<>();
    out.add(Fixtures.compileBundled("bundled"));
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      for (Path xsd : files.filter(p -> p.toString().endsWith(".xsd")).sorted().toList()) {
        String relative = FIXTURES.relativize(xsd).toString().replace('\\', '/');
        Compilation c = Fixtures.compileSchema(relative.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT),
            "fixtures/" + relative);
        boolean rejected = relative.startsWith("problems/");
        assertWithMessage("%s compiles", relative).that(c.status())
            .isEqualTo(rejected ? Compilation.Status.FAILURE : Compilation.Status.SUCCESS);
        if (!rejected) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static String text(JavaFileObject f) {
    try {
      return f.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noGeneratedFileHoldsAControlCharacterButTheLineFeed() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Compilation c : everySchema()) {
      for (JavaFileObject f : c.generatedSourceFiles()) {
        files++;
        String text = text(f);
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
          char ch = text.charAt(i);
          if (ch == '\n') {
            line++;
            column = 1;
            continue;
          }
          if (Character.isISOControl(ch)) {
            found.add(String.format(Locale.ROOT, "%s:%d:%d: U+%04X", f.getName(), line, column, (int) ch));
          }
          column++;
        }
      }
    }
    assertWithMessage("generated files checked").that(files).isGreaterThan(60);
    assertWithMessage("control characters in generated sources (file:line:column)").that(found).isEmpty();
  }

  @Test
  void noGeneratedMethodOrBranchIsEmpty() throws IOException {
    Pattern emptyBlock = Pattern.compile("(?m)^(.*)\\{\\n\\s*\\}");
    List<String> found = new ArrayList<>();
    for (JavaFileObject f : everyGeneratedFile()) {
      String text = text(f);
      Matcher m = emptyBlock.matcher(text);
      while (m.find()) {
        String opening = m.group(1).strip();
        if (!PRIVATE_CONSTRUCTOR.matcher(opening).matches()) {
          found.add(f.getName() + ":" + line(text, m.start()) + ": " + opening);
        }
      }
    }
    assertWithMessage("empty blocks other than private no-argument constructors").that(found).isEmpty();
  }

  @Test
  void enumValuesAreComparedAsConstantsNotByTheirText() throws IOException {
    List<String> found = new ArrayList<>();
    for (JavaFileObject f : everyGeneratedFile()) {
      String[] lines = text(f).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].contains("lexicalForms().contains(") || lines[i].contains("xmlValue().equals(")
            || lines[i].matches(".*\\.xmlValue\\(\\)\\s*==.*")) {
          found.add(f.getName() + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertWithMessage("enum values compared by their XML text").that(found).isEmpty();
  }

  @Test
  void eachNamespaceIsOneConstantPerClass() throws IOException {
    // A URL or a URN; not an XPath of an identity constraint such as "s:Product", which has a prefix.
    Pattern uriLiteral = Pattern.compile("\"((?:[a-z][a-z0-9+.-]*://|urn:)[^\"\\s]+)\"");
    Pattern declaration = Pattern.compile("^\\s*private static final String NS_[A-Z0-9_]+ = \"[^\"]+\";$");
    // A value too long for the line starts the next one, under the declaration it completes.
    Pattern declarationStart = Pattern.compile("^\\s*private static final String NS_[A-Z0-9_]+ =$");
    Pattern value = Pattern.compile("^\\s*\"[^\"]+\";$");
    List<String> found = new ArrayList<>();
    int constants = 0;
    for (JavaFileObject f : everyGeneratedFile()) {
      String[] lines = text(f).split("\n", -1);
      List<String> declared = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        Matcher m = uriLiteral.matcher(lines[i]);
        while (m.find()) {
          boolean isDeclaration = declaration.matcher(lines[i]).matches()
              || i > 0 && declarationStart.matcher(lines[i - 1]).matches() && value.matcher(lines[i]).matches();
          if (!isDeclaration) {
            found.add(f.getName() + ":" + (i + 1) + ": " + m.group(1) + " written as a literal");
          } else if (declared.contains(m.group(1))) {
            found.add(f.getName() + ":" + (i + 1) + ": " + m.group(1) + " declared twice");
          } else {
            declared.add(m.group(1));
            constants++;
          }
        }
      }
    }
    assertWithMessage("namespace constants declared").that(constants).isGreaterThan(10);
    assertWithMessage("namespace URIs outside their constant").that(found).isEmpty();
  }

  private static List<JavaFileObject> everyGeneratedFile() throws IOException {
    List<JavaFileObject> out = new ArrayList<>();
    for (Compilation c : everySchema()) {
      out.addAll(c.generatedSourceFiles());
    }
    return out;
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
