package dev.poxgen.processor.schema;

import java.util.Arrays;

/**
 * The document type declaration of a schema document as poxgen reads it: the internal subset
 * only. Published W3C schemas such as {@code xenc-schema.xsd} start with
 * {@code <!DOCTYPE schema PUBLIC "-//W3C//DTD XMLSchema 200102//EN" "http://www.w3.org/2001/XMLSchema.dtd" [...]>};
 * the external subset it names is never read (nothing is fetched), so the document's bytes have
 * that external identifier blanked out, space for character with line breaks kept, and every
 * parser of the document (poxgen's own and the JDK's schema compiler, which would otherwise try to
 * fetch it) sees the same declaration at the same lines and columns.
 */
final class Doctypes {
  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private Doctypes() {}

  /**
   * The bytes with the external identifier ({@code SYSTEM "..."} or {@code PUBLIC "..." "..."}) of
   * the document type declaration blanked; the same array when there is none, or when the
   * document is not in an ASCII-compatible encoding (the parser then reports the declaration).
   */
  static byte[] withoutExternalSubset(byte[] bytes) {
    int start = doctype(bytes);
    if (start < 0) {
      return bytes;
    }
    int i = skipSpace(bytes, start + DOCTYPE.length);
    i = skipName(bytes, i);
    int idStart = skipSpace(bytes, i);
    int idEnd;
    if (startsWith(bytes, idStart, "SYSTEM")) {
      idEnd = skipQuoted(bytes, skipSpace(bytes, idStart + 6));
    } else if (startsWith(bytes, idStart, "PUBLIC")) {
      idEnd = skipQuoted(bytes, skipSpace(bytes, skipQuoted(bytes, skipSpace(bytes, idStart + 6))));
    } else {
      return bytes;
    }
    if (idEnd < 0) {
      return bytes; // malformed: the parser says where
    }
    byte[] out = Arrays.copyOf(bytes, bytes.length);
    for (int k = idStart; k < idEnd; k++) {
      if (out[k] != '\n' && out[k] != '\r') {
        out[k] = ' ';
      }
    }
    return out;
  }

  /** Where {@code <!DOCTYPE} starts in the prolog, or -1 (also for UTF-16 and other encodings). */
  private static int doctype(byte[] b) {
    int i = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
    while (i < b.length) {
      if (b[i] != '<') {
        if (isSpace(b[i])) {
          i++;
          continue;
        }
        return -1;
      }
      if (startsWith(b, i, "<?")) {
        i = indexOf(b, i + 2, "?>");
      } else if (startsWith(b, i, "<!--")) {
        i = indexOf(b, i + 4, "-->");
      } else if (startsWith(b, i, "<!DOCTYPE")) {
        return i;
      } else {
        return -1; // the document element: no declaration
      }
      if (i < 0) {
        return -1;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, int from, String end) {
    for (int i = from; i + end.length() <= b.length; i++) {
      if (startsWith(b, i, end)) {
        return i + end.length();
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] b, int at, String s) {
    if (at < 0 || at + s.length() > b.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (b[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static int skipSpace(byte[] b, int i) {
    while (i >= 0 && i < b.length && isSpace(b[i])) {
      i++;
    }
    return i;
  }

  private static int skipName(byte[] b, int i) {
    while (i < b.length && !isSpace(b[i]) && b[i] != '[' && b[i] != '>') {
      i++;
    }
    return i;
  }

  /** The index after a quoted literal starting at {@code i}, or -1. */
  private static int skipQuoted(byte[] b, int i) {
    if (i < 0 || i >= b.length || (b[i] != '"' && b[i] != '\'')) {
      return -1;
    }
    byte quote = b[i];
    for (int k = i + 1; k < b.length; k++) {
      if (b[k] == quote) {
        return k + 1;
      }
    }
    return -1;
  }
}
