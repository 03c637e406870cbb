/**
 * poxgen's runtime: the {@link dev.poxgen.GeneratePox} annotation, and the JDK-only support that
 * generated code calls. Needs nothing but {@code java.xml}.
 */
module dev.poxgen.runtime {
  requires transitive java.xml;

  exports dev.poxgen;
  // Only for generated code, which lives in the consumer's module: not API.
  exports dev.poxgen.internal;
}
