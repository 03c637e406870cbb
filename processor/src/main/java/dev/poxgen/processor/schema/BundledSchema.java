package dev.poxgen.processor.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The schema sets that ship inside the processor jar, by the name consumers use. */
public enum BundledSchema {
  /**
   * Exchange/Outlook POX Autodiscover: requests and responses, Outlook and mobilesync, one XSD per
   * namespace.
   */
  AUTODISCOVER(
      "autodiscover",
      List.of(
          "autodiscover-responseschema-2006.xsd",
          "outlook-requestschema-2006.xsd",
          "mobilesync-requestschema-2006.xsd"));

  private static final String ROOT = "dev/poxgen/processor/schema/";

  private final String schemaName;
  private final List<String> entryFiles;

  BundledSchema(String schemaName, List<String> entryFiles) {
    this.schemaName = schemaName;
    this.entryFiles = entryFiles;
  }

  /** The name consumers write in {@code @GeneratePox(schema = ...)}. */
  public String schemaName() {
    return schemaName;
  }

  /** The class path folder holding its XSD files, e.g. {@code dev/poxgen/processor/schema/autodiscover/}. */
  public String resourceFolder() {
    return ROOT + schemaName + "/";
  }

  public SchemaSet schemaSet() {
    String folder = resourceFolder();
    ClassLoader loader = BundledSchema.class.getClassLoader();
    XsdResolver resolver =
        new XsdResolver() {
          @Override
          public Optional<InputStream> open(String path) throws IOException {
            return Optional.ofNullable(loader.getResourceAsStream(folder + path));
          }

          @Override
          public String describe() {
            return "the poxgen processor jar (" + folder + ")";
          }
        };
    return new SchemaSet(schemaName, entryFiles, resolver).trusted();
  }

  public static Optional<BundledSchema> named(String name) {
    return Arrays.stream(values()).filter(b -> b.schemaName.equals(name)).findFirst();
  }

  /** The bundled names, comma separated, for messages. */
  public static String names() {
    return Arrays.stream(values()).map(b -> "\"" + b.schemaName + "\"").collect(Collectors.joining(", "));
  }
}
