package dev.poxgen.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poxgen.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** Sink.inScope: a schema's prefixes for its QName defaults, all else told to the outer sink. */
class SinkTest {
  private static final Pattern NC_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

  /** A sink that records what it is told and binds s to urn:document, as a document might. */
  private static final class Recording implements Sink {
    final List<String> told = new ArrayList<>();

    @Override
    public void error(Code code, String message) {
      told.add("error " + message);
    }

    @Override
    public void errorAboutChild(Code code, String child, String message) {
      told.add("child " + child + " " + message);
    }

    @Override
    public void id(String value) {
      told.add("id " + value);
    }

    @Override
    public void idref(String value) {
      told.add("idref " + value);
    }

    @Override
    public String namespaceUri(String prefix) {
      return prefix.equals("s") ? "urn:document" : null;
    }
  }

  @Test
  void inScopeResolvesByItsOwnPrefixesNotTheOuterSinks() {
    Sink s = Sink.inScope(new Recording(), "s", "urn:soap", "", "urn:default");
    assertEquals("urn:soap", s.namespaceUri("s"));
    assertEquals("urn:default", s.namespaceUri(""));
    assertEquals(new QName("urn:soap", "Server", "s"), QNames.parse("s:Server", NC_NAME, s));
    assertEquals(new QName("urn:default", "Plain"), QNames.parse("Plain", NC_NAME, s));
  }

  @Test
  void aPrefixNotListedIsBoundToNothingButTheEmptyOneToNoNamespace() {
    Recording outer = new Recording();
    Sink s = Sink.inScope(outer);
    assertNull(s.namespaceUri("s"));
    assertEquals("", s.namespaceUri(""));
    assertNull(QNames.parse("s:Server", NC_NAME, s));
    assertEquals(List.of("error \"s:Server\" has the prefix s, which no namespace declaration in scope binds"),
        outer.told);
  }

  @Test
  void inScopeForwardsEverythingElseToTheOuterSink() {
    Recording outer = new Recording();
    Sink s = Sink.inScope(outer, "s", "urn:soap");
    s.error(Code.INVALID_VALUE, "bad");
    s.errorAboutChild(Code.MISSING_ELEMENT, "C", "missing");
    s.deviation(Code.INVALID_VALUE, "off");
    s.id("a");
    s.idref("b");
    assertEquals(List.of("error bad", "child C missing", "error off", "id a", "idref b"), outer.told);
  }

  @Test
  void prefixesWithoutTheirUrisAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Sink.inScope(Sink.IGNORE, "s"));
  }

  @Test
  void thePairsAreCopied() {
    String[] pairs = {"s", "urn:soap"};
    Sink s = Sink.inScope(Sink.IGNORE, pairs);
    pairs[1] = "urn:changed";
    assertEquals("urn:soap", s.namespaceUri("s"));
  }
}
