package dev.poxgen.processor.naming;

import dev.poxgen.processor.model.ElementModel;
import java.util.Objects;
import java.util.Optional;

/**
 * A document element bound to the Java class a document of it is.
 *
 * <p>That is the class of its type when no other document element has that type ({@code
 * <Autodiscover>}: {@code AutodiscoverResponse}). Where several do (WS-Addressing's {@code
 * <ReplyTo>}, {@code <From>} and {@code <FaultTo>}, all an {@code EndpointReferenceType}), each
 * gets a small class of its own, named after the element, that holds a value of the type: {@code
 * ReplyTo.of(endpoint)}, {@code replyTo.value()}. So a document says which element it is, and the
 * type stays one class, which a value of every one of those elements is.
 *
 * <p>An element whose type has derived types an {@code xsi:type} may name ({@link FamilyBinding})
 * always has a holder, whose value is of the family's sealed interface: which element it is and
 * which type its value is are two things.
 *
 * @param element the global element
 * @param value the binding of its complex type: the type's class, or its family's interface
 * @param holderName the class of its own, when its type is another document element's too, or
 *     has a family
 */
public record DocumentBinding(ElementModel element, ValueBinding value, Optional<String> holderName) {
  public DocumentBinding {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(holderName, "holderName");
    if (value instanceof FamilyBinding && holderName.isEmpty()) {
      throw new IllegalArgumentException("a document of a family's type needs a holder: " + element.name());
    }
  }

  /** The class a document of this element is: its holder's, or its type's. */
  public String className() {
    return holderName.orElse(value.javaName());
  }

  /** The class of its type, when that is the document itself (no holder). */
  public Optional<TypeBinding> type() {
    return holderName.isPresent() ? Optional.empty() : Optional.of((TypeBinding) value);
  }

  /** Whether a document of this element is a holder of a value of its type. */
  public boolean holds() {
    return holderName.isPresent();
  }

  /** {@code REPLY_TO}: its constant of the documents' kind. */
  public String kind() {
    return JavaNames.constant(className());
  }
}
