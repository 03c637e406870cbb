package dev.poxgen.internal;

import dev.poxgen.Extras;
import dev.poxgen.PoxWriteException;
import dev.poxgen.XmlAttribute;
import java.util.List;

/**
 * The nodes a lenient read kept among an element's children, as a generated writer puts them
 * back: each before the known child it came before, the rest after the last one. One per element
 * being written.
 */
public final class KeptNodes {
  private final List<Extras.Unknown> nodes;
  private int next;
  private int known;

  /** The kept nodes of the element being written, {@link Extras#nodes()}. */
  public KeptNodes(List<Extras.Unknown> nodes) {
    this.nodes = nodes;
  }

  /** Writes the kept nodes that came before the next known child, which the caller writes next. */
  public void beforeChild(XmlOut out) throws PoxWriteException {
    next = Writes.nodes(out, nodes, next, known++);
  }

  /**
   * Starts the next known child, one that holds only text: the kept nodes that came before it
   * ({@link #beforeChild(XmlOut)}), its start tag and the {@code attributes} kept on it.
   */
  public void startChild(XmlOut out, String namespace, String name, List<XmlAttribute> attributes)
      throws PoxWriteException {
    beforeChild(out);
    out.start(namespace, name);
    Writes.attributes(out, attributes);
  }

  /**
   * Ends the child that holds only text that {@link #startChild} started, whose key is {@code key}
   * ({@code Message}, {@code Protocol[2]}): the nodes a read found inside it go back after its
   * text, then its end tag.
   */
  public void endChild(XmlOut out, String key) throws PoxWriteException {
    Writes.within(out, nodes, key);
    out.end();
  }

  /** Writes the kept nodes that came after the last known child. */
  public void rest(XmlOut out) throws PoxWriteException {
    Writes.rest(out, nodes, next);
  }
}
