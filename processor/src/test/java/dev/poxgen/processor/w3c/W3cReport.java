package dev.poxgen.processor.w3c;

import dev.poxgen.processor.w3c.W3cHarness.Binding;
import dev.poxgen.processor.w3c.W3cHarness.GroupOutcome;
import dev.poxgen.processor.w3c.W3cHarness.InstanceOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The figures of a run, per collection and in total, the commonest refusals and every crash, as markdown. */
final class W3cReport {
  /** The counts the harness scores; instances are those of bound schemas. */
  record Tally(int groups, int validSchemas, int bound, int invalidSchemas, int refused, int instanceTests,
      int instances, int poxgenEqual, int jdkEqual, int crashes) {
    static Tally of(List<GroupOutcome> outcomes) {
      int groups = 0;
      int valid = 0;
      int bound = 0;
      int invalid = 0;
      int refused = 0;
      int instanceTests = 0;
      int instances = 0;
      int poxgen = 0;
      int jdk = 0;
      int crashes = 0;
      for (GroupOutcome o : outcomes) {
        groups++;
        Binding binding = o.schema().binding();
        if (o.group().schemaValid()) {
          valid++;
          bound += binding == Binding.BOUND ? 1 : 0;
        } else {
          invalid++;
          refused += binding == Binding.BOUND ? 0 : 1;
        }
        crashes += binding == Binding.CRASH ? 1 : 0;
        instanceTests += o.group().instances().size();
        for (InstanceOutcome i : o.instances()) {
          instances++;
          poxgen += i.poxgenAgrees() ? 1 : 0;
          jdk += i.jdkAgrees() ? 1 : 0;
          crashes += i.crash().isPresent() ? 1 : 0;
        }
      }
      return new Tally(groups, valid, bound, invalid, refused, instanceTests, instances, poxgen, jdk, crashes);
    }

    String row(String name) {
      return "| " + name + " | " + groups + " | " + share(bound, validSchemas) + " | " + share(refused, invalidSchemas)
          + " | " + share(poxgenEqual, instances) + " | " + share(jdkEqual, instances) + " | " + instanceTests
          + " | " + crashes + " |";
    }
  }

  private static final Pattern UNSUPPORTED = Pattern.compile(": ((?:(?!: ).)*?) is not supported by poxgen");
  private static final Pattern UNRESOLVED = Pattern.compile(": ((?:(?!: ).)*?) \"[^\"]*\" is not declared");
  private static final Pattern MALFORMED = Pattern.compile("cannot be read as XML Schema: (.*)");
  private static final Pattern CODE = Pattern.compile("\\[([a-z-]+)\\]$");
  private static final Pattern TAG = Pattern.compile("^\\[(poxgen:[a-z-]+)\\]");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

  private static final int DIFFER_SHOWN = 40;
  /** How many valid schemas refused the report lists, with their first refusal. */
  private static final int REFUSED_SHOWN = 100;

  private W3cReport() {}

