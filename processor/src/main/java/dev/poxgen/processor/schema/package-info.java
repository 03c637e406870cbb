/**
 * The schema stage: reads XSD with xmlschema-core and builds the {@link
 * dev.poxgen.processor.model.SchemaModel}. xmlschema-core is used here and nowhere else.
 *
 * <p>Its jobs, each in its own class: the files and how they resolve ({@link
 * dev.poxgen.processor.schema.SchemaFiles}, {@link dev.poxgen.processor.schema.XsdResolver}, with
 * the JDK's verdict on validity in {@link dev.poxgen.processor.schema.SchemaValidity}); the
 * components, their derivation and content models ({@link
 * dev.poxgen.processor.schema.SchemaLoader}); the facets of a restriction ({@code FacetReader});
 * and what annotations hold, documentation and the rules in {@code xs:appinfo} ({@code
 * Annotations}). Each reports a problem with the file and component path it was found at ({@code
 * Site}).
 */
package dev.poxgen.processor.schema;
