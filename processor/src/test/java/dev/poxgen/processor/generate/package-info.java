/** Tests of the whole processor through javac: generated API, goldens, diagnostics. */
package dev.poxgen.processor.generate;
