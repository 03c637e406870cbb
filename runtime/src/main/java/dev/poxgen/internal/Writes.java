package dev.poxgen.internal;

import dev.poxgen.Extras;
import dev.poxgen.PoxWriteException;
import dev.poxgen.XmlAttribute;
import java.util.List;

/**
 * What generated writers do with content kept from a lenient read: write it back where it was.
 * (The validator, run on every write, says which of it the schema forbids.)
 */
public final class Writes {
  private Writes() {}

  /**
   * Writes the kept nodes that came before the {@code known}-th known child, from index {@code
   * next}; returns the index of the first node not written.
   */
  public static int nodes(XmlOut out, List<Extras.Unknown> nodes, int next, int known) throws PoxWriteException {
    int i = next;
    while (i < nodes.size() && nodes.get(i).position() <= known) {
      Extras.Unknown u = nodes.get(i++);
      // One found inside a child that holds only text goes back inside it (KeptNodes.endChild).
      if (u.within() == null) {
        out.node(u.node());
      }
    }
    return i;
  }

  /** Writes the kept nodes found inside the child {@code key}, after its text. */
  public static void within(XmlOut out, List<Extras.Unknown> nodes, String key) throws PoxWriteException {
    for (Extras.Unknown u : nodes) {
      if (key.equals(u.within())) {
        out.node(u.node());
      }
    }
  }

  /** Writes the rest of the kept nodes. */
  public static void rest(XmlOut out, List<Extras.Unknown> nodes, int next) throws PoxWriteException {
    nodes(out, nodes, next, Integer.MAX_VALUE);
  }

  /** Writes kept attributes on the element just opened. */
  public static void attributes(XmlOut out, List<XmlAttribute> attributes) throws PoxWriteException {
    for (XmlAttribute a : attributes) {
      out.attribute(a);
    }
  }
}
