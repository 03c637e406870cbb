/** The W3C XML Schema test suite run through the processor and the generated readers: what poxgen binds, refuses and decides. */
package dev.poxgen.processor.w3c;
