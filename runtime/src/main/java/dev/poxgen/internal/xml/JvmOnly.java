package dev.poxgen.internal.xml;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that uses what Android lacks ({@code javax.xml.stream}): the StAX backend. Such a
 * class is loaded only when StAX was chosen or found, so Android never loads it, and the build's
 * Android API check (animal-sniffer, API level 26) skips exactly the classes marked with this.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface JvmOnly {}
