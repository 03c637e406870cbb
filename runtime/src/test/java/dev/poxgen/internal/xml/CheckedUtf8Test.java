package dev.poxgen.internal.xml;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * UTF-8 checked in place says what strict decoding says: the same bytes through, or the same
 * error (bytes, line, column), however the input and the parser cut the reads; a byte order mark
 * takes no column.
 */
class CheckedUtf8Test {
  private static final String[] TEXT = {"a", "<", "\n", "\r", "\u00e9", "\u20ac", "\uD83D\uDCE7", " "};
  private static final int[][] BAD = {{0xFF}, {0xC0, 0xBC}, {0xC1}, {0xF4, 0x90, 0x80, 0x80}, {0xED, 0xA0, 0x80},
      {0xED, 0xA0, 0x41}, {0xE0, 0x80}, {0xE2, 0x82}, {0xF0, 0x8F, 0xBF, 0xBF}, {0xF0, 0x9F, 0x93}, {0x80}, {0xF8}};

  @Test
  void sameBytesOrSameErrorAsStrictDecoding() throws IOException {
    Random random = new Random(15);
    for (int trial = 0; trial < 5000; trial++) {
      byte[] doc = document(random);
      int inputChunk = 1 + random.nextInt(trial % 2 == 0 ? 7 : 2000);
      int readChunk = 1 + random.nextInt(trial % 3 == 0 ? 6 : 5000);
      // Strict decoding counted a byte order mark as a column when the error was in its first buffer.
      boolean bom = doc.length >= 3 && doc[0] == (byte) 0xEF && doc[1] == (byte) 0xBB && doc[2] == (byte) 0xBF;
      String strict = strict(bom ? java.util.Arrays.copyOfRange(doc, 3, doc.length) : doc);
      String checked = checked(doc, inputChunk, readChunk);
      assertWithMessage("trial %s, chunks %s/%s, bytes %s", trial, inputChunk, readChunk, hex(doc))
          .that(checked).isEqualTo(strict);
    }
  }

  private static byte[] document(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(5) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    int length = random.nextInt(random.nextBoolean() ? 20 : 1500);
    // Half the documents are mostly runs of plain ASCII, as XML is: a line feed, a sequence or an
    // error may fall anywhere in or after a run.
    boolean runs = random.nextBoolean();
    for (int i = 0; i < length; i++) {
      if (runs && random.nextInt(12) != 0) {
        out.write('a' + random.nextInt(26));
      } else if (random.nextInt(400) == 0) {
        for (int b : BAD[random.nextInt(BAD.length)]) {
          out.write(b);
        }
      } else {
        out.writeBytes(TEXT[random.nextInt(TEXT.length)].getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** The text strict decoding gives, or its error's message. */
  private static String strict(byte[] doc) {
    try (Reader r = Decoding.reader(new ByteArrayInputStream(doc), StandardCharsets.UTF_8)) {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[100];
      for (int n; (n = r.read(buf, 0, buf.length)) >= 0; ) {
        b.append(buf, 0, n);
      }
      return b.toString();
    } catch (Decoding.EncodingError e) {
      return "error " + e.getMessage() + " at " + e.line + ":" + e.column;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The text the checked bytes hold, read in pieces of at most {@code readChunk}, or the error's message. */
  private static String checked(byte[] doc, int inputChunk, int readChunk) throws IOException {
    InputStream in = new ByteArrayInputStream(doc) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, inputChunk));
      }
    };
    try {
      byte[] head = new byte[512];
      int n = 0;
      for (int r; n < head.length && (r = in.read(head, n, head.length - n)) >= 0; ) {
        n += r;
      }
      InputStream checked = Decoding.checkedUtf8(in, head, n);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[readChunk];
      for (int r; (r = readChunk == 1 ? single(checked, buf) : checked.read(buf, 0, buf.length)) >= 0; ) {
        out.write(buf, 0, r);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (Decoding.EncodingError e) {
      return "error " + e.getMessage() + " at " + e.line + ":" + e.column;
    }
  }

  private static int single(InputStream in, byte[] buf) throws IOException {
    int b = in.read();
    if (b < 0) {
      return -1;
    }
    buf[0] = (byte) b;
    return 1;
  }

  private static String hex(byte[] doc) {
    StringBuilder b = new StringBuilder();
    for (byte x : doc) {
      b.append(String.format("%02X", x & 0xFF));
    }
    return b.toString();
  }
}
