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
import org.jspecify.annotations.Nullable;

/**
 * The document's encoding, and its bytes checked before any parser sees them: the encoding from the
 * byte order mark, the first bytes and the XML declaration (XML 1.0, appendix F), a contradiction
 * between them refused, and every byte that is not text in that encoding an error with its line
 * and column, never a silent U+FFFD. Doing it here gives the JDK's parser and Woodstox the same
 * behaviour, and keeps the JDK's parser from printing its own complaints to standard error.
 *
 * <p>UTF-8, what nearly every document is, is checked in place ({@link #checkedUtf8}): the bytes go
 * to the parser as they are, each checked in the parser's own buffer as it reads them, so nothing
 * is decoded twice and there is no buffer of ours. A whole document in an array is checked at once
 * ({@link #checkedUtf8(byte[])}), by the JDK's strict decoder first. Other encodings are decoded
 * here ({@link #reader}), strictly, since the JDK's decoders for them would put U+FFFD for a bad
 * byte.
 */
final class Decoding {

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
    if (hasUtf8Mark(head, n)) {
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
    // The declaration ends at the first '>', a byte no UTF-8 sequence holds: no need to decode past it.
    int end = n;
    if (family == StandardCharsets.UTF_8) {
      for (int i = skip; i < n; i++) {
        if (head[i] == '>') {
          end = i + 1;
          break;
        }
      }
    }
    String text = new String(head, skip, Math.max(0, end - skip), family);
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
    String declared = declaredName(text, text.startsWith("\ufeff") ? 1 : 0);
    if (declared == null) {
      return null;
    }
    if (!isEncodingName(declared)) {
      throw new PoxReadException(PoxReadException.Kind.ENCODING, 1, 1, "the XML declaration names the encoding \""
          + declared + "\", which is not an encoding name (a letter, then letters, digits, '.', '_' or '-')", null);
    }
    return declared;
  }

