package dev.poxgen.internal;

import dev.poxgen.Code;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;

/**
 * Values of {@code xs:QName}: a lexical form's prefix resolved against the namespaces in scope
 * where it appears, and the lexical form of a value. (The generated rules check the form itself:
 * {@code prefix:local} or {@code local}, each part an NCName.)
 */
public final class QNames {
  private QNames() {}

  /**
   * The QName the text {@code lexical} (whitespace collapsed) stands for where {@code sink}'s value
   * appears, or null, after reporting why not: it is not of the form {@code prefix:local} or
   * {@code local}, each an NCName ({@code ncName}, XML Schema's pattern), or its prefix is bound to
   * no namespace there.
   */
  public static QName parse(String lexical, Pattern ncName, Sink sink) {
    int colon = lexical.indexOf(':');
    boolean form = ncName.matcher(lexical.substring(colon + 1)).matches()
        && (colon < 0 || ncName.matcher(lexical.substring(0, colon)).matches());
    if (!form) {
      sink.error(Code.INVALID_VALUE, quote(lexical) + " is not a QName: a name, or a prefix and a name joined by a"
          + " colon (prefix:name), each an NCName");
      return null;
    }
    return resolve(lexical, sink);
  }

  /**
   * Reports a QName built in code whose local part is not an NCName ({@code ncName}), so no
   * document can spell it; whether it is one. (The writer binds a prefix of its own where the
   * value's is not one.)
   */
  public static boolean check(QName value, Pattern ncName, Sink sink) {
    if (ncName.matcher(value.getLocalPart()).matches()) {
      return true;
    }
    sink.error(Code.INVALID_VALUE, quote(value.getLocalPart()) + " is not an NCName, so not the local part of a"
        + " QName");
    return false;
  }

  private static String quote(String text) {
    return '"' + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + '"';
  }

  /**
   * The QName {@code lexical} (whitespace collapsed, of the form {@code prefix:local} or {@code
   * local}) stands for where {@code sink}'s value appears, or null, after reporting it, where its
   * prefix is bound to no namespace. An unprefixed name is in the default namespace, or in none.
   */
  static QName resolve(String lexical, Sink sink) {
    int colon = lexical.indexOf(':');
    String prefix = colon < 0 ? "" : lexical.substring(0, colon);
    String uri = sink.namespaceUri(prefix);
    if (uri == null && prefix.isEmpty()) {
      uri = "";
    }
    if (uri == null) {
      sink.error(Code.INVALID_VALUE, quote(lexical) + " has the prefix " + prefix
          + ", which no namespace declaration in scope binds");
      return null;
    }
    return new QName(uri, lexical.substring(colon + 1), prefix);
  }

  /** The value as it was read or built: {@code prefix:local}, or {@code local} without a prefix. */
  public static String lexical(QName value) {
    return value.getPrefix().isEmpty() ? value.getLocalPart() : value.getPrefix() + ":" + value.getLocalPart();
  }
}
