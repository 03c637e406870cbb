package dev.poxgen.benchmarks.realschema;

import static dev.poxgen.benchmarks.Sanity.expect;
import static dev.poxgen.benchmarks.Sanity.throwsOn;

import dev.poxgen.ReadOptions;

/**
 * Every validating contender accepts the POM and rejects a copy with one child too many, and every
 * contender reads its dependencies, so none wins by not reading or not checking.
 */
final class PomSanity {
  private PomSanity() {}

  static void check(byte[] document) throws Exception {
    byte[] broken = PomBenchmark.broken(document);
    expect(PomContenders.poxgenValidate(document, ReadOptions.lenient()) == 0, "poxgen accepts");
    expect(PomContenders.poxgenValidate(broken, ReadOptions.lenient()) > 0, "poxgen rejects");
    expect(PomContenders.poxgenValidate(document, PomContenders.WOODSTOX) == 0, "poxgen on Woodstox accepts");
    expect(PomContenders.poxgenValidate(broken, PomContenders.WOODSTOX) > 0, "poxgen on Woodstox rejects");
    PomContenders.jaxb(document, true);
    expect(throwsOn(() -> PomContenders.jaxb(broken, true)), "JAXB with schema rejects");
    int dependencies = PomContenders.poxgen(document, ReadOptions.lenient()).value().dependencyManagement()
        .orElseThrow().dependencies().orElseThrow().dependencies().size();
    expect(dependencies > 10, "poxgen reads the managed dependencies");
    expect(PomContenders.jackson(document).getDependencyManagement().getDependencies().getDependency().size()
        == dependencies, "Jackson reads as many managed dependencies as poxgen");
    dev.poxgen.benchmarks.pomjaxb.Model jaxb = (dev.poxgen.benchmarks.pomjaxb.Model)
        ((jakarta.xml.bind.JAXBElement<?>) PomContenders.jaxb(document, false)).getValue();
    expect(jaxb.getDependencyManagement().getDependencies().getDependency().size() == dependencies,
        "JAXB reads as many managed dependencies as poxgen");
  }
}
