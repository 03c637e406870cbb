package dev.poxgen.processor.schema;

import dev.poxgen.processor.model.BuiltinType;
import dev.poxgen.processor.model.Documentation;
import dev.poxgen.processor.model.EnumerationValue;
import dev.poxgen.processor.model.Facets;
import dev.poxgen.processor.model.LexicalBounds;
import dev.poxgen.processor.model.WhiteSpace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.ws.commons.schema.XmlSchemaEnumerationFacet;
import org.apache.ws.commons.schema.XmlSchemaFacet;
import org.apache.ws.commons.schema.XmlSchemaFractionDigitsFacet;
import org.apache.ws.commons.schema.XmlSchemaLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaMaxExclusiveFacet;
import org.apache.ws.commons.schema.XmlSchemaMaxInclusiveFacet;
import org.apache.ws.commons.schema.XmlSchemaMaxLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaMinExclusiveFacet;
import org.apache.ws.commons.schema.XmlSchemaMinInclusiveFacet;
import org.apache.ws.commons.schema.XmlSchemaMinLengthFacet;
import org.apache.ws.commons.schema.XmlSchemaPatternFacet;
import org.apache.ws.commons.schema.XmlSchemaTotalDigitsFacet;
import org.apache.ws.commons.schema.XmlSchemaWhiteSpaceFacet;

/**
 * Reads the facets of a simple type's restriction step into {@link Facets}, checking each applies
 * to the built-in type underneath and that its value is of the form the facet takes.
 */
final class FacetReader {
  private final Site site;
  private final Function<String, String> qnames;
  private final Function<XmlSchemaFacet, Map<String, String>> prefixes;

  /**
   * @param site where the restriction is, for the problems found
   * @param qnames an enumeration value of xs:QName resolved against the schema document's
   *     namespaces, as {@code {namespace}local}
   * @param prefixes the namespaces in scope where a facet is declared (for an enumeration of a
   *     union or list, whose values may hold QNames)
   */
  FacetReader(Site site, Function<String, String> qnames, Function<XmlSchemaFacet, Map<String, String>> prefixes) {
    this.site = site;
    this.qnames = qnames;
    this.prefixes = prefixes;
  }

