package dev.poxgen.internal;

import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.internal.xml.XmlEvents;
import dev.poxgen.internal.xml.XmlInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The frame of every generated read: open, find the document element, read it, check the end. */
public final class Reads {
  private Reads() {}

  /** Reads the document element with a generated root reader. */
  @FunctionalInterface
  public interface Root<T> {
    T read(PoxCursor cursor) throws PoxReadException;
  }

  /** Reads a document given as bytes; the encoding is detected. The stream stays open: it is the caller's. */
  private static <T> ReadResult<T> read(InputStream in, ReadOptions options, Root<T> root) throws PoxReadException {
    return read(XmlInput.open(new KeptOpenStream(in), options), options, root);
  }

  /** Reads a document given as characters. The reader stays open: it is the caller's. */
  private static <T> ReadResult<T> read(Reader in, ReadOptions options, Root<T> root) throws PoxReadException {
    return read(XmlInput.open(new KeptOpenReader(in), options), options, root);
  }

  /** The caller's stream, which a parser's {@code close()} (the JDK's StAX closes its input) leaves open. */
  private static final class KeptOpenStream extends java.io.FilterInputStream {
    KeptOpenStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller's to close.
    }
  }

  /** The caller's reader, which a parser's {@code close()} leaves open. */
  private static final class KeptOpenReader extends java.io.FilterReader {
    KeptOpenReader(Reader in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller's to close.
    }
  }

  /** Reads a document given as a string. */
  private static <T> ReadResult<T> read(String xml, ReadOptions options, Root<T> root) throws PoxReadException {
    return read(XmlInput.open(xml, options), options, root);
  }

  /** Reads a document from wherever the input says; a file is opened and closed here. */
  public static <T> ReadResult<T> read(dev.poxgen.XmlInput input, ReadOptions options, Root<T> root)
      throws PoxReadException {
    if (input instanceof dev.poxgen.XmlInput.FromBytes b) {
      return read(b.stream(), options, root);
    }
    if (input instanceof dev.poxgen.XmlInput.FromArray a) {
      return read(XmlInput.open(a.document(), options), options, root);
    }
    if (input instanceof dev.poxgen.XmlInput.FromChars c) {
      return read(c.reader(), options, root);
    }
    if (input instanceof dev.poxgen.XmlInput.FromString s) {
      return read(s.xml(), options, root);
    }
    Path file = ((dev.poxgen.XmlInput.FromFile) input).file();
    try (InputStream in = open(file)) {
      return read(in, options, root);
    } catch (PoxReadException e) {
      throw e;
    } catch (IOException e) {
      throw new PoxReadException(PoxReadException.Kind.IO, 0, 0, "closing " + file + " failed: " + e, e);
    }
  }

  private static <T> ReadResult<T> read(XmlEvents events, ReadOptions options, Root<T> root) throws PoxReadException {
    PoxCursor cursor = null;
    try {
      cursor = new PoxCursor(events, options);
      cursor.toRoot();
      T value = root.read(cursor);
      cursor.finish();
      return new ReadResult<>(value, cursor.findings());
    } finally {
      if (cursor != null) {
        cursor.release();
      }
      events.close();
    }
  }

  /** A file's bytes, or a {@link PoxReadException} of kind IO naming the file. */
  public static InputStream open(Path file) throws PoxReadException {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new PoxReadException(PoxReadException.Kind.IO, 0, 0, "no such file: " + file, e);
    } catch (IOException e) {
      throw new PoxReadException(PoxReadException.Kind.IO, 0, 0, "cannot read " + file + ": " + e, e);
    }
  }
}
