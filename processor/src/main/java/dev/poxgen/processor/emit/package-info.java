/** The emit stage: JavaPoet writers, one per kind of output, reading only the bindings. */
package dev.poxgen.processor.emit;
