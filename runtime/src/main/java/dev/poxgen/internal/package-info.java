/**
 * What only generated code calls: the reading cursor, hardened input, lexical checks and the
 * writer. Not API: it may change in any release, and generated code checks at start-up that it
 * meets the runtime it was generated for. Call {@link dev.poxgen} and the generated classes instead.
 */
package dev.poxgen.internal;
