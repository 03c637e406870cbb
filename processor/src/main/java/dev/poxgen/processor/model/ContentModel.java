package dev.poxgen.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a complex type's content model means, worked out once for every later stage: each element
 * with how often it may occur in the type (the groups around it multiplied in, its places added
 * up), the place of each in the schema's order, and which particles may be left out. Naming makes
 * properties of {@link #elements()}, the reader checks {@link #order()}, and the validator asks
 * {@link #emptiable(Particle)} and {@link #times(int, int)} as it checks the groups.
 */
public final class ContentModel {
  private final List<ElementUse> elements;
  private final Map<XmlName, Integer> order;

  /**
   * An element of the content model: how often it may occur in the type, and every name it is
   * spelled with (itself first; more for alternatives of one choice that differ only in case, such
   * as {@code RedirectUrl} and {@code RedirectURL}, which are one element).
   */
  public record ElementUse(ElementModel element, Occurrence occurrence, List<XmlName> spellings) {
    public ElementUse {
      spellings = List.copyOf(spellings);
    }
  }

  private ContentModel(List<ElementUse> elements, Map<XmlName, Integer> order) {
    this.elements = List.copyOf(elements);
    this.order = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(order));
  }

  /** The analysis of a type's content (none for simple or empty content). */
  public static ContentModel of(ComplexTypeModel type) {
    return of(type.content());
  }

  /** The analysis of a content model. */
  public static ContentModel of(Optional<GroupModel> content) {
    List<ElementUse> uses = new ArrayList<>();
    content.ifPresent(g -> collect(g, 1, 1, uses));
    // The same element in two places of one content model is one element, its occurrences added.
    Map<XmlName, ElementUse> merged = new LinkedHashMap<>();
    for (ElementUse u : uses) {
      merged.merge(u.element().name(), u, (a, b) -> new ElementUse(a.element(), new Occurrence(
          plus(a.occurrence().min(), b.occurrence().min()),
          plus(a.occurrence().max(), b.occurrence().max())), a.spellings()));
    }
    Map<XmlName, Integer> order = new LinkedHashMap<>();
    content.ifPresent(g -> number(g, 0, false, order));
    return new ContentModel(new ArrayList<>(merged.values()), order);
  }

  /** Each element once, in the order the content model first names it. */
  public List<ElementUse> elements() {
    return elements;
  }

  /**
   * Each element's place in the schema's order, or -1 where the order is free: in {@code xs:all},
   * in a repeated group, or for an element named in two places. Alternatives of a choice share a
   * place.
   */
  public Map<XmlName, Integer> order() {
    return order;
  }

  /** Whether a particle may be absent and the content still valid. */
  public static boolean emptiable(Particle p) {
    if (p.occurrence().min() == 0) {
      return true;
    }
    if (p instanceof ElementModel) {
      return false;
    }
    GroupModel g = (GroupModel) p;
    return g.compositor() == Compositor.CHOICE
        ? g.particles().stream().anyMatch(ContentModel::emptiable)
        : g.particles().stream().allMatch(ContentModel::emptiable);
  }

  /**
   * How often something that occurs at most {@code b} times in a group occurs in all when the group
   * occurs at most {@code a} times: {@code a * b}, {@link Occurrence#UNBOUNDED} for no bound.
   */
  public static int times(int a, int b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    long r = (long) a * b;
    return r >= Occurrence.UNBOUNDED ? Occurrence.UNBOUNDED : (int) r;
  }

  private static int plus(int a, int b) {
    long r = (long) a + b;
    return r >= Occurrence.UNBOUNDED ? Occurrence.UNBOUNDED : (int) r;
  }

  private static void collect(GroupModel g, int minFactor, int maxFactor, List<ElementUse> out) {
    int groupMin = times(minFactor, g.occurrence().min());
    int groupMax = times(maxFactor, g.occurrence().max());
    Map<ElementModel, List<XmlName>> spellings = g.compositor() == Compositor.CHOICE
        ? spellings(g.particles()) : Map.of();
    Set<XmlName> spelled = new HashSet<>();
    spellings.values().forEach(names -> spelled.addAll(names.subList(1, names.size())));
    // In a choice of two or more, each alternative may be left out.
    boolean alternatives = g.compositor() == Compositor.CHOICE
        && g.particles().size() - spelled.size() > 1;
    for (Particle p : g.particles()) {
      int min = alternatives ? 0 : groupMin;
      if (p instanceof ElementModel e) {
        if (spelled.contains(e.name())) {
          continue;
        }
        out.add(new ElementUse(e, new Occurrence(times(min, e.occurrence().min()),
            times(groupMax, e.occurrence().max())), spellings.getOrDefault(e, List.of(e.name()))));
      } else if (p instanceof GroupModel inner) {
        collect(inner, min, groupMax, out);
      }
    }
  }

  /**
   * The alternatives of a choice that are one element spelled in several cases: the same namespace,
   * type, occurrence and default, local names equal but for case ({@code RedirectUrl} and
   * {@code RedirectURL}). Each first spelling maps to all of its spellings, itself first.
   */
  private static Map<ElementModel, List<XmlName>> spellings(List<Particle> particles) {
    Map<List<Object>, List<ElementModel>> byKey = new LinkedHashMap<>();
    for (Particle p : particles) {
      if (p instanceof ElementModel e) {
        byKey.computeIfAbsent(List.of(e.name().namespace(), e.name().localName().toLowerCase(Locale.ROOT), e.type(),
            e.occurrence(), e.defaultValue(), e.fixedValue(), e.nillable()), k -> new ArrayList<>()).add(e);
      }
    }
    Map<ElementModel, List<XmlName>> out = new LinkedHashMap<>();
    for (List<ElementModel> same : byKey.values()) {
      List<XmlName> names = same.stream().map(ElementModel::name).distinct().toList();
      if (names.size() > 1) {
        out.put(same.get(0), names);
      }
    }
    return out;
  }

  private static int number(GroupModel g, int next, boolean free, Map<XmlName, Integer> out) {
    boolean groupFree = free || g.compositor() == Compositor.ALL || g.occurrence().isRepeated();
    int max = next;
    for (Particle p : g.particles()) {
      int start = g.compositor() == Compositor.CHOICE ? next : max;
      if (p instanceof ElementModel e) {
        out.merge(e.name(), groupFree ? -1 : start, (a, b) -> -1);
        max = Math.max(max, start + 1);
      } else if (p instanceof GroupModel inner) {
        max = Math.max(max, number(inner, start, groupFree, out));
      }
    }
    return max;
  }
}
