package dev.poxgen;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One element a {@code processContents="lax"} element wildcard ({@code xs:any}) took: read as the
 * schema's document it is when a global element of the schema declares it ({@link #typed()}), kept
 * whole as XML otherwise ({@link #xml()}). Exactly one of the two is present. Immutable, with value
 * equality.
 *
 * @param <T> the schema's sealed document type, e.g. {@code SoapDocument}
 */
public final class Lax<T> {
  private final @Nullable T typed;
  private final @Nullable XmlElement xml;

  private Lax(@Nullable T typed, @Nullable XmlElement xml) {
    this.typed = typed;
    this.xml = xml;
  }

  /** An element a global element of the schema declares, read as that document. */
  public static <T> Lax<T> typed(T document) {
    return new Lax<>(Objects.requireNonNull(document, "document"), null);
  }

  /**
   * An element no global element of the schema declares, kept as XML. An element the schema does
   * declare belongs in {@link #typed}: the validator reports one given here.
   */
  public static <T> Lax<T> xml(XmlElement element) {
    return new Lax<>(null, Objects.requireNonNull(element, "element"));
  }

  /** Whether the element was read as one of the schema's documents. */
  public boolean isTyped() {
    return typed != null;
  }

  /** The document, when a global element of the schema declares the element; else empty. */
  public Optional<T> typed() {
    return Optional.ofNullable(typed);
  }

  /** The element as XML, when no global element of the schema declares it; else empty. */
  public Optional<XmlElement> xml() {
    return Optional.ofNullable(xml);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Lax<?> that && Objects.equals(typed, that.typed) && Objects.equals(xml, that.xml);
  }

  @Override
  public int hashCode() {
    return Objects.hash(typed, xml);
  }

  /** {@code Lax.typed(...)} or {@code Lax.xml(...)}, with the value's own text. */
  @Override
  public String toString() {
    return typed != null ? "Lax.typed(" + typed + ")" : "Lax.xml(" + xml + ")";
  }
}
