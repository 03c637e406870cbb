package dev.poxgen;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a document comes from, for the generated {@code read} methods: a file, bytes in a stream or
 * an array (the encoding is detected), characters, or a string that holds the XML itself.
 * Immutable; it holds the source. Reading consumes a stream or reader and leaves it open: it stays
 * yours to close (with try-with-resources); a file is opened and closed by the read.
 *
 * <pre>{@code
 * AutodiscoverXml.read(XmlInput.of(Path.of("answer.xml")));
 * AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(body), ReadOptions.strict());
 * }</pre>
 */
public sealed interface XmlInput permits XmlInput.FromFile, XmlInput.FromBytes, XmlInput.FromArray,
    XmlInput.FromChars, XmlInput.FromString {
  /** A document in a file. */
  static XmlInput of(Path file) {
    return new FromFile(file);
  }

  /** A document as bytes; the encoding is detected from the XML declaration or a byte order mark. */
  static XmlInput of(InputStream in) {
    return new FromBytes(in);
  }

  /**
   * A document held in a byte array (an HTTP response's body, say); the encoding is detected as
   * for a stream. The array is read in place, not copied: the parser reads it as its own buffer
   * where it can (Woodstox), so it must not change while a read runs. Reading it gives what
   * reading {@code new ByteArrayInputStream(document)} gives, findings and errors alike, sooner
   * (but for the column of a limit met inside one long token, which follows how the parser filled
   * its buffer).
   */
  static XmlInput of(byte[] document) {
    return new FromArray(document);
  }

  /** A document as characters. */
  static XmlInput of(Reader in) {
    return new FromChars(in);
  }

  /** A document held in a string: the XML itself, not a file name. */
  static XmlInput ofString(String xml) {
    return new FromString(xml);
  }

  /** A document in a file. */
  final class FromFile implements XmlInput {
    private final Path file;

    private FromFile(Path file) {
      this.file = Objects.requireNonNull(file, "file");
    }

    public Path file() {
      return file;
    }

    @Override
    public String toString() {
      return "XmlInput.of(" + file + ")";
    }
  }

  /** A document as bytes. */
  final class FromBytes implements XmlInput {
    private final InputStream in;

    private FromBytes(InputStream in) {
      this.in = Objects.requireNonNull(in, "in");
    }

    public InputStream stream() {
      return in;
    }

    @Override
    public String toString() {
      return "XmlInput.of(" + in + ")";
    }
  }

  /** A document held in a byte array. */
  final class FromArray implements XmlInput {
    private final byte[] document;

    private FromArray(byte[] document) {
      this.document = Objects.requireNonNull(document, "document");
    }

    /** The caller's array itself, not a copy. */
    public byte[] document() {
      return document;
    }

    @Override
    public String toString() {
      return "XmlInput.of(" + document.length + " bytes)";
    }
  }

  /** A document as characters. */
  final class FromChars implements XmlInput {
    private final Reader in;

    private FromChars(Reader in) {
      this.in = Objects.requireNonNull(in, "in");
    }

    public Reader reader() {
      return in;
    }

    @Override
    public String toString() {
      return "XmlInput.of(" + in + ")";
    }
  }

  /** A document held in a string. */
  final class FromString implements XmlInput {
    private final String xml;

    private FromString(String xml) {
      this.xml = Objects.requireNonNull(xml, "xml");
    }

    public String xml() {
      return xml;
    }

    @Override
    public String toString() {
      return "XmlInput.ofString(" + xml.length() + " characters)";
    }
  }
}
