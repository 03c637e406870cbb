// Checks a Maven repository folder that `mvn deploy` wrote (-DaltDeploymentRepository=id::file:DIR)
// for what Maven Central requires of each published component, and for what poxgen promises on top.
//
//   java .ci/check-central-bundle.java DIR [options] GROUP:ARTIFACT:PACKAGING...
//
//   --signed              every file must have a .asc signature that gpg verifies
//   --same-as DIR         META-INF/LICENSE and META-INF/NOTICE of every jar equal DIR/LICENSE, DIR/NOTICE
//   --unsourced A=PREFIX  classes of artifact A under PREFIX (a jar path) need no source in its sources jar
//
// Per component: the POM, and for a jar the jar, the sources jar and the Javadoc jar; an .md5 and
// a .sha1 beside each file that match it (and any .sha256, .sha512, and checksums of signatures); the POM's coordinates, name,
// description, url, licence (name and url), developer and scm (url and connection), inherited
// ones looked up in the parent POMs of the bundle; LICENSE and NOTICE in META-INF/ of every jar;
// a source for every top-level class; an index.html in the Javadoc jar. Nothing else deployed.
// Exits 1 when a check fails; the last line counts them.

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

public class CheckCentralBundle {
  private final Path bundle;
  private int passed;
  private final List<String> failures = new ArrayList<>();

  CheckCentralBundle(Path bundle) {
    this.bundle = bundle;
  }

