package dev.poxgen;

/** A piece of XML the schema does not describe, kept as it was read: an element or text. */
public sealed interface XmlNode permits XmlElement, XmlText {}
