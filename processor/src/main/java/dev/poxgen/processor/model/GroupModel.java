package dev.poxgen.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A model group: {@code xs:sequence}, {@code xs:choice} or {@code xs:all}. */
public record GroupModel(Compositor compositor, Occurrence occurrence, List<Particle> particles)
    implements Particle {
  public GroupModel {
    Objects.requireNonNull(compositor, "compositor");
    Objects.requireNonNull(occurrence, "occurrence");
    particles = List.copyOf(particles);
  }

  /** Every element declaration in this group and the groups inside it, in document order. */
  public List<ElementModel> elements() {
    List<ElementModel> out = new ArrayList<>();
    collect(this, out);
    return List.copyOf(out);
  }

  private static void collect(GroupModel group, List<ElementModel> out) {
    for (Particle p : group.particles) {
      if (p instanceof ElementModel e) {
        out.add(e);
      } else if (p instanceof GroupModel g) {
        collect(g, out);
      }
    }
  }
}