  /**
   * What {@code encoding=} in the XML declaration at {@code from} gives, quoted by {@code "} or
   * {@code '} (either closes it), or null: the first {@code encoding} before the declaration's
   * {@code >} followed by {@code =} and a quoted value, whitespace around the {@code =}. By hand,
   * as the regular expression {@code ^<\?xml[^>]*?encoding\s*=\s*["']([^"'>]*)["']} reads it, which
   * cost each read a matcher.
   */
  private static String declaredName(String text, int from) {
    if (!text.startsWith("<?xml", from)) {
      return null;
    }
    int close = text.indexOf('>', from);
    int limit = close < 0 ? text.length() : close;
    for (int at = text.indexOf("encoding", from + 5); at >= 0 && at < limit; at = text.indexOf("encoding", at + 1)) {
      int i = skipSpace(text, at + 8, limit);
      if (i >= limit || text.charAt(i) != '=') {
        continue;
      }
      i = skipSpace(text, i + 1, limit);
      if (i >= limit || !isQuote(text.charAt(i))) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < limit && !isQuote(text.charAt(end))) {
        end++;
      }
      if (end < limit) {
        return text.substring(start, end);
      }
    }
    return null;
  }

  /** After the whitespace {@code \s} matches (space, tab, line feed, U+000B, form feed, carriage return). */
  private static int skipSpace(String text, int i, int limit) {
    while (i < limit && (text.charAt(i) == ' ' || (text.charAt(i) >= '\t' && text.charAt(i) <= '\r'))) {
      i++;
    }
    return i;
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  /** Whether {@code name} is a letter, then letters, digits, {@code .}, {@code _} or {@code -}. */
  private static boolean isEncodingName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * UTF-8 bytes, checked as the parser reads them: {@code head} holds the first {@code n} bytes,
   * already read from {@code in} (checked here, at once); the byte order mark, if any, is left out.
   *
   * @throws EncodingError when the head holds bytes that are not UTF-8 text
   */
  static CheckedUtf8 checkedUtf8(InputStream in, byte[] head, int n) throws EncodingError {
    return new CheckedUtf8(in, head, n, n < head.length, true);
  }

  /**
   * A whole document's UTF-8 bytes, all checked here, at once, by the same rules and with the same
   * errors as {@link #checkedUtf8(InputStream, byte[], int)} (a sequence cut by the end is an
   * error): for a parser to read the array itself, from {@link CheckedUtf8#start()}.
   *
   * <p>The bytes go through the JDK's own strict UTF-8 decoder first ({@link Utf8Validator}),
   * whose runs of ASCII are checked many bytes at a time: 0.05 ns a byte, against 0.3 for the
   * byte loop of {@link CheckedUtf8}, which has to count lines as it goes because a stream's
   * earlier bytes are gone when a bad one comes. An array's are not: only when the decoder refuses
   * the bytes does the byte loop run, over the whole array, for the error's line and column (and
   * its verdict is the one that counts, so that an array and a stream of the same bytes are
   * always read alike).
   *
   * @throws EncodingError when the bytes are not all UTF-8 text
   */
  static CheckedUtf8 checkedUtf8(byte[] document) throws EncodingError {
    int start = hasUtf8Mark(document, document.length) ? 3 : 0;
    boolean valid = Utf8Validator.valid(document, start);
    return new CheckedUtf8(null, document, document.length, true, !valid);
  }

  private static boolean hasUtf8Mark(byte[] b, int n) {
    return n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  /**
   * The JDK's UTF-8 decoder, which reports (never replaces) a malformed sequence, and a buffer for
   * what it decodes, which is thrown away: one of each per thread, kept, so that checking an array
   * allocates only the {@link ByteBuffer} over it. The JDK's decoder refuses exactly what Unicode's
   * table 3-7 does (overlong forms, surrogates, code points past U+10FFFF, cut sequences).
   */
  private static final class Utf8Validator {
    private static final ThreadLocal<Utf8Validator> PER_THREAD = new ThreadLocal<>();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer scratch = CharBuffer.allocate(4096);

    /** Whether {@code b[start, b.length)} is UTF-8 text, by the JDK's decoder. */
    static boolean valid(byte[] b, int start) {
      Utf8Validator v = PER_THREAD.get();
      if (v == null) {
        v = new Utf8Validator();
        PER_THREAD.set(v);
      }
      return v.decodes(ByteBuffer.wrap(b, start, b.length - start));
    }

    private boolean decodes(ByteBuffer in) {
      decoder.reset();
      while (true) {
        ((Buffer) scratch).clear();
        CoderResult result = decoder.decode(in, scratch, true);
        if (result.isError()) {
          return false;
        }
        if (result.isUnderflow()) {
          ((Buffer) scratch).clear();
          return !decoder.flush(scratch).isError();
        }
      }
    }
  }

  /**
   * UTF-8 bytes passed through unchanged, each checked in the reader's buffer before the read
   * returns: a byte that is not UTF-8 text is an {@link EncodingError} with the same message, line
   * and column as {@link #reader} gives (by the JDK's decoder, on the few bytes of the bad sequence).
   * ASCII takes one comparison a byte. A sequence cut by the end of a read is held back (at most
   * three bytes) and handed out with the next. Lines and columns are counted in characters, as
   * parsers count them: a line feed starts a line, a character above U+FFFF takes two columns.
   */
  static final class CheckedUtf8 extends InputStream {
    /** Where the bytes after the head come from; null when the head is the whole document. */
    private final @Nullable InputStream in;
    /** Checked bytes not yet handed out: the head at first, then what small reads left. */
    private final byte[] spare;
    private int spareAt;
    private int spareEnd;
    /** The start of a sequence cut by the end of the latest read, to check with the next. */
    private final byte[] carry = new byte[4];
    private int carried;
    private boolean eof;
    private int line = 1;
    private int column = 1;
    private CharsetDecoder decoder;
    private final byte[] one = new byte[1];

    /**
     * {@code eof}: whether the head holds all there is ({@code in} may be null only then);
     * {@code check}: whether to check it (it was checked already when not).
     */
    private CheckedUtf8(@Nullable InputStream in, byte[] head, int n, boolean eof, boolean check)
        throws EncodingError {
      this.in = in;
      this.spare = head;
      spareAt = hasUtf8Mark(head, n) ? 3 : 0;
      this.eof = eof;
      spareEnd = check ? check(head, spareAt, n) : n;
      carried = n - spareEnd;
      System.arraycopy(head, spareEnd, carry, 0, carried);
    }

    /**
     * The start of the checked head as text (without a byte order mark), for the checks of the
     * document's start: its leading whitespace and the five characters after it, all they read.
     */
    String head() {
      int end = spareAt;
      while (end < spareEnd && (spare[end] == ' ' || spare[end] == '\t' || spare[end] == '\n' || spare[end] == '\r')) {
        end++;
      }
      return new String(spare, spareAt, Math.min(spareEnd, end + 5) - spareAt, StandardCharsets.UTF_8);
    }

    /** Where the checked head's text starts: after its byte order mark, if any. */
    int start() {
      return spareAt;
    }

    /** Whether nothing but perhaps a byte order mark was there. */
    boolean empty() {
      return spareEnd == spareAt && carried == 0;
    }

    @Override
    public int read() throws IOException {
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (spareAt < spareEnd) {
        int n = Math.min(len, spareEnd - spareAt);
        System.arraycopy(spare, spareAt, b, off, n);
        spareAt += n;
        return n;
      }
      if (len <= carry.length) {
        // Too small to take a cut sequence and more: fill the spare bytes, and hand out from them.
        spareAt = 0;
        spareEnd = Math.max(0, fill(spare, 0, spare.length));
        return spareEnd == 0 ? -1 : read(b, off, len);
      }
      return fill(b, off, len);
    }

    /** Reads into {@code b} after the carried bytes, checks, and returns how many whole checked bytes it holds, or -1. */
    private int fill(byte[] b, int off, int len) throws IOException {
      while (true) {
        System.arraycopy(carry, 0, b, off, carried);
        int r = eof || in == null ? -1 : in.read(b, off + carried, len - carried);
        if (r < 0) {
          eof = true;
          if (carried == 0) {
            return -1;
          }
          r = 0;
        }
        int end = off + carried + r;
        int ok = check(b, off, end);
        carried = end - ok;
        System.arraycopy(b, ok, carry, 0, carried);
        if (ok > off) {
          return ok - off;
        }
      }
    }

    /**
     * Checks {@code b[from, end)} and returns where its whole sequences end: before a sequence
     * the bytes so far cannot decide, which the next read completes.
     */
    private int check(byte[] b, int from, int end) throws EncodingError {
      // The column is where i is past the line's start, which a line feed moves, and a sequence of
      // n bytes that takes fewer columns moves on by the rest. ASCII runs take the inner loop,
      // whose one branch per byte (is it ASCII?) is nearly always taken the same way: the line
      // feed's test compiles to conditional moves there. The same test first (c > '\n', then the
      // rest) branched per line and took 2.5 times as long on JDK 17 (525 against 215 us per MB of
      // the `large` benchmark document).
      int ln = line;
      int lineStart = from - (column - 1);
      int i = from;
      try {
        while (i < end) {
          for (; i < end; i++) {
            int c = b[i];
            if (c < 0) {
              break;
            }
            if (c == '\n') {
              ln++;
              lineStart = i + 1;
            }
          }
          if (i == end) {
            break;
          }
          int n = sequence(b, i, end);
          if (n == 0) {
            if (end - i < 4 && !eof) {
              return i;
            }
            line = ln;
            column = i - lineStart + 1;
            throw error(b, i, end);
          }
          lineStart += n - (n == 4 ? 2 : 1);
          i += n;
        }
        return i;
      } finally {
        line = ln;
        column = i - lineStart + 1;
      }
    }

    /** The length of the well-formed UTF-8 sequence of two to four bytes at {@code i}, or 0 (Unicode's table 3-7). */
    private static int sequence(byte[] b, int i, int end) {
      int lead = b[i] & 0xFF;
      int n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      if (lead < 0xC2 || lead > 0xF4 || end - i < n) {
        return 0;
      }
      int second = b[i + 1] & 0xFF;
      int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
      int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
      if (second < low || second > high) {
        return 0;
      }
      for (int k = 2; k < n; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return 0;
        }
      }
      return n;
    }

    /** The error for the bad sequence at {@code i}, its bytes as many as the JDK's decoder finds malformed. */
    private EncodingError error(byte[] b, int i, int end) {
      if (decoder == null) {
        decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
      }
      int window = Math.min(4, end - i);
      CoderResult result = decoder.reset().decode(ByteBuffer.wrap(b, i, window), CharBuffer.allocate(4), eof && window == end - i);
      int length = result.isError() ? result.length() : 1;
      StringBuilder hex = new StringBuilder();
      for (int k = 0; k < length && k < window; k++) {
        hex.append(String.format(" %02X", b[i + k] & 0xFF));
      }
      return new EncodingError("bytes that are not UTF-8 text:" + hex + " (line " + line + ", column " + column + ")",
          line, column);
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
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
      if (in != null) {
        in.close();
      }
    }
  }
}
