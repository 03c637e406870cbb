package dev.poxgen;

import java.util.Objects;

/** Text where the schema expects none, kept as read. */
public record XmlText(String text) implements XmlNode {
  public XmlText {
    Objects.requireNonNull(text, "text");
  }
}
