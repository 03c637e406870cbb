package dev.poxgen.processor.schema;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.processor.model.ContentModel;
import dev.poxgen.processor.model.ElementModel;
import dev.poxgen.processor.model.GroupModel;
import dev.poxgen.processor.model.Occurrence;
import dev.poxgen.processor.model.Particle;
import dev.poxgen.processor.model.XmlName;
import dev.poxgen.processor.testing.InlineXsd;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one analysis of a content model every later stage reads: how often each element may occur
 * in its type, its place in the schema's order, and which particles may be left out.
 */
class ContentModelTest {
  private static final SchemaLoader LOADER = new SchemaLoader();

  private static ContentModel of(String type) {
    return ContentModel.of(LOADER.load(InlineXsd.of("<xs:element name='E' type='t:T'/>" + type))
        .complexType(XmlName.of("urn:t", "T")).orElseThrow());
  }

  private static Map<String, String> occurrences(ContentModel m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.elements().forEach(u -> out.put(u.element().name().localName(), u.occurrence().toString()));
    return out;
  }

  private static Map<String, Integer> order(ContentModel m) {
    Map<String, Integer> out = new LinkedHashMap<>();
    m.order().forEach((name, place) -> out.put(name.localName(), place));
    return out;
  }

  @Test
  void occurrencesMultiplyThroughTheGroupsAroundAnElementAndAddUpOverItsPlaces() {
    ContentModel m = of("<xs:complexType name='T'><xs:sequence>"
        + "<xs:element name='a' type='xs:int'/>"
        + "<xs:sequence minOccurs='2' maxOccurs='3'><xs:element name='b' type='xs:int' maxOccurs='2'/></xs:sequence>"
        + "<xs:choice><xs:element name='c' type='xs:int'/><xs:element name='d' type='xs:int'/></xs:choice>"
        + "<xs:sequence maxOccurs='unbounded'><xs:element name='e' type='xs:int' minOccurs='0'/></xs:sequence>"
        + "<xs:element name='a' type='xs:int' minOccurs='0'/>"
        + "</xs:sequence></xs:complexType>");
    assertThat(occurrences(m)).containsExactly(
        "a", "1..2", "b", "2..6", "c", "0..1", "d", "0..1", "e", "0..*").inOrder();
  }

  @Test
  void alternativesSpelledInTwoCasesAreOneElementThatTheChoiceRequires() {
    ContentModel m = of("<xs:complexType name='T'><xs:choice>"
        + "<xs:element name='RedirectUrl' type='xs:string'/><xs:element name='RedirectURL' type='xs:string'/>"
        + "</xs:choice></xs:complexType>");
    assertThat(m.elements()).hasSize(1);
    ContentModel.ElementUse u = m.elements().get(0);
    assertThat(u.occurrence()).isEqualTo(Occurrence.ONE);
    assertThat(u.spellings().stream().map(XmlName::localName).toList())
        .containsExactly("RedirectUrl", "RedirectURL").inOrder();
  }

  @Test
  void theOrderGivesAlternativesOnePlaceAndNoPlaceWhereTheOrderIsFree() {
    assertThat(order(of("<xs:complexType name='T'><xs:sequence>"
        + "<xs:element name='a' type='xs:int'/>"
        + "<xs:choice><xs:element name='b' type='xs:int'/><xs:element name='c' type='xs:int'/></xs:choice>"
        + "<xs:element name='d' type='xs:int'/>"
        + "<xs:sequence maxOccurs='2'><xs:element name='e' type='xs:int'/><xs:element name='f' type='xs:int'/></xs:sequence>"
        + "<xs:element name='g' type='xs:int'/>"
        + "</xs:sequence></xs:complexType>")))
        .containsExactly("a", 0, "b", 1, "c", 1, "d", 2, "e", -1, "f", -1, "g", 5).inOrder();
    assertThat(order(of("<xs:complexType name='T'><xs:all>"
        + "<xs:element name='a' type='xs:int'/><xs:element name='b' type='xs:int'/></xs:all></xs:complexType>")))
        .containsExactly("a", -1, "b", -1);
  }

  @Test
  void aParticleMayBeLeftOutWhenItsGroupAsAWholeMayBe() {
    GroupModel content = LOADER.load(InlineXsd.of("<xs:element name='E' type='t:T'/><xs:complexType name='T'>"
        + "<xs:sequence>"
        + "<xs:choice><xs:element name='a' type='xs:int'/><xs:element name='b' type='xs:int' minOccurs='0'/></xs:choice>"
        + "<xs:sequence><xs:element name='c' type='xs:int' minOccurs='0'/><xs:element name='d' type='xs:int'/>"
        + "</xs:sequence>"
        + "<xs:element name='e' type='xs:int'/>"
        + "</xs:sequence></xs:complexType>")).complexType(XmlName.of("urn:t", "T")).orElseThrow().content()
        .orElseThrow();
    Particle choice = content.particles().get(0);
    Particle sequence = content.particles().get(1);
    ElementModel e = (ElementModel) content.particles().get(2);
    assertThat(ContentModel.emptiable(choice)).isTrue();
    assertThat(ContentModel.emptiable(sequence)).isFalse();
    assertThat(ContentModel.emptiable(e)).isFalse();
    assertThat(ContentModel.emptiable(content)).isFalse();
  }

  @Test
  void boundsMultiplyWithoutOverflowAndNothingTimesAnythingIsNothing() {
    assertThat(ContentModel.times(3, 4)).isEqualTo(12);
    assertThat(ContentModel.times(Occurrence.UNBOUNDED, 2)).isEqualTo(Occurrence.UNBOUNDED);
    assertThat(ContentModel.times(70_000, 70_000)).isEqualTo(Occurrence.UNBOUNDED);
    assertThat(ContentModel.times(0, Occurrence.UNBOUNDED)).isEqualTo(0);
    assertThat(ContentModel.times(Occurrence.UNBOUNDED, 0)).isEqualTo(0);
  }
}
