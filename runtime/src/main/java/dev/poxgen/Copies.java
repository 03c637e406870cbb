package dev.poxgen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Unmodifiable copies, as {@code List.copyOf} makes them, for Android (API level 26 has no {@code List.copyOf}). */
final class Copies {
  private Copies() {}

  /** An unmodifiable copy; null elements are refused, as {@code List.copyOf} refuses them. */
  static <T> List<T> list(Collection<? extends T> from) {
    if (from.isEmpty()) {
      return Collections.emptyList();
    }
    List<T> copy = new ArrayList<>(from.size());
    for (T t : from) {
      copy.add(Objects.requireNonNull(t, "element"));
    }
    return Collections.unmodifiableList(copy);
  }

  /** An unmodifiable copy in the map's order; an empty map is the shared empty one. */
  static <K, V> Map<K, V> map(Map<? extends K, ? extends V> from) {
    return from.isEmpty() ? Collections.<K, V>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(from));
  }
}