  static String markdown(String title, List<GroupOutcome> outcomes, List<String> notes) {
    StringBuilder b = new StringBuilder("# ").append(title).append("\n\n");
    for (String note : notes) {
      b.append(note).append("\n");
    }
    b.append("\n| Collection | Groups | Valid schemas bound | Invalid schemas refused"
        + " | Instance verdicts equal (poxgen, strict) | JDK verdicts equal (same instances)"
        + " | Instance tests | Crashes |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<String, List<GroupOutcome>> byCollection = new LinkedHashMap<>();
    for (GroupOutcome o : outcomes) {
      byCollection.computeIfAbsent(o.group().collection(), k -> new ArrayList<>()).add(o);
    }
    byCollection.forEach((name, list) -> b.append(Tally.of(list).row(name)).append('\n'));
    b.append(Tally.of(outcomes).row("**total**")).append("\n\n");
    b.append("Instance verdicts are counted over the instance tests of the schemas poxgen bound;"
        + " \"Instance tests\" is all the run's XSD 1.0 instance tests.\n");
    long noRead = outcomes.stream().filter(o -> o.schema().message().equals(W3cHarness.NO_READ)).count();
    if (noRead > 0) {
      b.append(noRead).append(" bound schemas generated a facade without read(XmlInput, ReadOptions) (no document"
          + " element poxgen reads, e.g. all of a simple type): their instance tests count as not equal.\n");
    }
    b.append('\n');
    b.append("## Top 15 first refusals\n\n| Count | Reason |\n|---:|---|\n");
    for (Map.Entry<String, Integer> e : refusals(outcomes).entrySet()) {
      b.append("| ").append(e.getValue()).append(" | ").append(e.getKey().replace("|", "\\|")).append(" |\n");
    }
    List<String> refused = new ArrayList<>();
    for (GroupOutcome o : outcomes) {
      if (o.group().schemaValid() && o.schema().binding() == Binding.REFUSED) {
        String m = o.schema().message().replace('\n', ' ');
        refused.add("`" + o.group().id() + "`: " + (m.length() > 300 ? m.substring(0, 300) + "..." : m));
      }
    }
    List<String> taken = outcomes.stream()
        .filter(o -> !o.group().schemaValid() && o.schema().binding() == Binding.BOUND)
        .map(o -> "`" + o.group().id() + "`").toList();
    b.append("\n## Invalid schemas bound (").append(taken.size()).append(")\n\n");
    taken.forEach(t -> b.append("- ").append(t).append('\n'));
    b.append("\n## Valid schemas refused (").append(refused.size()).append(")\n\n");
    for (String r : refused.subList(0, Math.min(refused.size(), REFUSED_SHOWN))) {
      b.append("- ").append(r).append('\n');
    }
    if (refused.size() > REFUSED_SHOWN) {
      b.append("- ... and ").append(refused.size() - REFUSED_SHOWN).append(" more\n");
    }
    List<String> differ = new ArrayList<>();
    for (GroupOutcome o : outcomes) {
      for (InstanceOutcome i : o.instances()) {
        if (!i.poxgenAgrees() && i.crash().isEmpty()) {
          differ.add("`" + o.group().id() + "` `" + i.test().name() + "`: suite " + (i.test().valid() ? "valid" : "invalid")
              + ", poxgen " + i.poxgen().name().toLowerCase(Locale.ROOT) + (i.why().isEmpty() ? "" : ": " + i.why()));
        }
      }
    }
    b.append("\n## Why instance verdicts differ from the suite's\n\n| Count | Suite, poxgen: finding code or exception |\n|---:|---|\n");
    for (Map.Entry<String, Integer> e : count(outcomes.stream().flatMap(o -> o.instances().stream())
        .filter(i -> !i.poxgenAgrees() && i.crash().isEmpty()).map(W3cReport::difference).toList()).entrySet()) {
      b.append("| ").append(e.getValue()).append(" | ").append(e.getKey().replace("|", "\\|")).append(" |\n");
    }
    b.append("\n## Instance verdicts that differ from the suite's (").append(differ.size()).append(")\n\n");
    for (String d : differ.subList(0, Math.min(differ.size(), DIFFER_SHOWN))) {
      b.append("- ").append(d).append('\n');
    }
    if (differ.size() > DIFFER_SHOWN) {
      b.append("- ... and ").append(differ.size() - DIFFER_SHOWN).append(" more\n");
    }
    List<String> crashes = crashes(outcomes);
    b.append("\n## Crashes (").append(crashes.size()).append(")\n\n");
    for (String c : crashes) {
      b.append("- ").append(c).append('\n');
    }
    return b.toString();
  }

  /** The 15 commonest refusal reasons, commonest first (ties by name). */
  static Map<String, Integer> refusals(List<GroupOutcome> outcomes) {
    return count(outcomes.stream()
        .filter(o -> o.schema().binding() == Binding.REFUSED)
        .map(o -> reason(o.schema().message()))
        .toList());
  }

  /**
   * Why poxgen's verdict differs: the two verdicts, and poxgen's first finding's code, or the kind
   * of exception, or that the facade has no read method.
   */
  static String difference(InstanceOutcome i) {
    String verdicts = "suite " + (i.test().valid() ? "valid" : "invalid") + ", poxgen "
        + i.poxgen().name().toLowerCase(Locale.ROOT);
    Matcher code = CODE.matcher(i.why());
    if (code.find()) {
      return verdicts + ": [" + code.group(1) + "]";
    }
    if (i.why().startsWith("PoxReadException")) {
      String gist = QUOTED.matcher(i.why().replaceAll("\\d+:\\d+", "L:C")).replaceAll("\"...\"");
      return verdicts + ": " + (gist.length() > 90 ? gist.substring(0, 90) + "..." : gist);
    }
    return i.why().isEmpty() ? verdicts : verdicts + ": " + i.why();
  }

  /** Each string's count, commonest first (ties by name), the first 15. */
  private static Map<String, Integer> count(List<String> keys) {
    Map<String, Integer> counts = new TreeMap<>();
    keys.forEach(k -> counts.merge(k, 1, Integer::sum));
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(15)
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /**
   * A refusal's reason: its tag, and for an unsupported construct what is not supported (quoted
   * names and values as {@code "..."}), for an unresolved reference what kind of component, for a
   * malformed schema the gist of the problem.
   */
  static String reason(String message) {
    Matcher tag = TAG.matcher(message);
    String reason = tag.find() ? tag.group(1) : "untagged";
    Matcher what = UNSUPPORTED.matcher(message);
    if (what.find()) {
      return reason + ": " + QUOTED.matcher(what.group(1)).replaceAll("\"...\"") + " is not supported";
    }
    Matcher kind = UNRESOLVED.matcher(message);
    if (kind.find()) {
      return reason + ": " + kind.group(1) + " is not declared";
    }
    Matcher malformed = MALFORMED.matcher(message);
    if (malformed.find()) {
      String detail = malformed.group(1);
      detail = detail.substring(detail.indexOf(": ") + 1).strip(); // after the component path, if any
      detail = QUOTED.matcher(detail).replaceAll("\"...\"").replaceAll("'[^']*'", "'...'").replaceAll(" \\(.*", "");
      return reason + ": " + (detail.length() > 90 ? detail.substring(0, 90) + "..." : detail);
    }
    return reason;
  }

  /** The ids of the groups with a crash, of the schema or of an instance. */
  static List<String> crashedGroups(List<GroupOutcome> outcomes) {
    return outcomes.stream()
        .filter(o -> o.schema().binding() == Binding.CRASH || o.instances().stream().anyMatch(i -> i.crash().isPresent()))
        .map(o -> o.group().id())
        .toList();
  }

  /** Every crash: the group, the instance if it was one, and what happened. */
  static List<String> crashes(List<GroupOutcome> outcomes) {
    List<String> out = new ArrayList<>();
    for (GroupOutcome o : outcomes) {
      if (o.schema().binding() == Binding.CRASH) {
        out.add("`" + o.group().id() + "`: " + o.schema().message());
      }
      for (InstanceOutcome i : o.instances()) {
        i.crash().ifPresent(c -> out.add("`" + o.group().id() + "` instance `" + i.test().name() + "`: " + c));
      }
    }
    return out;
  }

  static String share(int part, int whole) {
    return whole == 0 ? "0/0" : String.format(Locale.ROOT, "%d/%d (%.1f%%)", part, whole, 100.0 * part / whole);
  }

}
