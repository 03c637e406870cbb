package dev.poxgen.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The value spaces of the number types, where an enumeration compares values rather than text:
 * {@code 01}, {@code +1} and {@code 1} are one {@code xs:int}; {@code 1.50} and {@code 1.5} one
 * {@code xs:decimal}; {@code 15E-1} and {@code 1.5} one {@code xs:double}. For generated readers,
 * after the text matched no enumeration value as written.
 */
public enum NumberSpace {
  /** {@code xs:integer} and the types derived from it. */
  INTEGER,
  /** {@code xs:decimal}. */
  DECIMAL,
  /** {@code xs:float}: values rounded to the nearest float. */
  FLOAT,
  /** {@code xs:double}: values rounded to the nearest double. */
  DOUBLE;

  /**
   * Whether {@code text} is a number of this space equal to {@code value}, a lexical form of one:
   * as the JDK's validator compares them, NaN equal to NaN and 0 to -0 for the floating types.
   */
  public boolean equal(String text, String value) {
    switch (this) {
      case INTEGER: {
        BigInteger a = Lexical.parseInteger(text);
        return a != null && a.equals(Lexical.parseInteger(value));
      }
      case DECIMAL: {
        BigDecimal a = Lexical.parseDecimal(text);
        BigDecimal b = Lexical.parseDecimal(value);
        return a != null && b != null && a.compareTo(b) == 0;
      }
      case FLOAT: {
        Float a = Lexical.parseFloat(text);
        Float b = Lexical.parseFloat(value);
        return a != null && b != null && (a.floatValue() == b.floatValue() || a.isNaN() && b.isNaN());
      }
      default: {
        Double a = Lexical.parseDouble(text);
        Double b = Lexical.parseDouble(value);
        return a != null && b != null && (a.doubleValue() == b.doubleValue() || a.isNaN() && b.isNaN());
      }
    }
  }
}
