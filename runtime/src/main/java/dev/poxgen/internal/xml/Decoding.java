package dev.poxgen.internal.xml;

import dev.poxgen.PoxReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to characters, before any parser sees them: the encoding from the byte order mark, the
 * first bytes and the XML declaration (XML 1.0, appendix F), a contradiction between them refused,
 * and every byte that is not text in that encoding an error with its line and column, never a
 * silent U+FFFD. Doing it here gives the JDK's parser and Woodstox the same behaviour, and keeps
 * the JDK's parser from printing its own complaints to standard error.
 */
final class Decoding {
  private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"'>]*)[\"']");
  private static final Pattern ENCODING_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

  private Decoding() {}

  /**
   * A byte that is not text in the document's encoding, and where. Not a
   * {@code CharConversionException}: the JDK's parser reports those through its default error
   * handler, which prints "[Fatal Error]" to standard error.
   */
  static final class EncodingError extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    EncodingError(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /** The document's encoding, from its first bytes; the BOM, if any, is left for the reader to skip. */
  static Charset detect(byte[] head, int n) throws PoxReadException {
    Charset bom = null;
    if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      bom = StandardCharsets.UTF_8;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      bom = StandardCharsets.UTF_16BE;
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      bom = StandardCharsets.UTF_16LE;
    }
    Charset sniffed = bom;
    if (sniffed == null && n >= 4 && head[0] == 0 && head[1] == '<' && head[2] == 0 && head[3] == '?') {
      sniffed = StandardCharsets.UTF_16BE;
    } else if (sniffed == null && n >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
      sniffed = StandardCharsets.UTF_16LE;
    }
    Charset family = sniffed == null ? StandardCharsets.UTF_8 : sniffed;
    int skip = bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
    String text = new String(head, skip, Math.max(0, n - skip), family);
    String declared = declaredEncoding(text);
    if (declared == null) {
      return family;
    }
    Charset charset;
    try {
      charset = Charset.forName(declared);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new PoxReadException(PoxReadException.Kind.ENCODING, 1, 1,
          "the XML declaration names the encoding \"" + declared + "\", which this JVM does not know", e);
    }
    boolean declaredSixteen = declared.toUpperCase(Locale.ROOT).startsWith("UTF-16");
    boolean bytesSixteen = family == StandardCharsets.UTF_16BE || family == StandardCharsets.UTF_16LE;
    if (declaredSixteen != bytesSixteen || bom == StandardCharsets.UTF_8 && !charset.equals(StandardCharsets.UTF_8)) {
      throw new PoxReadException(PoxReadException.Kind.ENCODING, 1, 1,
          "the XML declaration says encoding=\"" + declared + "\", but the bytes are " + family.name()
              + (bom != null ? " (by their byte order mark)" : ""), null);
    }
    return bytesSixteen ? family : charset;
  }

  /**
   * The encoding the XML declaration at the start of {@code text} names, or null when it names
   * none; refused when it is not an encoding name. The JDK's parser does not look at the name when
   * it is given characters, so poxgen does, for characters and bytes alike.
   */
  static String declaredEncoding(String text) throws PoxReadException {
    Matcher m = DECLARED_ENCODING.matcher(text.startsWith("\ufeff") ? text.substring(1) : text);
    if (!m.find()) {
      return null;
    }
    String declared = m.group(1);
    if (!ENCODING_NAME.matcher(declared).matches()) {
      throw new PoxReadException(PoxReadException.Kind.ENCODING, 1, 1, "the XML declaration names the encoding \""
          + declared + "\", which is not an encoding name (a letter, then letters, digits, '.', '_' or '-')", null);
    }
    return declared;
  }

  /** Characters from bytes in this encoding, strictly, skipping a byte order mark. */
  static Reader reader(InputStream in, Charset charset) {
    return new StrictReader(in, charset);
  }

  private static final class StrictReader extends Reader {
    private static final int MIN_BUFFER = 256;
    private static final int MAX_BUFFER = 8192;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes;
    private final CharBuffer chars;
    private boolean eof;
    private boolean done;
    private boolean started;
    private int line = 1;
    private int column = 1;

    StrictReader(InputStream in, Charset charset) {
      this.in = in;
      int size = bufferSize(in);
      this.bytes = ByteBuffer.allocate(size);
      this.chars = CharBuffer.allocate(size);
      this.decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ((Buffer) bytes).flip();
      ((Buffer) chars).flip();
    }

    /**
     * 8 KB, or less when the input says it holds less (an in-memory document): the buffers are
     * most of what a read of a small document allocates. Never below 256, so that any encoding's
     * longest sequence fits.
     */
    private static int bufferSize(InputStream in) {
      int available;
      try {
        available = in.available();
      } catch (IOException e) {
        available = 0;
      }
      return available <= 0 ? MAX_BUFFER : Math.max(MIN_BUFFER, Math.min(MAX_BUFFER, available + 1));
    }

    @Override
    public int read(char[] out, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!chars.hasRemaining()) {
        if (!fill()) {
          return -1;
        }
      }
      int n = Math.min(len, chars.remaining());
      chars.get(out, off, n);
      for (int i = off; i < off + n; i++) {
        if (out[i] == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return n;
    }

    private boolean fill() throws IOException {
      if (done) {
        return false;
      }
      ((Buffer) chars).clear();
      while (chars.position() == 0) {
        if (!eof) {
          bytes.compact();
          int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (r < 0) {
            eof = true;
          } else {
            ((Buffer) bytes).position(bytes.position() + r);
          }
          ((Buffer) bytes).flip();
        }
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          throw error(result);
        }
        if (eof) {
          decoder.flush(chars);
          done = true;
          break;
        }
        if (result.isOverflow()) {
          break;
        }
      }
      ((Buffer) chars).flip();
      skipBom();
      return chars.hasRemaining() || fill();
    }

    private EncodingError error(CoderResult result) {
      ((Buffer) chars).flip();
      int errorLine = line;
      int errorColumn = column;
      for (int i = chars.position(); i < chars.limit(); i++) {
        if (chars.get(i) == '\n') {
          errorLine++;
          errorColumn = 1;
        } else {
          errorColumn++;
        }
      }
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
        hex.append(String.format(" %02X", bytes.get(bytes.position() + i) & 0xFF));
      }
      return new EncodingError("bytes that are not " + decoder.charset().name() + " text:" + hex
          + " (line " + errorLine + ", column " + errorColumn + ")", errorLine, errorColumn);
    }

    private void skipBom() {
      if (!started && chars.hasRemaining()) {
        started = true;
        if (chars.get(chars.position()) == '\ufeff') {
          chars.get();
        }
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
