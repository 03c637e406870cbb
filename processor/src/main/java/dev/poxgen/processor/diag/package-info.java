/** The one catalogue of messages the processor reports, and the problem type stages throw. */
package dev.poxgen.processor.diag;
