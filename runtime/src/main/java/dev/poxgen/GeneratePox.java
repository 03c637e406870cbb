package dev.poxgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates typed Java for an XML schema into the annotated package, at compile time.
 *
 * <p>Put it on {@code package-info.java}:
 *
 * <pre>{@code
 * @GeneratePox                      // the bundled POX Autodiscover schema
 * package com.example.autodiscover;
 * }</pre>
 *
 * <p>and add {@code dev.poxgen:poxgen-processor} to the compiler's annotation processor path. For
 * each complex type of the schema you get an immutable class with a builder; for each enumeration,
 * an enum.
 *
 * <p>It is allowed on types only so that poxgen can tell you, with an error, to move it to
 * {@code package-info.java}. It is kept in the class file (not read at run time) because Gradle's
 * incremental compilation re-runs an aggregating processor such as poxgen's on annotated types it
 * does not recompile, which it finds in their class files.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface GeneratePox {
  /**
   * A schema bundled with poxgen, by name. Empty (the default) means {@code "autodiscover"}, unless
   * {@link #xsd()} names your own. Bundled: {@code "autodiscover"}, Exchange/Outlook POX
   * Autodiscover (requests and responses, Outlook and mobilesync).
   */
  String schema() default "";

  /**
   * Your own XSD instead of a bundled schema: a path with {@code /} separators, such as {@code
   * "schemas/orders.xsd"}; its relative imports are found beside it. poxgen looks for it, in order,
   * on the annotation processor path, on the compile class path (Maven copies {@code
   * src/main/resources} there before compiling), on the source path, and in each directory of the
   * processor option {@code -Apoxgen.schemaPath=DIR[:DIR...]} (the way for Gradle and plain javac).
   *
   * <p>Several entry documents, {@code xsd = {"a.xsd", "b.xsd"}}, make one schema, as though one
   * document imported or included the others; the first names the generated classes.
   */
  String[] xsd() default {};

  /**
   * The package to generate into; empty (the default) means the annotated package. Two
   * annotations may not generate into one package.
   */
  String packageName() default "";
}
