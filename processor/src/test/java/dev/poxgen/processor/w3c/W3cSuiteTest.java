package dev.poxgen.processor.w3c;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.poxgen.processor.testing.RepoPaths;
import dev.poxgen.processor.w3c.W3cHarness.GroupOutcome;
import dev.poxgen.processor.w3c.W3cReport.Tally;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The W3C XML Schema test suite's XSD 1.0 tests (read in place from {@code ../shared/w3c-xsdtests})
 * through the processor and the generated readers; see docs/w3c-suite.md. By default a
 * deterministic sample of the groups, {@code -Dpoxgen.w3c=all} for every group,
 * {@code -Dpoxgen.w3c=sample:N} for a sample of N, {@code -Dpoxgen.w3c=set:DataTypes_w3c.xml} for whole
 * test sets by file name. Writes {@code target/w3c-report.md}. Fails on
 * a crash not in {@link #KNOWN_CRASHES} (in every mode), and on the default sample when a figure
 * falls below its floor.
 */
class W3cSuiteTest {
  /** Groups in the default sample. */
  static final int SAMPLE = 600;

  /** The default sample's figures when they were last raised: valid schemas bound, invalid refused, instance verdicts equal. */
  static final int FLOOR_BOUND = 386;
  static final int FLOOR_REFUSED = 209;
  static final int FLOOR_INSTANCES_EQUAL = 307;

  /**
   * The default sample's groups on which poxgen crashes today, each a bug to fix (see
   * target/w3c-report.md for what happens): a crash on any other group fails the test, and so does
   * a group here that no longer crashes, so that the list stays true.
   */
  static final Set<String> KNOWN_CRASHES = Set.of();

  @Test
  void xsd10TestGroups() throws IOException {
    Optional<Path> root = RepoPaths.w3cSuite();
    assumeTrue(root.isPresent(), "../shared/w3c-xsdtests (the W3C XML Schema test suite) is not beside this clone;"
        + " skipping the suite run. See docs/w3c-suite.md.");
    String mode = System.getProperty("poxgen.w3c", "sample").strip();
    W3cSuite.Contents suite = W3cSuite.read(root.get());
    List<W3cSuite.Group> groups = select(suite.groups(), mode);

    W3cHarness harness = new W3cHarness(root.get(), Files.createDirectories(Path.of("target", "w3c-work")));
    List<GroupOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      outcomes.add(harness.run(groups.get(i), i));
    }

    List<String> notes = new ArrayList<>();
    notes.add("Mode `" + mode + "`: " + groups.size() + " of the suite's " + suite.groups().size()
        + " XSD 1.0 test groups.");
    if (!suite.missingTestSets().isEmpty()) {
      notes.add("Test sets suite.xml lists that are absent: " + String.join(", ", suite.missingTestSets()) + ".");
    }
    Tally total = Tally.of(outcomes);
    boolean ratchet = mode.equals("sample");
    if (ratchet && (total.bound() > FLOOR_BOUND || total.refused() > FLOOR_REFUSED
        || total.poxgenEqual() > FLOOR_INSTANCES_EQUAL)) {
      notes.add("The sample's figures are above the floors in W3cSuiteTest: raise them to FLOOR_BOUND = "
          + total.bound() + ", FLOOR_REFUSED = " + total.refused() + ", FLOOR_INSTANCES_EQUAL = "
          + total.poxgenEqual() + ".");
    }
    String report = W3cReport.markdown("W3C XML Schema test suite, XSD 1.0", outcomes, notes);
    Files.writeString(Path.of("target", "w3c-report.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);

    Set<String> crashed = new TreeSet<>(W3cReport.crashedGroups(outcomes));
    Set<String> known = new TreeSet<>(KNOWN_CRASHES);
    known.retainAll(groups.stream().map(W3cSuite.Group::id).toList());
    assertWithMessage("poxgen crashed on groups not in KNOWN_CRASHES (see target/w3c-report.md)")
        .that(difference(crashed, known)).isEmpty();
    assertWithMessage("groups in KNOWN_CRASHES no longer crash: remove them from the list")
        .that(difference(known, crashed)).isEmpty();
    if (ratchet) {
      String lower = "fell below its floor in W3cSuiteTest: a change made poxgen do worse on the W3C suite's sample"
          + " (see target/w3c-report.md). If that is deliberate, lower the floor and say why in the commit.";
      assertWithMessage("valid schemas bound " + lower).that(total.bound()).isAtLeast(FLOOR_BOUND);
      assertWithMessage("invalid schemas refused " + lower).that(total.refused()).isAtLeast(FLOOR_REFUSED);
      assertWithMessage("instance verdicts equal to the suite's " + lower)
          .that(total.poxgenEqual()).isAtLeast(FLOOR_INSTANCES_EQUAL);
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  /**
   * {@code all}, or a sample: from each collection, its share of N groups (at least one), those
   * whose ids hash lowest; kept in suite order. The same suite gives the same sample on every machine.
   */
  static List<W3cSuite.Group> select(List<W3cSuite.Group> groups, String mode) {
    if (mode.equals("all")) {
      return groups;
    }
    if (mode.matches("set:[^,]+(,[^,]+)*")) {
      // Whole test sets, by file name: set:DataTypes_w3c.xml is issue 14's datatype groups.
      List<String> sets = List.of(mode.substring("set:".length()).split(","));
      List<W3cSuite.Group> chosen = groups.stream()
          .filter(g -> sets.stream().anyMatch(x -> g.id().substring(0, g.id().indexOf('#')).endsWith("/" + x)))
          .toList();
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException("-Dpoxgen.w3c=" + mode + ": no test set of that file name");
      }
      return chosen;
    }
    int n;
    if (mode.equals("sample")) {
      n = SAMPLE;
    } else if (mode.matches("sample:[1-9][0-9]*")) {
      n = Integer.parseInt(mode.substring("sample:".length()));
    } else {
      throw new IllegalArgumentException("-Dpoxgen.w3c=" + mode
          + ": want sample (the default), sample:N, set:FILE[,FILE] (test sets by file name) or all");
    }
    Map<String, List<W3cSuite.Group>> byCollection = new LinkedHashMap<>();
    for (W3cSuite.Group g : groups) {
      byCollection.computeIfAbsent(g.collection(), k -> new ArrayList<>()).add(g);
    }
    List<W3cSuite.Group> chosen = new ArrayList<>();
    for (List<W3cSuite.Group> collection : byCollection.values()) {
      long share = Math.max(1, Math.round((double) n * collection.size() / groups.size()));
      collection.stream().sorted(Comparator.comparing(W3cSuiteTest::hash)).limit(share).forEach(chosen::add);
    }
    Map<W3cSuite.Group, Integer> order = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      order.put(groups.get(i), i);
    }
    chosen.sort(Comparator.comparing(order::get));
    return chosen;
  }

  private static String hash(W3cSuite.Group group) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(group.id().getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (byte b : digest) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
