package dev.poxgen;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Text where the schema expects none, kept as read. Immutable, with value equality. */
public final class XmlText implements XmlNode {
  private final String text;

  /** @param text the text as read */
  public XmlText(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The text as read. */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof XmlText t && text.equals(t.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "XmlText[text=" + text + "]";
  }
}
