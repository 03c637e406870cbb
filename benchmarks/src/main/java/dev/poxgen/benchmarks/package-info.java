/** JMH benchmarks of poxgen beside the libraries a user would pick instead, and the bare parsers. */
package dev.poxgen.benchmarks;
