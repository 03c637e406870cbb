package dev.poxgen.internal.xml;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.PoxReadException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The encoding the XML declaration names is found by hand as the regular expression it replaced
 * found it: the same name or none on every head, and the same refusal of a name that is not one.
 */
class DeclaredEncodingTest {
  /** The expression {@link Decoding#declaredEncoding} used before it was written by hand: the oracle. */
  private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"'>]*)[\"']");
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
  private static final String[] PIECES = {"<?xml", " ", "\t", "\n", "\u000b", "\f", "\r", "encoding", "encodin",
      "=", "\"", "'", ">", "?>", "UTF-8", "utf-16", "ISO-8859-1", "x", "1", ".", "_", "-", "version=\"1.0\"",
      "\ufeff", "\u00e9", "<", "standalone='yes'"};

  @Test
  void findsWhatTheRegularExpressionFound() {
    Random random = new Random(42);
    for (int trial = 0; trial < 20000; trial++) {
      StringBuilder b = new StringBuilder(trial % 3 == 0 ? "" : "<?xml ");
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      String expected = oracle(text);
      String actual;
      try {
        actual = Decoding.declaredEncoding(text);
      } catch (PoxReadException e) {
        actual = "refused";
      }
      assertWithMessage("%s", text.replace("\n", "\\n").replace("\r", "\\r")).that(actual).isEqualTo(expected);
    }
  }

  private static String oracle(String text) {
    Matcher m = DECLARED.matcher(text.startsWith("\ufeff") ? text.substring(1) : text);
    if (!m.find()) {
      return null;
    }
    return NAME.matcher(m.group(1)).matches() ? m.group(1) : "refused";
  }

  @Test
  void commonDeclarations() throws PoxReadException {
    assertThat(Decoding.declaredEncoding("<?xml version=\"1.0\" encoding=\"utf-8\"?><a/>")).isEqualTo("utf-8");
    assertThat(Decoding.declaredEncoding("<?xml version='1.0' encoding = 'ISO-8859-1' ?>")).isEqualTo("ISO-8859-1");
    assertThat(Decoding.declaredEncoding("<?xml version=\"1.0\"?><a encoding=\"x\"/>")).isNull();
    assertThat(Decoding.declaredEncoding("<a/>")).isNull();
    assertThat(Decoding.declaredEncoding("\ufeff<?xml version=\"1.0\" encoding=\"UTF-16\"?>")).isEqualTo("UTF-16");
    PoxReadException e = assertThrows(PoxReadException.class,
        () -> Decoding.declaredEncoding("<?xml version=\"1.0\" encoding=\"8bit\"?>"));
    assertThat(e.getMessage()).contains("\"8bit\", which is not an encoding name");
  }

  @Test
  void detectLooksOnlyAtTheDeclaration() throws PoxReadException {
    byte[] head = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\u00e9 encoding=\"UTF-16\"</a>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Decoding.detect(head, head.length)).isEqualTo(StandardCharsets.ISO_8859_1);
    byte[] none = "<a encoding=\"ISO-8859-1\">\u00e9</a>".getBytes(StandardCharsets.UTF_8);
    assertThat(Decoding.detect(none, none.length)).isEqualTo(StandardCharsets.UTF_8);
  }
}
