/**
 * The XML events poxgen reads through ({@link dev.poxgen.internal.xml.XmlEvents}), from StAX on the
 * JVM or XmlPull on Android, hardened, strictly decoded and limit-checked alike. Not API.
 */
package dev.poxgen.internal.xml;