  private void check(boolean ok, String what) {
    if (ok) {
      passed++;
    } else {
      failures.add(what);
      System.out.println("  FAILED: " + what);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java check-central-bundle.java DIR [--signed] [--same-as DIR]"
          + " [--unsourced ARTIFACT=PREFIX]... GROUP:ARTIFACT:PACKAGING...");
      System.exit(2);
    }
    CheckCentralBundle c = new CheckCentralBundle(Path.of(args[0]));
    boolean signed = false;
    Path sameAs = null;
    Map<String, List<String>> unsourced = new LinkedHashMap<>();
    List<String[]> components = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--signed" -> signed = true;
        case "--same-as" -> sameAs = Path.of(args[++i]);
        case "--unsourced" -> {
          String[] kv = args[++i].split("=", 2);
          unsourced.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        default -> components.add(args[i].split(":"));
      }
    }
    if (!Files.isDirectory(c.bundle)) {
      System.out.println("bundle: no folder " + c.bundle);
      System.exit(1);
    }
    for (String[] gap : components) {
      c.component(gap[0], gap[1], gap[2], signed, sameAs, unsourced.getOrDefault(gap[1], List.of()));
    }
    c.nothingElse(components);
    System.out.println();
    System.out.println("bundle: " + c.passed + " passed, " + c.failures.size() + " failed");
    System.exit(c.failures.isEmpty() ? 0 : 1);
  }

  // ---- one component

  private void component(String group, String artifact, String packaging, boolean signed, Path sameAs,
      List<String> unsourced) throws Exception {
    Path dir = bundle.resolve(group.replace('.', '/')).resolve(artifact);
    System.out.println(group + ":" + artifact + " (" + packaging + ")");
    List<Path> versions = Files.isDirectory(dir) ? list(dir).stream().filter(Files::isDirectory).toList() : List.of();
    check(versions.size() == 1, artifact + ": exactly one version deployed, found " + versions);
    if (versions.size() != 1) {
      return;
    }
    Path versionDir = versions.get(0);
    String version = versionDir.getFileName().toString();
    List<Path> poms = list(versionDir).stream().filter(p -> p.getFileName().toString().endsWith(".pom")).toList();
    check(poms.size() == 1, artifact + ": one POM, found " + poms.size());
    if (poms.size() != 1) {
      return;
    }
    String pomName = poms.get(0).getFileName().toString();
    // A snapshot deploy names its files with a timestamp in place of -SNAPSHOT.
    String fileVersion = pomName.substring(artifact.length() + 1, pomName.length() - ".pom".length());
    if (version.endsWith("-SNAPSHOT")) {
      System.out.println("  note: " + version + " is a snapshot; a release bundle needs a release version");
    }
    String base = artifact + "-" + fileVersion;
    List<String> files = new ArrayList<>(List.of(base + ".pom"));
    if (packaging.equals("jar")) {
      files.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
    }
    for (String f : files) {
      Path file = versionDir.resolve(f);
      check(Files.isRegularFile(file), artifact + ": " + f + " is deployed");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      checksums(file, true);
      if (signed) {
        Path asc = versionDir.resolve(f + ".asc");
        check(Files.isRegularFile(asc), artifact + ": " + f + ".asc is deployed");
        if (Files.isRegularFile(asc)) {
          // Central needs no checksums of signatures; those present must match.
          checksums(asc, false);
          check(gpgVerifies(asc, file), artifact + ": gpg verifies " + f + ".asc");
        }
      }
    }
    pom(versionDir.resolve(base + ".pom"), group, artifact, version, packaging);
    if (packaging.equals("jar")) {
      Path jar = versionDir.resolve(base + ".jar");
      Path sources = versionDir.resolve(base + "-sources.jar");
      Path javadoc = versionDir.resolve(base + "-javadoc.jar");
      for (Path j : List.of(jar, sources, javadoc)) {
        if (Files.isRegularFile(j)) {
          licenceFiles(j, sameAs);
        }
      }
      if (Files.isRegularFile(jar) && Files.isRegularFile(sources)) {
        sourcesMatch(artifact, jar, sources, unsourced);
      }
      if (Files.isRegularFile(javadoc)) {
        try (ZipFile z = new ZipFile(javadoc.toFile())) {
          check(z.getEntry("index.html") != null, artifact + ": the Javadoc jar has an index.html");
        }
      }
    }
  }

  private void checksums(Path file, boolean mustHave) throws IOException, NoSuchAlgorithmException {
    byte[] bytes = Files.readAllBytes(file);
    for (String[] kind : new String[][] {{"md5", "MD5"}, {"sha1", "SHA-1"}, {"sha256", "SHA-256"}, {"sha512", "SHA-512"}}) {
      Path sum = file.resolveSibling(file.getFileName() + "." + kind[0]);
      boolean required = mustHave && (kind[0].equals("md5") || kind[0].equals("sha1"));
      if (!Files.isRegularFile(sum)) {
        check(!required, file.getFileName() + "." + kind[0] + " is deployed");
        continue;
      }
      String expected = HexFormat.of().formatHex(MessageDigest.getInstance(kind[1]).digest(bytes));
      String written = Files.readString(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
      check(written.equalsIgnoreCase(expected), file.getFileName() + "." + kind[0] + " matches the file");
    }
  }

  private static boolean gpgVerifies(Path asc, Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("gpg", "--batch", "--verify", asc.toString(), file.toString())
        .redirectErrorStream(true).start();
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  // ---- the POM

  private void pom(Path pomFile, String group, String artifact, String version, String packaging) throws Exception {
    if (!Files.isRegularFile(pomFile)) {
      return;
    }
    Element pom = parse(pomFile);
    List<Element> chain = new ArrayList<>(List.of(pom));
    Element parent = child(pom, "parent");
    while (parent != null) {
      Path parentPom = findPom(text(parent, "groupId"), text(parent, "artifactId"), text(parent, "version"));
      check(parentPom != null, artifact + ": its parent " + text(parent, "artifactId") + " is in the bundle");
      if (parentPom == null) {
        break;
      }
      Element p = parse(parentPom);
      chain.add(p);
      parent = child(p, "parent");
    }
    String groupId = text(pom, "groupId") != null ? text(pom, "groupId") : text(child(pom, "parent"), "groupId");
    String ownVersion = text(pom, "version") != null ? text(pom, "version") : text(child(pom, "parent"), "version");
    check(group.equals(groupId), artifact + ": the POM's groupId is " + group);
    check(artifact.equals(text(pom, "artifactId")), artifact + ": the POM's artifactId is " + artifact);
    check(version.equals(ownVersion), artifact + ": the POM's version is " + version);
    String pack = text(pom, "packaging");
    check(packaging.equals(pack == null ? "jar" : pack), artifact + ": the POM's packaging is " + packaging);
    // Maven does not inherit name; the rest may come from a parent.
    check(nonEmpty(text(pom, "name")), artifact + ": the POM has a name");
    for (String field : List.of("description", "url")) {
      check(nonEmpty(inherited(chain, field)), artifact + ": the POM has a " + field);
    }
    Element licenses = inheritedElement(chain, "licenses");
    List<Element> licenceList = licenses == null ? List.of() : children(licenses, "license");
    check(!licenceList.isEmpty(), artifact + ": the POM names a licence");
    for (Element l : licenceList) {
      check(nonEmpty(text(l, "name")) && nonEmpty(text(l, "url")), artifact + ": each licence has a name and a url");
    }
    Element developers = inheritedElement(chain, "developers");
    List<Element> developerList = developers == null ? List.of() : children(developers, "developer");
    check(!developerList.isEmpty(), artifact + ": the POM names a developer");
    for (Element d : developerList) {
      check(nonEmpty(text(d, "name")) || nonEmpty(text(d, "id")), artifact + ": each developer has a name or id");
    }
    Element scm = inheritedElement(chain, "scm");
    check(scm != null && nonEmpty(text(scm, "url")) && nonEmpty(text(scm, "connection")),
        artifact + ": the POM has an scm url and connection");
    String url = inherited(chain, "url");
    check(url == null || !url.contains("${"), artifact + ": the url has no unresolved property");
  }

  private Path findPom(String group, String artifact, String version) throws IOException {
    Path dir = bundle.resolve(group.replace('.', '/')).resolve(artifact).resolve(version);
    if (!Files.isDirectory(dir)) {
      return null;
    }
    return list(dir).stream().filter(p -> p.getFileName().toString().endsWith(".pom")).findFirst().orElse(null);
  }

  private static String inherited(List<Element> chain, String field) {
    for (Element e : chain) {
      String t = text(e, field);
      if (nonEmpty(t)) {
        return t;
      }
    }
    return null;
  }

  private static Element inheritedElement(List<Element> chain, String field) {
    for (Element e : chain) {
      Element c = child(e, field);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  // ---- the jars

  private void licenceFiles(Path jar, Path sameAs) throws IOException {
    try (ZipFile z = new ZipFile(jar.toFile())) {
      for (String name : List.of("LICENSE", "NOTICE")) {
        ZipEntry e = z.getEntry("META-INF/" + name);
        check(e != null, jar.getFileName() + " holds META-INF/" + name);
        if (e != null && sameAs != null) {
          try (InputStream in = z.getInputStream(e)) {
            check(java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(sameAs.resolve(name))),
                jar.getFileName() + ": META-INF/" + name + " is the repository's " + name);
          }
        }
      }
    }
  }

  private void sourcesMatch(String artifact, Path jar, Path sources, List<String> unsourced) throws IOException {
    Set<String> classes = new TreeSet<>();
    Set<String> javaFiles = new TreeSet<>();
    try (ZipFile z = new ZipFile(jar.toFile())) {
      z.stream().map(ZipEntry::getName)
          .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("META-INF/"))
          .filter(n -> unsourced.stream().noneMatch(n::startsWith))
          .forEach(n -> classes.add(n.substring(0, n.length() - ".class".length())));
    }
    try (ZipFile z = new ZipFile(sources.toFile())) {
      z.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".java"))
          .forEach(n -> javaFiles.add(n.substring(0, n.length() - ".java".length())));
    }
    Set<String> missing = new TreeSet<>(classes);
    missing.removeAll(javaFiles);
    check(!classes.isEmpty(), artifact + ": the jar has classes");
    check(missing.isEmpty(), artifact + ": the sources jar has a source for each of the jar's " + classes.size()
        + " top-level classes" + (missing.isEmpty() ? "" : "; missing " + missing));
    if (!unsourced.isEmpty()) {
      System.out.println("  note: classes under " + unsourced + " have no published source, as told");
    }
  }

  // ---- nothing else

  private void nothingElse(List<String[]> components) throws IOException {
    Set<String> expected = new TreeSet<>();
    for (String[] c : components) {
      expected.add(c[0].replace('.', '/') + "/" + c[1]);
    }
    Set<String> deployed = new TreeSet<>();
    try (Stream<Path> s = Files.walk(bundle)) {
      s.filter(p -> p.getFileName().toString().endsWith(".pom"))
          .forEach(p -> deployed.add(bundle.relativize(p.getParent().getParent()).toString().replace('\\', '/')));
    }
    deployed.removeAll(expected);
    check(deployed.isEmpty(), "nothing but the expected components is deployed; also found " + deployed);
  }

  // ---- small things

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static boolean nonEmpty(String s) {
    return s != null && !s.isBlank();
  }

  private static Element parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Document d = f.newDocumentBuilder().parse(file.toFile());
    return d.getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element c = child(parent, name);
    return c == null ? null : c.getTextContent().trim();
  }
}
