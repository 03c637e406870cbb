package dev.poxgen.examples.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.poxgen.ReadResult;
import dev.poxgen.examples.autodiscover.AutodiscoverDocument;
import dev.poxgen.examples.testing.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Arbitrary bytes and byte-level mutations of real documents: each ends in a value or our one
 * exception, in bounded time; and what still reads, loses nothing (see {@link Accounting}).
 */
class FuzzPropertiesTest {
  private static final List<byte[]> BASES = bases();

  private static List<byte[]> bases() {
    List<Path> files = new ArrayList<>(Corpus.xmlFiles(Corpus.samples()));
    Corpus.corpus().ifPresent(dir -> files.addAll(Corpus.xmlFiles(dir)));
    List<byte[]> out = new ArrayList<>();
    for (Path p : files) {
      try {
        out.add(Files.readAllBytes(p));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return out;
  }

  @Property(tries = 1000, seed = "20261207")
  void arbitraryBytes(@ForAll @Size(max = 600) byte[] input) {
    Outcome.read(input);
  }

  @Property(tries = 1000, seed = "20261207")
  void arbitraryMarkup(@ForAll("markup") String input) {
    Outcome.read(input.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 3000, seed = "20261207")
  void mutatedDocuments(@ForAll("mutated") byte[] input) {
    ReadResult<AutodiscoverDocument> r = Outcome.read(input);
    if (r != null) {
      List<String> lost = Accounting.lost(input, r);
      assertWithMessage("lost from:\n%s", new String(input, StandardCharsets.UTF_8)).that(lost).isEmpty();
    }
  }

  @Provide
  Arbitrary<String> markup() {
    return Arbitraries.of("<Autodiscover>", "</Autodiscover>", "<Response xmlns='"
            + "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a'>", "<Protocol>",
            "</Protocol>", "<SSL>", "on", "</SSL>", "&amp;", "&#0;", "&foo;", "<!DOCTYPE a>", "<![CDATA[x]]>", "<!--c-->",
            "<?pi?>", "]]>", "<", ">", "\"", "'", " a='1'", "\uFFFF", "\uD800", "\n", "<?xml version='1.0'?>")
        .list().ofMaxSize(30).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    Arbitrary<Integer> base = Arbitraries.integers().between(0, BASES.size() - 1);
    Arbitrary<Integer> at = Arbitraries.integers().between(0, 100_000);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
    Arbitrary<String> insert = Arbitraries.of("<x>", "</", "&", "<!DOCTYPE a>", "]]>", "<![CDATA[", "<Protocol>", "\u0000",
        "<SSL>yes</SSL>", "<?xml?>", "\u00e9", "<Unknown a='b'>t</Unknown>");
    return Combinators.combine(base, kind, at, at, insert).as((b, k, i, j, text) -> mutate(BASES.get(b), k, i, j, text));
  }

  static byte[] mutate(byte[] doc, int kind, int i, int j, String text) {
    int at = doc.length == 0 ? 0 : i % doc.length;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (kind) {
      case 0 -> out.write(doc, 0, at); // truncation
      case 1 -> { // bit flip
        byte[] copy = doc.clone();
        if (copy.length > 0) {
          copy[at] ^= (byte) (1 << (j % 8));
        }
        out.writeBytes(copy);
      }
      case 2 -> { // inserted markup
        out.write(doc, 0, at);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.write(doc, at, doc.length - at);
      }
      case 3 -> { // a repeated fragment
        int len = Math.min(doc.length - at, 1 + j % 200);
        out.write(doc, 0, at + len);
        out.write(doc, at, len);
        out.write(doc, at + len, doc.length - at - len);
      }
      case 4 -> { // another encoding, declared or not
        String s = new String(doc, StandardCharsets.UTF_8);
        out.writeBytes(j % 2 == 0 ? s.getBytes(StandardCharsets.UTF_16) : s.getBytes(StandardCharsets.ISO_8859_1));
      }
      default -> { // a removed slice
        int len = Math.min(doc.length - at, 1 + j % 100);
        out.write(doc, 0, at);
        out.write(doc, at + len, doc.length - at - len);
      }
    }
    return out.toByteArray();
  }
}
