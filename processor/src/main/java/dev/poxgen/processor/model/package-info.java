/** The schema model: plain immutable records that every later stage reads; no XSD library, no JavaPoet. */
package dev.poxgen.processor.model;
