/**
 * The schema model: plain immutable records that every later stage reads; no XSD library, no
 * JavaPoet. What a content model means (how often each element occurs in its type, the schema's
 * order, what may be left out) is worked out once, by {@link
 * dev.poxgen.processor.model.ContentModel}, for naming, the reader and the validator alike.
 */
package dev.poxgen.processor.model;
