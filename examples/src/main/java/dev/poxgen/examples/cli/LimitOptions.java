package dev.poxgen.examples.cli;

import dev.poxgen.Limits;
import dev.poxgen.PoxReadException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that raise (or lower) the reading limits, shared by {@code validate} and {@code show},
 * and the words a limit failure is told in: which option raises it, never the library's
 * {@code Limits.with...} a command-line user cannot call.
 */
final class LimitOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec command;

  @Option(names = "--max-depth", paramLabel = "N", defaultValue = "32",
      description = "Element nesting allowed (default: ${DEFAULT-VALUE}).")
  int maxDepth;

  @Option(names = "--max-attributes", paramLabel = "N", defaultValue = "64",
      description = "Attributes on one element (default: ${DEFAULT-VALUE}).")
  int maxAttributes;

  @Option(names = "--max-name-length", paramLabel = "N", defaultValue = "256",
      description = "Characters in one element or attribute name (default: ${DEFAULT-VALUE}).")
  int maxNameLength;

  @Option(names = "--max-text-length", paramLabel = "N", defaultValue = "65536",
      description = "Characters in one text or attribute value (default: ${DEFAULT-VALUE}).")
  int maxTextLength;

  @Option(names = "--max-elements", paramLabel = "N", defaultValue = "100000",
      description = "Elements in one document (default: ${DEFAULT-VALUE}).")
  int maxElements;

  @Option(names = "--max-document-size", paramLabel = "SIZE", defaultValue = "8M", converter = Size.class,
      description = "Bytes of one document; K, M and G multiply by 1024 (default: ${DEFAULT-VALUE}).")
  long maxDocumentSize;

  /** The limits these options give; with none given, {@link Limits#DEFAULTS}. */
  Limits limits() {
    try {
      return new Limits(maxDepth, maxAttributes, maxNameLength, maxTextLength, maxElements, maxDocumentSize);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(command.commandLine(),
          "a limit must be at least 1 (--max-attributes and --max-text-length may be 0)");
    }
  }

  /** The option that sets this limit. */
  static String option(PoxReadException.Limit limit) {
    return switch (limit) {
      case MAX_DEPTH -> "--max-depth";
      case MAX_ATTRIBUTES -> "--max-attributes";
      case MAX_NAME_LENGTH -> "--max-name-length";
      case MAX_TEXT_LENGTH -> "--max-text-length";
      case MAX_ELEMENTS -> "--max-elements";
      case MAX_DOCUMENT_SIZE -> "--max-document-size";
    };
  }

  /** A limit failure in the command line's words: what the document exceeded and the option to raise it. */
  static String explain(PoxReadException.Limit limit, long value) {
    String what = switch (limit) {
      case MAX_DEPTH -> "the elements are nested more than " + value + " levels deep";
      case MAX_ATTRIBUTES -> "an element has more than " + value + " attributes";
      case MAX_NAME_LENGTH -> "a name is longer than " + value + " characters";
      case MAX_TEXT_LENGTH -> "a text or attribute value is longer than " + value + " characters";
      case MAX_ELEMENTS -> "the document has more than " + value + " elements";
      case MAX_DOCUMENT_SIZE -> "the document is larger than " + value + " bytes";
    };
    return what + "; raise the limit with " + option(limit) + " " + (limit == PoxReadException.Limit.MAX_DOCUMENT_SIZE
        ? "SIZE" : "N");
  }

  /** {@code 8M}: a number of bytes, with K, M or G for KiB, MiB or GiB. */
  static final class Size implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
      String t = text.trim();
      long unit = 1;
      if (!t.isEmpty()) {
        switch (Character.toUpperCase(t.charAt(t.length() - 1))) {
          case 'K' -> unit = 1L << 10;
          case 'M' -> unit = 1L << 20;
          case 'G' -> unit = 1L << 30;
          default -> unit = 1;
        }
      }
      String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
      try {
        return Math.multiplyExact(Long.parseLong(digits), unit);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new CommandLine.TypeConversionException(
            "'" + text + "' is not a size: a whole number of bytes, optionally followed by K, M or G");
      }
    }
  }
}
