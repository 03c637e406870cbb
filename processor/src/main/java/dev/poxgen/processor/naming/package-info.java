/**
 * The naming stage: turns XML names into Java names (types, properties, enum constants), resolves
 * collisions, and says how each piece of the schema binds to Java. No JavaPoet here.
 */
package dev.poxgen.processor.naming;
