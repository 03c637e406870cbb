/** Which parser a test run reads with. */
package dev.poxgen.examples.backends;
