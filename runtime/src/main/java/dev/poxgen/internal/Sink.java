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
   * A sink that reports to {@code outer} but resolves prefixes by {@code prefixesAndUris} (a
   * prefix, its namespace URI, the next prefix, ...): for a schema's {@code default} or {@code
   * fixed} value of a type that may hold an {@code xs:QName}, whose prefixes are the schema
   * document's, not those where the document leaves the value out. A prefix not listed is bound to
   * nothing, but for {@code ""}, which is then no namespace.
   */
  static Sink inScope(Sink outer, String... prefixesAndUris) {
    if (prefixesAndUris.length % 2 != 0) {
      throw new IllegalArgumentException("prefixes and URIs come in pairs: " + prefixesAndUris.length);
    }
    String[] pairs = prefixesAndUris.clone();
    return new Sink() {
      @Override
      public void error(Code code, String message) {
        outer.error(code, message);
      }

      @Override
      public void errorAboutChild(Code code, String child, String message) {
        outer.errorAboutChild(code, child, message);
      }

      @Override
      public void deviation(Code code, String message) {
        outer.deviation(code, message);
      }

      @Override
      public void id(String value) {
        outer.id(value);
      }

      @Override
      public void idref(String value) {
        outer.idref(value);
      }

      @Override
      public String namespaceUri(String prefix) {
        for (int i = 0; i < pairs.length; i += 2) {
          if (pairs[i].equals(prefix)) {
            return pairs[i + 1];
          }
        }
        return prefix.isEmpty() ? "" : null;
      }
    };
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
