/** What consumers write: the {@link dev.poxgen.GeneratePox} annotation. */
@NullMarked
package dev.poxgen;

import org.jspecify.annotations.NullMarked;
