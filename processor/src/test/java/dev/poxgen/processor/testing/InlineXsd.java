package dev.poxgen.processor.testing;

import dev.poxgen.processor.schema.SchemaSet;
import dev.poxgen.processor.schema.XsdResolver;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A schema set from XSD text held in memory, for model tests without files or javac. */
public final class InlineXsd {
  private final Map<String, String> files = new LinkedHashMap<>();

  public static final String HEADER =
      "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:t='urn:t'"
          + " targetNamespace='urn:t' elementFormDefault='qualified'>";

  /** One file in namespace {@code urn:t} (prefix {@code t}) with the given body. */
  public static SchemaSet of(String body) {
    return new InlineXsd().file("test.xsd", HEADER + body + "</xs:schema>").set("test.xsd");
  }

  public InlineXsd file(String name, String text) {
    files.put(name, text);
    return this;
  }

  public SchemaSet set(String... entries) {
    XsdResolver resolver = new XsdResolver() {
      @Override
      public Optional<InputStream> open(String path) {
        String text = files.get(path);
        return text == null
            ? Optional.empty()
            : Optional.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      }

      @Override
      public String describe() {
        return "the test's inline files " + files.keySet();
      }
    };
    return new SchemaSet(entries[0], List.of(entries), resolver);
  }
}
