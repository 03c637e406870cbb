/** The POX Autodiscover API poxgen generates, as the benchmarks use it. */
@GeneratePox
package dev.poxgen.benchmarks.pox;

import dev.poxgen.GeneratePox;
