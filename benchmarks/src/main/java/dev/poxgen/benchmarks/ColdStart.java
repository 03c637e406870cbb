package dev.poxgen.benchmarks;

import dev.poxgen.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One process, one document: start, read and validate it, exit. Time the whole process from the
 * shell ({@code benchmarks/coldstart.sh} does): {@code java -cp benchmarks.jar
 * dev.poxgen.benchmarks.ColdStart poxgen|jaxb|jackson|dom|empty FILE}.
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    String contender = args[0];
    if (contender.equals("empty")) {
      return;
    }
    byte[] doc = Files.readAllBytes(Path.of(args[1]));
    int problems = switch (contender) {
      case "poxgen" -> Contenders.poxgenValidate(doc, ReadOptions.lenient());
      case "jaxb" -> Contenders.jaxb(doc, true) == null ? 1 : 0;
      case "jackson" -> Contenders.jackson(doc).response == null ? 1 : 0;
      case "dom" -> Contenders.domValidate(doc) == null ? 1 : 0;
      default -> throw new IllegalArgumentException("poxgen|jaxb|jackson|dom|empty, not " + contender);
    };
    if (problems != 0) {
      System.exit(1);
    }
  }
}
