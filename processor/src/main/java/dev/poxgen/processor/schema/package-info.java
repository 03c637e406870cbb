/**
 * The schema stage: reads XSD with xmlschema-core and builds the {@link
 * dev.poxgen.processor.model.SchemaModel}. xmlschema-core is used here and nowhere else.
 */
package dev.poxgen.processor.schema;
