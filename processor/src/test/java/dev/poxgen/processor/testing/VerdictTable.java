package dev.poxgen.processor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A checked-in table of schema verdicts per document (see {@code corpus-verdicts.tsv}). */
public final class VerdictTable {
  /** One row: the verdict and, for an invalid document, the violation and where it is. */
  public record Row(String file, boolean valid, String kind, int line, String messageFragment, String reason) {}

  private VerdictTable() {}

  public static Map<String, Row> load(String resource) throws IOException {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (InputStream in = Objects.requireNonNull(VerdictTable.class.getResourceAsStream(resource), resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length != 6) {
          throw new IllegalStateException(resource + ": want 6 tab-separated columns in: " + line);
        }
        boolean valid = switch (c[1]) {
          case "valid" -> true;
          case "invalid" -> false;
          default -> throw new IllegalStateException(resource + ": verdict must be valid or invalid: " + line);
        };
        if (!valid && (c[2].isBlank() || c[3].isBlank() || c[4].isBlank() || c[5].isBlank())) {
          throw new IllegalStateException(resource + ": an invalid row must name its violation: " + line);
        }
        Row row = new Row(c[0], valid, c[2], valid ? 0 : Integer.parseInt(c[3]), c[4], c[5]);
        if (rows.put(row.file(), row) != null) {
          throw new IllegalStateException(resource + ": listed twice: " + row.file());
        }
      }
    }
    return rows;
  }
}
