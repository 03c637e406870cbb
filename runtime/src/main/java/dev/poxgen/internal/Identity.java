package dev.poxgen.internal;

import dev.poxgen.internal.IdentityConstraint.Field;
import dev.poxgen.internal.IdentityConstraint.Kind;
import dev.poxgen.internal.IdentityConstraint.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the identity constraints of a document ({@code xs:unique}, {@code xs:key}, {@code
 * xs:keyref}) as its events go by, in one pass: the reader feeds it what the parser reads, and the
 * validator of a value built in code what the writer would write. It follows XML Schema 1.0
 * (section 3.11.4): from the start tag of an element that declares constraints (its {@link
 * #open}) to its end tag, the selector picks elements; each picked element's fields must each
 * select at most one element or attribute, of simple content; a key's must each select one; the
 * tuples of a key or unique must differ, compared in each field's value space; and at the end tag
 * every tuple of a keyref must be one of the key or unique it refers to, as that element or its
 * descendants hold it.
 *
 * <p>One instance checks one document on one thread. What it keeps grows with the elements picked,
 * which the reader's limits bound.
 */
public final class Identity {
  /** Where violations go: a finding with its position (line 0 where there is none) and path. */
  public interface Report {
    void error(int line, int column, String path, String message);
  }

  private final Report report;

  // The open elements from the outermost scope's element down, with their positions and their
  // index among the siblings of their name; a path is made of them only for an element picked.
  private String[] namespaces = new String[16];
  private String[] locals = new String[16];
  private int[] indexes = new int[16];
  /** The path of the outermost scope's element, as the caller names paths. */
  private String basePath = "/";
  private int[] lines = new int[16];
  private int[] columns = new int[16];
  private List<Map<String, int[]>> childCounts = new ArrayList<>();
  private int depth;

  private final List<Scope> scopes = new ArrayList<>();
  /** Fields waiting for the attributes of the element at the top. */
  private final List<Match> attributeMatches = new ArrayList<>();
  /** Fields that are the text of an open element. */
  private final List<Match> textMatches = new ArrayList<>();

  public Identity(Report report) {
    this.report = report;
  }

  /** Whether any element's constraints are being checked: if not, events need not be fed. */
  public boolean active() {
    return !scopes.isEmpty();
  }

  // ---- events

  /**
   * A start tag at {@code line}:{@code column} (0 where there is none). Outside every scope it is
   * only remembered, in case the element {@link #open}s one.
   */
  public void start(String namespace, String localName, int line, int column) {
    attributeMatches.clear();
    if (scopes.isEmpty()) {
      depth = 1;
      namespaces[1] = namespace;
      locals[1] = localName;
      lines[1] = line;
      columns[1] = column;
      return;
    }
    push(namespace, localName, line, column);
    for (Match m : textMatches) {
      m.mixed = true;
    }
    for (Scope s : scopes) {
      for (Table t : s.tables) {
        select(t, s.depth);
        matchFields(t);
      }
    }
  }

  /** An attribute of the element whose start tag came last; its namespace is "" for none. */
  public void attribute(String namespace, String localName, String value) {
    for (Match m : attributeMatches) {
      if (m.step.matches(namespace, localName)) {
        m.node.take(m.field, value);
      }
    }
  }

  /** Text directly inside the current element. */
  public void text(char[] chars, int start, int length) {
    for (Match m : textMatches) {
      if (m.depth == depth) {
        m.text.append(chars, start, length);
      }
    }
  }

  /** The end tag of the current element. */
  public void end() {
    attributeMatches.clear();
    if (scopes.isEmpty()) {
      depth = 0;
      return;
    }
    for (int i = textMatches.size() - 1; i >= 0; i--) {
      Match m = textMatches.get(i);
      if (m.depth == depth) {
        textMatches.remove(i);
        if (m.mixed) {
          m.node.notSimple(m.field);
        } else {
          m.node.take(m.field, m.text.toString());
        }
      }
    }
    for (int i = scopes.size() - 1; i >= 0; i--) {
      Scope s = scopes.get(i);
      for (Table t : s.tables) {
        t.endNodesAt(depth);
      }
      if (s.depth == depth) {
        scopes.remove(i);
        close(s, i == 0 ? null : scopes.get(i - 1));
      }
    }
    depth--;
  }

  /**
   * The element whose start tag came last, at {@code path} (as the caller names paths), declares
   * these constraints: checks them from here to its end tag. Call it before that element's
   * attributes.
   */
  public void open(IdentityConstraint[] constraints, String path) {
    if (depth == 0) {
      throw new IllegalStateException("open() before a start tag");
    }
    if (scopes.isEmpty()) {
      basePath = path;
      childCounts.clear();
    }
    Scope s = new Scope(depth, constraints);
    scopes.add(s);
    for (Table t : s.tables) {
      select(t, depth);
      matchFields(t);
    }
  }

  // ---- the machinery

  private void push(String namespace, String localName, int line, int column) {
    depth++;
    if (depth == locals.length) {
      int n = depth * 2;
      namespaces = Arrays.copyOf(namespaces, n);
      locals = Arrays.copyOf(locals, n);
      indexes = Arrays.copyOf(indexes, n);
      lines = Arrays.copyOf(lines, n);
      columns = Arrays.copyOf(columns, n);
    }
    namespaces[depth] = namespace;
    locals[depth] = localName;
    lines[depth] = line;
    columns[depth] = column;
    while (childCounts.size() <= depth) {
      childCounts.add(null);
    }
    childCounts.set(depth, null);
    Map<String, int[]> siblings = childCounts.get(depth - 1);
    if (siblings == null) {
      siblings = new HashMap<>();
      childCounts.set(depth - 1, siblings);
    }
    int[] count = siblings.computeIfAbsent(localName, k -> new int[1]);
    count[0]++;
    indexes[depth] = count[0];
  }

  /** The path of the open element at {@code at}: {@code /Shop/Product[2]}, the index only past the first. */
  private String path(int at) {
    StringBuilder b = new StringBuilder(basePath.equals("/") ? "" : basePath);
    for (int d = 2; d <= at; d++) {
      b.append('/').append(locals[d]);
      if (indexes[d] > 1) {
        b.append('[').append(indexes[d]).append(']');
      }
    }
    return b.length() == 0 ? "/" : b.toString();
  }

  /** Picks the element at the top when the table's selector takes it. */
  private void select(Table t, int scopeDepth) {
    for (Path p : t.constraint.selector) {
      if (p.matches(namespaces, locals, scopeDepth, depth)) {
        t.open.add(new Node(t, depth, lines[depth], columns[depth], path(depth)));
        return;
      }
    }
  }

  /** Matches the element at the top against the fields of every open picked element of the table. */
  private void matchFields(Table t) {
    for (Node n : t.open) {
      Field[] fields = t.constraint.fields;
      for (int f = 0; f < fields.length; f++) {
        for (Path p : fields[f].paths) {
          if (p.matches(namespaces, locals, n.depth, depth)) {
            if (p.attribute != null) {
              attributeMatches.add(new Match(n, f, depth, p.attribute));
            } else {
              textMatches.add(new Match(n, f, depth, null));
            }
            break;
          }
        }
      }
    }
  }

  private void close(Scope s, Scope parent) {
    for (Table t : s.tables) {
      if (t.constraint.kind != Kind.KEYREF) {
        continue;
      }
      List<Map<List<Object>, Node>> keys = s.keys(t.constraint.refer);
      for (Node ref : t.references) {
        boolean found = false;
        for (Map<List<Object>, Node> k : keys) {
          if (k.containsKey(ref.tuple)) {
            found = true;
            break;
          }
        }
        if (!found) {
          report.error(ref.line, ref.column, ref.path, "the xs:keyref \"" + IdentityConstraint.local(t.constraint.name)
              + "\" refers to " + tupleText(ref.tuple) + ", which no element of the key \""
              + IdentityConstraint.local(t.constraint.refer) + "\" holds within <" + locals[s.depth] + "> at "
              + position(lines[s.depth], columns[s.depth]));
        }
      }
    }
    if (parent != null) {
      for (Table t : s.tables) {
        if (t.constraint.kind != Kind.KEYREF) {
          parent.below.computeIfAbsent(t.constraint.name, k -> new ArrayList<>()).add(t.tuples);
        }
      }
      for (Map.Entry<String, List<Map<List<Object>, Node>>> e : s.below.entrySet()) {
        parent.below.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
      }
    }
  }

  private static String position(int line, int column) {
    return line == 0 ? "its start" : line + ":" + column;
  }

  private static String tupleText(List<Object> tuple) {
    StringBuilder b = new StringBuilder();
    for (Object v : tuple) {
      b.append(b.length() == 0 ? "" : ", ").append('"').append(v).append('"');
    }
    return tuple.size() == 1 ? "the value " + b : "the values (" + b + ")";
  }

  /** The element that declares constraints, from its start tag to its end tag. */
  private final class Scope {
    final int depth;
    final Table[] tables;
    /** The tuples of keys and uniques of descendants that declare them, by name. */
    final Map<String, List<Map<List<Object>, Node>>> below = new HashMap<>();

    Scope(int depth, IdentityConstraint[] constraints) {
      this.depth = depth;
      this.tables = new Table[constraints.length];
      for (int i = 0; i < constraints.length; i++) {
        tables[i] = new Table(constraints[i]);
      }
    }

    /** The tuples of the key or unique {@code name} here and below. */
    List<Map<List<Object>, Node>> keys(String name) {
      List<Map<List<Object>, Node>> out = new ArrayList<>();
      for (Table t : tables) {
        if (t.constraint.kind != Kind.KEYREF && t.constraint.name.equals(name)) {
          out.add(t.tuples);
        }
      }
      List<Map<List<Object>, Node>> more = below.get(name);
      if (more != null) {
        out.addAll(more);
      }
      return out;
    }
  }

  /** One constraint of one scope: the picked elements open, and the tuples of those done. */
  private final class Table {
    final IdentityConstraint constraint;
    final List<Node> open = new ArrayList<>();
    final Map<List<Object>, Node> tuples = new LinkedHashMap<>();
    final List<Node> references = new ArrayList<>();

    Table(IdentityConstraint constraint) {
      this.constraint = constraint;
    }

    void endNodesAt(int at) {
      for (int i = open.size() - 1; i >= 0; i--) {
        Node n = open.get(i);
        if (n.depth == at) {
          open.remove(i);
          done(n);
        }
      }
    }

    private void done(Node n) {
      Field[] fields = constraint.fields;
      String name = IdentityConstraint.local(constraint.name);
      String what = constraint.kind.xsd() + " \"" + name + "\"";
      List<Object> tuple = new ArrayList<>(fields.length);
      boolean complete = true;
      for (int f = 0; f < fields.length; f++) {
        if (n.counts[f] > 1) {
          report.error(n.line, n.column, n.path, "the field \"" + fields[f].xpath + "\" of the " + what
              + " selects " + n.counts[f] + " nodes here; it may select one at most");
          return;
        }
        if (n.notSimple[f]) {
          report.error(n.line, n.column, n.path, "the field \"" + fields[f].xpath + "\" of the " + what
              + " selects an element with element content here; a field's element has a simple value");
          return;
        }
        if (n.counts[f] == 0) {
          complete = false;
          if (constraint.kind == Kind.KEY) {
            report.error(n.line, n.column, n.path, "the " + what + " needs a value for its field \""
                + fields[f].xpath + "\" here, and there is none");
            return;
          }
        } else {
          tuple.add(fields[f].space.value(fields[f].type, n.values[f]));
        }
      }
      if (!complete) {
        return;
      }
      n.tuple = tuple;
      if (constraint.kind == Kind.KEYREF) {
        references.add(n);
        return;
      }
      Node first = tuples.putIfAbsent(tuple, n);
      if (first != null) {
        report.error(n.line, n.column, n.path, "a duplicate for the " + what + ": " + tupleText(tuple)
            + " is also at " + first.path + (first.line == 0 ? "" : " (" + first.line + ":" + first.column + ")")
            + ", and each element its selector \"" + constraint.selectorXPath + "\" takes needs values of its own");
      }
    }
  }

  /** One picked element: what its fields selected so far. */
  private static final class Node {
    final int depth;
    final int line;
    final int column;
    final String path;
    final String[] values;
    final int[] counts;
    final boolean[] notSimple;
    List<Object> tuple;

    Node(Table t, int depth, int line, int column, String path) {
      this.depth = depth;
      this.line = line;
      this.column = column;
      this.path = path;
      int n = t.constraint.fields.length;
      this.values = new String[n];
      this.counts = new int[n];
      this.notSimple = new boolean[n];
    }

    void take(int field, String value) {
      counts[field]++;
      values[field] = value;
    }

    void notSimple(int field) {
      counts[field]++;
      notSimple[field] = true;
    }
  }

  /** A field of a picked element that an element or attribute matched. */
  private static final class Match {
    final Node node;
    final int field;
    final int depth;
    final IdentityConstraint.Step step;
    final StringBuilder text = new StringBuilder();
    boolean mixed;

    Match(Node node, int field, int depth, IdentityConstraint.Step step) {
      this.node = node;
      this.field = field;
      this.depth = depth;
      this.step = step;
    }
  }
}
