package dev.poxgen.processor.model;

import java.util.Objects;

/** The text of a component's {@code xs:documentation}, whitespace-normalised; empty when none. */
public record Documentation(String text) {
  public static final Documentation NONE = new Documentation("");

  public Documentation {
    Objects.requireNonNull(text, "text");
    text = text.strip().replaceAll("\\s+", " ");
  }

  public static Documentation of(String text) {
    return text == null || text.isBlank() ? NONE : new Documentation(text);
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }
}
