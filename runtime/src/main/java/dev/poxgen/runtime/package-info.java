/** The JDK-only support that generated code calls. Not meant to be called directly. */
package dev.poxgen.runtime;
