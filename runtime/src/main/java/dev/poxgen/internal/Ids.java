package dev.poxgen.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document-wide checks of {@code xs:ID} and {@code xs:IDREF} (XML Schema 1.0, section 3.3.4,
 * validation rule 2.2.3): no two IDs of a document are equal, and each IDREF is one of its IDs.
 * A duplicate is reported at once; an IDREF, which may come before its ID, at the document's end
 * ({@link #finish}). One instance checks one document or value on one thread.
 */
final class Ids {
  /** An ID or IDREF where it was: a finding's position and path, and the attribute it is in ("" for text). */
  private static final class At {
    final int line;
    final int column;
    final String path;
    final String attribute;
    final String value;

    At(int line, int column, String path, String attribute, String value) {
      this.line = line;
      this.column = column;
      this.path = path;
      this.attribute = attribute;
      this.value = value;
    }

    String label() {
      return attribute.isEmpty() ? "" : attribute + ": ";
    }

    String where() {
      return path + (attribute.isEmpty() ? "" : "/" + attribute) + (line == 0 ? "" : " (" + line + ":" + column + ")");
    }
  }

  private final Map<String, At> ids = new HashMap<>();
  private final List<At> references = new ArrayList<>();

  /** An ID; a second of one value is reported to {@code report} at once. */
  void id(int line, int column, String path, String attribute, String value, Identity.Report report) {
    At here = new At(line, column, path, attribute, value);
    At first = ids.putIfAbsent(value, here);
    if (first != null) {
      report.error(line, column, path, here.label() + "the xs:ID \"" + value + "\" is also at " + first.where()
          + ", and no two IDs of a document are equal");
    }
  }

  /** An IDREF, checked at {@link #finish}. */
  void idref(int line, int column, String path, String attribute, String value) {
    references.add(new At(line, column, path, attribute, value));
  }

  /** Reports each IDREF that is no ID of the document, in document order; forgets them. */
  void finish(Identity.Report report) {
    for (At r : references) {
      if (!ids.containsKey(r.value)) {
        report.error(r.line, r.column, r.path, r.label() + "the xs:IDREF \"" + r.value
            + "\" refers to no element: no xs:ID of the document is \"" + r.value + "\"");
      }
    }
    references.clear();
  }
}
