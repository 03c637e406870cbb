package dev.poxgen.examples.hostile;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ctc.wstx.stax.WstxInputFactory;
import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.XmlInput;
import dev.poxgen.XmlParser;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadOptions} are immutable in fact: options that share a parser keep their own limits, in
 * poxgen's checks and in the parser's own backstop, and a factory the caller holds is never changed
 * behind their back (issue 11, "The runtime API").
 */
class ReadOptionsIsolationTest {
  private static final String WOODSTOX_DEPTH = "com.ctc.wstx.maxElementDepth";
  private static final String DEEP = "<Autodiscover xmlns='http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006'>"
      + "<a><b><c><d><e/></d></c></b></a></Autodiscover>";

  @Test
  void twoOptionsFromOneParserKeepTheirOwnLimits() throws Exception {
    List<XMLInputFactory> made = new ArrayList<>();
    XmlParser parser = XmlParser.stax(() -> {
      XMLInputFactory f = new WstxInputFactory();
      made.add(f);
      return f;
    });
    ReadOptions shallow = ReadOptions.lenient().withParser(parser).withLimits(Limits.DEFAULTS.withMaxDepth(4));
    ReadOptions deep = ReadOptions.lenient().withParser(parser).withLimits(Limits.DEFAULTS.withMaxDepth(40));

    // Read in both orders: the limits set last must not win.
    PoxReadException e = assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.ofString(DEEP), shallow));
    assertThat(e.limitValue()).isEqualTo(4);
    AutodiscoverXml.read(XmlInput.ofString(DEEP), deep);
    e = assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.ofString(DEEP), shallow));
    assertThat(e.limitValue()).isEqualTo(4);
    AutodiscoverXml.read(XmlInput.ofString(DEEP), deep);

    // One factory per limits, each with its own backstop above poxgen's limit.
    assertThat(made).hasSize(2);
    assertThat(made.get(0)).isNotSameInstanceAs(made.get(1));
    assertThat(made.get(0).getProperty(WOODSTOX_DEPTH)).isEqualTo(8);
    assertThat(made.get(1).getProperty(WOODSTOX_DEPTH)).isEqualTo(80);
    assertThat(shallow.limits().maxDepth()).isEqualTo(4);
    assertThat(deep.limits().maxDepth()).isEqualTo(40);
  }

  @Test
  void theCallersOwnFactoryIsUnchangedByBuildingOptionsAndReading() throws Exception {
    XMLInputFactory mine = new WstxInputFactory();
    Object dtd = mine.getProperty(XMLInputFactory.SUPPORT_DTD);
    Object depth = mine.getProperty(WOODSTOX_DEPTH);
    ReadOptions options = ReadOptions.strict().withParser(XmlParser.stax(WstxInputFactory::new))
        .withLimits(Limits.DEFAULTS.withMaxDepth(3));
    assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.ofString(DEEP), options));
    assertThat(mine.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(dtd);
    assertThat(mine.getProperty(WOODSTOX_DEPTH)).isEqualTo(depth);
  }

  @Test
  void aSupplierThatHandsOutOneFactoryTwiceIsRefusedAndTheFactoryKeepsItsFirstLimits() throws Exception {
    XMLInputFactory mine = new WstxInputFactory();
    XmlParser parser = XmlParser.stax(() -> mine);
    ReadOptions shallow = ReadOptions.lenient().withParser(parser).withLimits(Limits.DEFAULTS.withMaxDepth(4));
    ReadOptions deep = ReadOptions.lenient().withParser(parser).withLimits(Limits.DEFAULTS.withMaxDepth(40));
    assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.ofString(DEEP), shallow));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AutodiscoverXml.read(XmlInput.ofString(DEEP), deep));
    assertThat(e).hasMessageThat().contains("returned before");
    assertThat(mine.getProperty(WOODSTOX_DEPTH)).isEqualTo(8);
    PoxReadException still = assertThrows(PoxReadException.class, () -> AutodiscoverXml.read(XmlInput.ofString(DEEP), shallow));
    assertThat(still.limitValue()).isEqualTo(4);
  }
}
