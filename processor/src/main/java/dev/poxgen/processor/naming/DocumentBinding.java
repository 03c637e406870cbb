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
 * @param element the global element
 * @param type the binding of its complex type
 * @param holderName the class of its own, when its type is another document element's too
 */
public record DocumentBinding(ElementModel element, TypeBinding type, Optional<String> holderName) {
  public DocumentBinding {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(holderName, "holderName");
  }

  /** The class a document of this element is: its holder's, or its type's. */
  public String className() {
    return holderName.orElse(type.className());
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
