/** What consumers write: the {@link dev.poxgen.GeneratePox} annotation. */
package dev.poxgen;
