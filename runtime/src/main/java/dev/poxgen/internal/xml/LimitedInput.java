package dev.poxgen.internal.xml;

import dev.poxgen.PoxReadException;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** Inputs that stop with {@link LimitExceeded} past a number of bytes or characters. */
final class LimitedInput {
  private LimitedInput() {}

  /** Thrown from {@code read} when the document is larger than the limit. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    final long limit;

    LimitExceeded(long limit, String unit) {
      super("limit maxDocumentSize exceeded: the document is larger than " + limit + " " + unit
          + " (raise it with Limits.withMaxDocumentSize)");
      this.limit = limit;
    }

    /** This failure as ours, at a place in the document. */
    PoxReadException at(int line, int column) {
      return new PoxReadException(PoxReadException.Limit.MAX_DOCUMENT_SIZE, limit, line, column, getMessage(), this);
    }
  }

  static InputStream of(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > limit) {
          throw new LimitExceeded(limit, "bytes");
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0 && (count += n) > limit) {
          throw new LimitExceeded(limit, "bytes");
        }
        return n;
      }
    };
  }

  static Reader of(Reader in, long limit) {
    return new FilterReader(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0 && ++count > limit) {
          throw new LimitExceeded(limit, "characters");
        }
        return c;
      }

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0 && (count += n) > limit) {
          throw new LimitExceeded(limit, "characters");
        }
        return n;
      }
    };
  }
}
