/**
 * poxgen's runtime: the {@link dev.poxgen.GeneratePox} annotation, and the support that generated
 * code calls. On the JVM it needs nothing but {@code java.xml}; the XmlPull API is read only when a
 * caller chooses that parser (Android, where this descriptor plays no part, ships it), and the Stax2
 * API only where the caller's StAX parser is a Stax2 one (Woodstox, which requires it).
 */
@SuppressWarnings("requires-automatic")
module dev.poxgen.runtime {
  requires transitive java.xml;
  requires static xmlpull;
  requires static org.codehaus.stax2;
  requires static transitive org.jspecify;

  exports dev.poxgen;
  // Only for generated code, which lives in the consumer's module: not API.
  exports dev.poxgen.internal;
}
