package dev.poxgen.processor.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what one generated method would hold into runs for several, so no generated method grows
 * with the size of a type: HotSpot never compiles a method over 8,000 bytes of bytecode.
 */
final class Chunks {
  private Chunks() {}

  /** The items in order, in runs of at most {@code max} each, as even as they can be. */
  static <T> List<List<T>> of(List<T> items, int max) {
    if (items.size() <= max) {
      return List.of(items);
    }
    int runs = (items.size() + max - 1) / max;
    List<List<T>> out = new ArrayList<>(runs);
    int from = 0;
    for (int r = 0; r < runs; r++) {
      int to = from + (items.size() - from + runs - r - 1) / (runs - r);
      out.add(items.subList(from, to));
      from = to;
    }
    return out;
  }
}
