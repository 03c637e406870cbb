package dev.poxgen.examples.fuzz;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.PoxReadException;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverValidator;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Generated readers, writers and validators share nothing mutable: 8 threads reading, validating
 * and writing every document (read from a string and from bytes) for a bounded number of rounds
 * get exactly the single-threaded results.
 */
class ConcurrencyTest {
  record Outcome(String findings, String value, String validation, String written, String fromBytes) {}

  private static Outcome outcome(byte[] doc) throws Exception {
    String fromBytes;
    try {
      // As bytes, on the JDK's parser, whose readers reused between reads are shared by none.
      fromBytes = AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(new java.io.ByteArrayInputStream(doc)))
          .toString();
    } catch (PoxReadException e) {
      fromBytes = e.getMessage();
    }
    try {
      ReadResult<AutodiscoverResponse> r = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(new String(doc,
          java.nio.charset.StandardCharsets.UTF_8)));
      return new Outcome(r.findings().toString(), r.value().toString(),
          AutodiscoverValidator.validate(r.value()).toString(), AutodiscoverXml.toXml(r.value()), fromBytes);
    } catch (PoxReadException e) {
      return new Outcome(e.getMessage(), "", "", "", fromBytes);
    }
  }

  /**
   * A thread reuses its reader's per-depth arrays and text buffer from one read to the next: reads
   * after a read that failed halfway, after a document deeper than the arrays a thread keeps and
   * after every other document give what a fresh thread gives.
   */
  @Test
  void readsOnAThreadAfterFailedAndDeepReadsGetWhatAFreshThreadGets() throws Exception {
    List<Path> files = new ArrayList<>(Corpus.xmlFiles(Corpus.samples()));
    files.removeIf(p -> p.getFileName().toString().contains("request"));
    String ns = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
    byte[] deep = ("<Autodiscover xmlns=\"" + ns + "\"><Response>" + "<X a=\"1\">t".repeat(70)
        + "</X>".repeat(70) + "</Response></Autodiscover>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<byte[]> docs = new ArrayList<>();
    for (Path p : files) {
      docs.add(Files.readAllBytes(p));
    }
    List<Outcome> fresh = new ArrayList<>();
    for (byte[] doc : docs) {
      fresh.add(onFreshThread(doc));
    }
    Outcome deepFresh = onFreshThread(deep);
    for (int i = 0; i < docs.size(); i++) {
      byte[] doc = docs.get(i);
      outcome(java.util.Arrays.copyOf(doc, doc.length / 2)); // fails halfway, its arrays half filled
      assertThat(outcome(doc)).isEqualTo(fresh.get(i));
      assertThat(outcome(deep)).isEqualTo(deepFresh);
      assertThat(outcome(doc)).isEqualTo(fresh.get(i));
    }
  }

  private static Outcome onFreshThread(byte[] doc) throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      return one.submit(() -> outcome(doc)).get(1, TimeUnit.MINUTES);
    } finally {
      one.shutdownNow();
    }
  }

  @Test
  void eightThreadsGetTheSingleThreadedResults() throws Exception {
    List<Path> files = new ArrayList<>(Corpus.xmlFiles(Corpus.samples()));
    Corpus.corpus().ifPresent(dir -> files.addAll(Corpus.xmlFiles(dir)));
    files.removeIf(p -> p.getFileName().toString().contains("request"));
    List<byte[]> docs = new ArrayList<>();
    List<Outcome> expected = new ArrayList<>();
    for (Path p : files) {
      byte[] doc = Files.readAllBytes(p);
      docs.add(doc);
      expected.add(outcome(doc));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Outcome>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        Callable<List<Outcome>> job = () -> {
          List<Outcome> mismatches = new ArrayList<>();
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < docs.size(); i++) {
              int k = (i + offset * 7) % docs.size();
              Outcome o = outcome(docs.get(k));
              if (!o.equals(expected.get(k))) {
                mismatches.add(o);
              }
            }
          }
          return mismatches;
        };
        futures.add(pool.submit(job));
      }
      for (Future<List<Outcome>> f : futures) {
        assertThat(f.get(2, TimeUnit.MINUTES)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
