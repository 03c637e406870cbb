/** The processor's entry: finds {@code @GeneratePox} and drives the stages; reports problems. */
package dev.poxgen.processor;
