package dev.poxgen.processor.datatypes;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/** The JDK's validator as the oracle for a built-in type's lexical space: one element of that type. */
final class JdkBuiltins {
  private JdkBuiltins() {}

  private static final Map<String, Validator> VALIDATORS = new HashMap<>();

  static boolean jdkAccepts(String type, String text) {
    return jdkAcceptsAs(" type='xs:" + type + "'/>", text);
  }

  /**
   * Whether the JDK's validator takes {@code text} as the element {@code v} declared by {@code
   * declaration}, what follows {@code <xs:element name='v'}: {@code " type='xs:int'/>"} or an
   * anonymous simple type with its facets.
   */
  static synchronized boolean jdkAcceptsAs(String declaration, String text) {
    Validator v = VALIDATORS.computeIfAbsent(declaration, d -> {
      try {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(
            new StringReader("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:element name='v'"
                + d + "</xs:schema>"))).newValidator();
      } catch (org.xml.sax.SAXException e) {
        throw new IllegalStateException(e);
      }
    });
    try {
      v.validate(new StreamSource(new StringReader("<v>" + text + "</v>")));
      return true;
    } catch (org.xml.sax.SAXException e) {
      return false;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
