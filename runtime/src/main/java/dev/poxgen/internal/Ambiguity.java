package dev.poxgen.internal;

/**
 * Chooses among declarations that share a local name in one parent (Autodiscover's three
 * {@code Response} elements, one per namespace), the way lenient reading of real documents needs.
 */
public final class Ambiguity {
  private Ambiguity() {}

  /**
   * The index of the declaration to read an element with: among those whose type declares the
   * element's first child (all, when it has none or no type does), the one in the element's own
   * namespace, else the one it spells with https://, else the first.
   *
   * @param namespace the element's namespace as read
   * @param firstChild the local name of its first child element, or null
   * @param namespaces each declaration's namespace
   * @param children each declaration's child element names
   */
  public static int choose(String namespace, String firstChild, String[] namespaces, String[][] children) {
    boolean[] fits = new boolean[namespaces.length];
    boolean any = false;
    for (int i = 0; i < namespaces.length; i++) {
      fits[i] = firstChild != null && contains(children[i], firstChild);
      any |= fits[i];
    }
    if (!any) {
      java.util.Arrays.fill(fits, true);
    }
    for (int i = 0; i < namespaces.length; i++) {
      if (fits[i] && namespaces[i].equals(namespace)) {
        return i;
      }
    }
    for (int i = 0; i < namespaces.length; i++) {
      if (fits[i] && PoxCursor.isHttpsSpelling(namespace, namespaces[i])) {
        return i;
      }
    }
    for (int i = 0; i < namespaces.length; i++) {
      if (fits[i]) {
        return i;
      }
    }
    return 0;
  }

  private static boolean contains(String[] names, String name) {
    for (String n : names) {
      if (n.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
