package dev.poxgen.processor.diag;

import java.util.Locale;

/**
 * Every message poxgen can report, in one place. Each starts with a greppable tag, says what is
 * wrong, quotes the names involved and says how to fix it.
 */
public enum Message {
  UNKNOWN_BUNDLED_SCHEMA(
      "[poxgen:unknown-schema] No bundled schema is named \"%s\".%s Bundled schemas: %s."
          + " To use your own XSD, set xsd = \"path/to/schema.xsd\" instead."),
  SCHEMA_AND_XSD(
      "[poxgen:schema-and-xsd] @GeneratePox names both schema = \"%s\" and xsd = \"%s\"."
          + " Name one: schema for a bundled schema, xsd for your own."),
  XSD_NOT_FOUND(
      "[poxgen:xsd-not-found] XSD \"%s\" was not found. Looked in: %s."
          + " Put it on the annotation processor path, on the compile class path (Maven copies"
          + " src/main/resources there before compiling), or in a directory named by"
          + " -Apoxgen.schemaPath=DIR."),
  XSD_MALFORMED("[poxgen:xsd-malformed] %s cannot be read as XML Schema: %s"),
  XSD_UNSUPPORTED(
      "[poxgen:xsd-unsupported] %s, %s: %s is not supported by poxgen. %s"),
  XSD_UNRESOLVED(
      "[poxgen:xsd-unresolved] %s, %s: %s \"%s\" is not declared in the schema set."
          + " Declare it, or import the schema that does.%s"),
  XSD_INVALID(
      "[poxgen:xsd-invalid] %s:%d:%d: the schema is not valid XML Schema 1.0: %s"
          + " (the JDK's schema compiler, javax.xml.validation, says so)"),
  XSD_CATALOG("[poxgen:xsd-catalog] The XML catalog %s given with -Apoxgen.catalog cannot be used: %s."),
  XSD_CYCLE(
      "[poxgen:xsd-cycle] %s: definitions in this schema set refer to one another without end"
          + " (an attribute group, model group or type that contains itself, directly or through"
          + " xs:redefine), and poxgen could not follow them. Break the cycle with an element"
          + " declaration, or report the schema to poxgen if the JDK's validator accepts it."),
  NOT_A_PACKAGE(
      "[poxgen:not-a-package] @GeneratePox belongs on a package, in package-info.java, not on"
          + " the %s \"%s\". Move it to package-info.java of the package to generate into."),
  BAD_PACKAGE_NAME(
      "[poxgen:bad-package] packageName = \"%s\" is not a valid Java package name."),
  PACKAGE_CLAIMED_TWICE(
      "[poxgen:package-claimed-twice] Package \"%s\" is already generated into by @GeneratePox on"
          + " %s. Give one of them another packageName."),
  NAME_COLLISION(
      "[poxgen:name-collision] poxgen would generate %s for %s, but you already wrote a type with"
          + " that name. Rename or move your %s, or set packageName to generate elsewhere."),
  GENERATED_NAME_CLASH(
      "[poxgen:generated-name-clash] %s: the XML names %s all become the Java name \"%s\"."
          + " Rename one in the schema."),
  INTERNAL_ERROR(
      "[poxgen:internal] poxgen failed unexpectedly while generating for %s: %s. This is a bug in"
          + " poxgen; please report it with this trace: %s");

  private final String format;

  Message(String format) {
    this.format = format;
  }

  /** The tag, e.g. {@code poxgen:xsd-not-found}, that every report of this message starts with. */
  public String tag() {
    return format.substring(1, format.indexOf(']'));
  }

  public String format(Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