  /**
   * The facets of a restriction step: {@code base}'s, with those {@code declared} in the step
   * applied to them (patterns of one step are alternatives, of different steps all apply).
   */
  Facets facets(List<XmlSchemaFacet> declared, Facets base, BuiltinType builtin) {
    List<EnumerationValue> enums = new ArrayList<>();
    List<String> stepPatterns = new ArrayList<>();
    OptionalInt length = base.length();
    OptionalInt minLength = base.minLength();
    OptionalInt maxLength = base.maxLength();
    Optional<BigDecimal> minInclusive = base.minInclusive();
    Optional<BigDecimal> maxInclusive = base.maxInclusive();
    Optional<BigDecimal> minExclusive = base.minExclusive();
    Optional<BigDecimal> maxExclusive = base.maxExclusive();
    OptionalInt totalDigits = base.totalDigits();
    OptionalInt fractionDigits = base.fractionDigits();
    WhiteSpace whiteSpace = base.whiteSpace();
    LexicalBounds lexical = base.lexicalBounds();
    for (XmlSchemaFacet f : declared) {
      String v = String.valueOf(f.getValue());
      // Ordered types without length or digits: IEEE numbers, dates and times.
      if ((builtin.isFloatingPoint() || builtin.isTemporal()) && (f instanceof XmlSchemaLengthFacet
          || f instanceof XmlSchemaMinLengthFacet
          || f instanceof XmlSchemaMaxLengthFacet || f instanceof XmlSchemaTotalDigitsFacet
          || f instanceof XmlSchemaFractionDigitsFacet)) {
        throw site.malformed("the facet "
            + facetName(f)
            + " does not apply to xs:" + builtin.xmlName().localName()
            + "; its facets are pattern, enumeration, whiteSpace and the min/max bounds");
      }
      if (builtin.isQName() && (f instanceof XmlSchemaLengthFacet || f instanceof XmlSchemaMinLengthFacet
          || f instanceof XmlSchemaMaxLengthFacet)) {
        // XML Schema 1.0 Second Edition (Part 2, 4.3.1 to 4.3.3, as corrected): a length facet on
        // a QName or NOTATION is met by every value. The JDK's validator holds no value to one,
        // nor does poxgen: nothing to check.
        continue;
      }
      if (builtin.isQName() && !(f instanceof XmlSchemaWhiteSpaceFacet
          || f instanceof XmlSchemaEnumerationFacet || f instanceof XmlSchemaPatternFacet)) {
        // An enumeration's values are resolved against the schema's namespaces; a pattern matches
        // the text as the document spells it (or, for a value built in code, its own prefix).
        throw site.unsupported("the facet " + facetName(f) + " on xs:QName",
            "Use xs:QName itself, and check the value in your code.");
      }
      if (builtin == BuiltinType.G_MONTH && (f instanceof XmlSchemaEnumerationFacet
          || f instanceof XmlSchemaMinInclusiveFacet || f instanceof XmlSchemaMaxInclusiveFacet
          || f instanceof XmlSchemaMinExclusiveFacet || f instanceof XmlSchemaMaxExclusiveFacet)
          && v.strip().matches("--[0-9]{2}--.*")) {
        // The JDK still reads --MM-- in documents, and so does poxgen, but a schema states its
        // values in the form XML Schema 1.0 has (the W3C suite calls such a schema invalid).
        throw site.malformed("the " + facetName(f) + " value \""
            + v.strip() + "\" of xs:gMonth is in the form --MM--, which XML Schema 1.0 Second Edition removed;"
            + " write \"" + v.strip().substring(0, 4) + v.strip().substring(6) + "\"");
      }
      if ((builtin.isTemporal() || builtin.isFloatingPoint()) && (f instanceof XmlSchemaMinInclusiveFacet
          || f instanceof XmlSchemaMaxInclusiveFacet || f instanceof XmlSchemaMinExclusiveFacet
          || f instanceof XmlSchemaMaxExclusiveFacet)) {
        // Compared in the value space, as written: by the runtime's Temporal (a date has no inner
        // space), or as an IEEE number, INF, -INF and NaN included (no BigDecimal holds those).
        String text = v.strip();
        lexical = new LexicalBounds(
            f instanceof XmlSchemaMinInclusiveFacet ? Optional.of(text) : lexical.minInclusive(),
            f instanceof XmlSchemaMaxInclusiveFacet ? Optional.of(text) : lexical.maxInclusive(),
            f instanceof XmlSchemaMinExclusiveFacet ? Optional.of(text) : lexical.minExclusive(),
            f instanceof XmlSchemaMaxExclusiveFacet ? Optional.of(text) : lexical.maxExclusive());
        continue;
      }
      if (f instanceof XmlSchemaEnumerationFacet && builtin.isQName()) {
        enums.add(new EnumerationValue(qnames.apply(v), Annotations.documentation(f.getAnnotation())));
      } else if (f instanceof XmlSchemaEnumerationFacet) {
        // A union's or list's values may hold QNames: their prefixes are resolved as declared here.
        Documentation doc = Annotations.documentation(f.getAnnotation());
        enums.add(builtin != BuiltinType.ANY_SIMPLE_TYPE ? new EnumerationValue(v, doc)
            : new EnumerationValue(v, doc, prefixes.apply(f)));
      } else if (f instanceof XmlSchemaPatternFacet) {
        stepPatterns.add(v);
      } else if (f instanceof XmlSchemaLengthFacet) {
        length = OptionalInt.of(integerFacet("length", v));
      } else if (f instanceof XmlSchemaMinLengthFacet) {
        minLength = OptionalInt.of(integerFacet("minLength", v));
      } else if (f instanceof XmlSchemaMaxLengthFacet) {
        maxLength = OptionalInt.of(integerFacet("maxLength", v));
      } else if (f instanceof XmlSchemaMinInclusiveFacet) {
        minInclusive = Optional.of(numberFacet("minInclusive", v, builtin));
      } else if (f instanceof XmlSchemaMaxInclusiveFacet) {
        maxInclusive = Optional.of(numberFacet("maxInclusive", v, builtin));
      } else if (f instanceof XmlSchemaMinExclusiveFacet) {
        minExclusive = Optional.of(numberFacet("minExclusive", v, builtin));
      } else if (f instanceof XmlSchemaMaxExclusiveFacet) {
        maxExclusive = Optional.of(numberFacet("maxExclusive", v, builtin));
      } else if (f instanceof XmlSchemaTotalDigitsFacet) {
        totalDigits = OptionalInt.of(integerFacet("totalDigits", v));
      } else if (f instanceof XmlSchemaFractionDigitsFacet) {
        fractionDigits = OptionalInt.of(integerFacet("fractionDigits", v));
      } else if (f instanceof XmlSchemaWhiteSpaceFacet) {
        whiteSpace = switch (v.strip()) {
          case "preserve" -> WhiteSpace.PRESERVE;
          case "replace" -> WhiteSpace.REPLACE;
          case "collapse" -> WhiteSpace.COLLAPSE;
          default -> throw site.malformed("whiteSpace value \"" + v + "\" is not preserve, replace or collapse");
        };
      } else {
        throw site.unsupported("the facet " + f.getClass().getSimpleName(), "Remove it.");
      }
    }
    List<String> patterns = new ArrayList<>(base.patterns());
    if (stepPatterns.size() == 1) {
      patterns.add(stepPatterns.get(0));
    } else if (stepPatterns.size() > 1) {
      // Patterns of one derivation step are alternatives; patterns of different steps all apply.
      // In XSD's own syntax, which the pattern is parsed as: a plain group (XSD has no (?:...)).
      patterns.add(String.join("|", stepPatterns.stream().map(s -> "(" + s + ")").toList()));
    }
    return new Facets(
        enums.isEmpty() ? base.enumerations() : enums,
        patterns,
        length,
        minLength,
        maxLength,
        minInclusive,
        maxInclusive,
        minExclusive,
        maxExclusive,
        totalDigits,
        fractionDigits,
        whiteSpace,
        lexical);
  }

  /** The facet's element name in a schema: {@code minLength} for XmlSchemaMinLengthFacet. */
  static String facetName(XmlSchemaFacet f) {
    String n = f.getClass().getSimpleName().replace("XmlSchema", "").replace("Facet", "");
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  private int integerFacet(String facet, String value) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw site.malformed(facet + " \"" + value + "\" is not a non-negative integer");
    }
  }

  private BigDecimal numberFacet(String facet, String value, BuiltinType builtin) {
    if (!builtin.isNumeric()) {
      throw site.unsupported(
          facet + " on the non-numeric type xs:" + builtin.xmlName().localName(),
          "Use " + facet + " only on numeric types.");
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw site.malformed(facet + " \"" + value + "\" is not a number");
    }
  }
}
