/**
 * Maven's POM schema ({@code maven-4.0.0.xsd}, Apache-2.0) as published, from the real-schema
 * corpus: what poxgen generates for a schema it does not bundle, for {@code PomBenchmark}.
 */
@GeneratePox(xsd = "maven-pom/maven-4.0.0.xsd")
package dev.poxgen.benchmarks.pom;

import dev.poxgen.GeneratePox;
