package dev.poxgen.internal.xml;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.XmlParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDK's reader is reused once closed, by one read at a time: a read after a closed one gets
 * the same reader, reads open at once get their own, and a failed document leaves nothing behind.
 */
class ReaderReuseTest {
  private static final ReadOptions JDK = ReadOptions.lenient().withParser(XmlParser.jdkStax());

  private static StaxEvents open(String xml) throws PoxReadException {
    return (StaxEvents) XmlInput.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), JDK);
  }

  /** The document's element names and texts, in order. */
  private static List<String> events(StaxEvents e) throws PoxReadException {
    List<String> seen = new ArrayList<>();
    for (int event; (event = e.next()) != XmlEvents.END_DOCUMENT; ) {
      seen.add(event == XmlEvents.TEXT ? e.text() : event == XmlEvents.START_ELEMENT ? "<" + e.localName() : ">");
    }
    return seen;
  }

  @Test
  void aClosedReaderIsReusedAndAnOpenOneNever() throws PoxReadException {
    StaxEvents first = open("<a>x</a>");
    assertThat(events(first)).containsExactly("<a", "x", ">").inOrder();
    first.close();
    StaxEvents second = open("<b>y</b>");
    assertThat(second.reader()).isSameInstanceAs(first.reader());
    StaxEvents third = open("<c>z</c>");
    assertThat(third.reader()).isNotSameInstanceAs(second.reader());
    assertThat(events(second)).containsExactly("<b", "y", ">").inOrder();
    assertThat(events(third)).containsExactly("<c", "z", ">").inOrder();
    second.close();
    second.close(); // twice: its factory goes back once, so no two reads share it
    third.close();
    StaxEvents fourth = open("<d/>");
    StaxEvents fifth = open("<e/>");
    assertThat(fourth.reader()).isNotSameInstanceAs(fifth.reader());
    fourth.close();
    fifth.close();
  }

  @Test
  void aDocumentThatFailedLeavesNothingForTheNext() throws PoxReadException {
    for (int i = 0; i < 2_000; i++) {
      StaxEvents bad = open("<a><b>text</a>");
      PoxReadException e = assertThrows(PoxReadException.class, () -> events(bad));
      assertThat(e.kind()).isEqualTo(PoxReadException.Kind.NOT_WELL_FORMED);
      bad.close();
      assertThrows(PoxReadException.class, () -> open("<!DOCTYPE a><a/>").next());
      StaxEvents good = open("<a xmlns='urn:x'><b n='1'>t&amp;u</b></a>");
      assertThat(events(good)).containsExactly("<a", "<b", "t", "&", "u", ">", ">").inOrder();
      good.close();
    }
  }
}
