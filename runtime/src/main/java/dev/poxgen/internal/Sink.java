package dev.poxgen.internal;

import dev.poxgen.Code;

/**
 * Where generated checks report: the reader (findings with line:column) or the validator of a
 * value built in code (findings with the element path only). Checks are generated once and used
 * by both, so a document and the value read from it get the same verdict.
 */
public interface Sink {
  /** A sink that drops everything: for checks whose verdict is all that matters. */
  Sink IGNORE = new Sink() {
    @Override
    public void error(Code code, String message) {}

    @Override
    public void errorAboutChild(Code code, String child, String message) {}
  };

  /** An error about the current element (or the value it holds). */
  void error(Code code, String message);

  /** An error about a child of the current element that is not there, such as a missing one. */
  void errorAboutChild(Code code, String child, String message);

  /**
   * A value that XML Schema rejects but that plainly names one value of its type, such as
   * {@code OFF} for {@code off}: a warning when reading leniently, an error when reading strictly
   * and wherever there is no reading mode (validating a value built in code).
   */
  default void deviation(Code code, String message) {
    error(code, message);
  }

  /**
   * The current element or attribute holds a valid {@code xs:ID}: no other in the document may
   * hold it. A sink that checks a document remembers it; the default forgets it.
   */
  default void id(String value) {}

  /** The current element or attribute holds a valid {@code xs:IDREF}: some ID of the document must be it. */
  default void idref(String value) {}

  /**
   * The namespace URI {@code prefix} is bound to where the current value appears, for an {@code
   * xs:QName}: {@code ""} for the prefix {@code ""} where no default namespace is declared, and
   * null where the prefix is not bound, or where no document is read (the validator of a value
   * built in code, which has no prefixes to resolve).
   */
  default String namespaceUri(String prefix) {
    return null;
  }

  /**
   * A sink that reports nothing and registers no ID or IDREF, but resolves prefixes where {@code
   * outer}'s value appears: for a value checked already, as the type an {@code xsi:type} names,
   * and now parsed as its declared type.
   */
  static Sink quiet(Sink outer) {
    return new Sink() {
      @Override
      public void error(Code code, String message) {}

      @Override
      public void errorAboutChild(Code code, String child, String message) {}

      @Override
      public String namespaceUri(String prefix) {
        return outer.namespaceUri(prefix);
      }
    };
  }
}
