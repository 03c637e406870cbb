package dev.poxgen.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The values of {@code xs:list} types: their text split into items, the text written back, and
 * the unmodifiable copies a value holds. Lists are {@code java.util.List}s of the item type's
 * Java values; Android (API level 26) has no {@code List.copyOf}, so the copies are made here.
 */
public final class Lists {
  private Lists() {}

  /**
   * The items of a list's text, in order: the runs between XML whitespace (space, tab, carriage
   * return, line feed), which a list's collapsed whitespace makes separators. No items for text
   * that is empty or only whitespace.
   */
  public static List<String> items(char[] text, int length) {
    List<String> items = new ArrayList<>();
    int i = 0;
    while (i < length) {
      while (i < length && isSpace(text[i])) {
        i++;
      }
      int start = i;
      while (i < length && !isSpace(text[i])) {
        i++;
      }
      if (i > start) {
        items.add(new String(text, start, i - start));
      }
    }
    return items;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** A list of values as a list type writes it: each item's form, one space between them. */
  public static <T> String lexical(List<T> value, Function<? super T, String> item) {
    StringBuilder out = new StringBuilder();
    for (T t : value) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(item.apply(t));
    }
    return out.toString();
  }

  /**
   * The value a list property keeps of {@code value}, which code set: an unmodifiable copy, so the
   * caller's list can change afterwards without changing the value; null stays null (absent).
   *
   * @throws NullPointerException if an item is null: a list's items are values of its item type
   */
  public static <T> @Nullable List<T> copy(@Nullable List<? extends T> value) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty()) {
      return Collections.emptyList();
    }
    List<T> copy = new ArrayList<>(value.size());
    for (T t : value) {
      copy.add(Objects.requireNonNull(t, "a list's item"));
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * Whether two lists are the same value, item by item in their value space: decimals by their
   * number whatever their scale ({@code 1.0} and {@code 1.00}); false when {@code b} is null (text
   * that is not a list of the type).
   */
  public static boolean sameValues(List<?> a, @Nullable List<?> b) {
    if (b == null || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Object x = a.get(i);
      Object y = b.get(i);
      boolean same = x instanceof BigDecimal && y instanceof BigDecimal
          ? ((BigDecimal) x).compareTo((BigDecimal) y) == 0
          : x.equals(y);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** The parsed items of a list's text as the value holds them: unmodifiable. */
  public static <T> List<T> of(List<T> parsed) {
    return parsed.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(parsed);
  }
}
