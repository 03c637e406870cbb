/** The {@code poxgen} command line: validate, show, request and discover, on generated code only. */
package dev.poxgen.examples.cli;
