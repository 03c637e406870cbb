package dev.poxgen.internal;

import dev.poxgen.PoxReadException;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The frame of every generated read: open, find the document element, read it, check the end. */
public final class Reads {
  private Reads() {}

  /** Reads the document element with a generated root reader. */
  @FunctionalInterface
  public interface Root<T> {
    T read(PoxCursor cursor) throws PoxReadException;
  }

  public static <T> ReadResult<T> read(XMLStreamReader reader, ReadOptions options, Root<T> root)
      throws PoxReadException {
    try {
      PoxCursor cursor = new PoxCursor(reader, options);
      cursor.toRoot();
      T value = root.read(cursor);
      cursor.finish();
      return new ReadResult<>(value, cursor.findings());
    } finally {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // Closing releases the parser; the input stream is the caller's to close.
      }
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
