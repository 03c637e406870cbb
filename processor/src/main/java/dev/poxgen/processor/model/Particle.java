package dev.poxgen.processor.model;

/** A piece of a content model: an element declaration or a group of particles. */
public sealed interface Particle permits ElementModel, GroupModel {
  Occurrence occurrence();
}
