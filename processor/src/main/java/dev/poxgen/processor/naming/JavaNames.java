package dev.poxgen.processor.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The one place XML names become Java names, like xjc's NameConverter: words are split at
 * hyphens, dots, underscores and case changes ({@code EcpUrl-tmHiding} is ecp, url, tm, hiding;
 * {@code SMTPLast} is smtp, last), acronyms are written as words ({@code ServerDN} is {@code
 * serverDn}), and keywords get a suffix.
 */
public final class JavaNames {
  private JavaNames() {}

  /** Initialisms kept as one word, which the case-change rule would split. */
  private static final Pattern INITIALISMS = Pattern.compile("IPv[46]");

  private static final Pattern BOUNDARY =
      Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

  /**
   * Names from {@code java.lang} that generated code refers to or that would shadow a class every
   * Java file sees; a generated type with one of these names gets a suffix.
   */
  private static final Set<String> JAVA_LANG = Set.of(
      "Boolean", "Byte", "Character", "Class", "Deprecated", "Double", "Enum", "Error", "Exception",
      "Float", "Integer", "Iterable", "Long", "Math", "Number", "Object", "Override", "Record",
      "Runtime", "SafeVarargs", "Short", "String", "StringBuilder", "SuppressWarnings", "System",
      "Thread", "Throwable", "Void");

  /** The words of an XML name, in lower case. */
  public static List<String> words(String xmlName) {
    List<String> words = new ArrayList<>();
    for (String chunk : xmlName.split("[^A-Za-z0-9]+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      Matcher m = INITIALISMS.matcher(chunk);
      int at = 0;
      while (m.find()) {
        splitCase(chunk.substring(at, m.start()), words);
        words.add(m.group().toLowerCase(Locale.ROOT));
        at = m.end();
      }
      splitCase(chunk.substring(at), words);
    }
    return words;
  }

  private static void splitCase(String s, List<String> out) {
    if (s.isEmpty()) {
      return;
    }
    for (String w : BOUNDARY.split(s)) {
      if (!w.isEmpty()) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
  }

  /** {@code UpperCamel}: {@code OWAUrl} is {@code OwaUrl}, {@code Protocol.Internal} is {@code ProtocolInternal}. */
  public static String upperCamel(String xmlName) {
    StringBuilder b = new StringBuilder();
    for (String w : words(xmlName)) {
      b.append(capitalize(w));
    }
    String name = b.toString();
    if (name.isEmpty()) {
      return "Value";
    }
    return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "_" + name;
  }

  /** {@code lowerCamel}: {@code EcpUrl-tmHiding} is {@code ecpUrlTmHiding}, {@code SMTPLast} is {@code smtpLast}. */
  public static String lowerCamel(String xmlName) {
    String upper = upperCamel(xmlName);
    if (upper.startsWith("_")) {
      return "value" + upper;
    }
    return Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
  }

  /** {@code UPPER_SNAKE} for an enum constant: {@code redirectUrl} is {@code REDIRECT_URL}. */
  public static String constant(String lexicalValue) {
    List<String> words = words(lexicalValue);
    if (words.isEmpty()) {
      return "EMPTY";
    }
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    return Character.isJavaIdentifierStart(name.charAt(0)) ? name : "VALUE_" + name;
  }

  /** The class name for a type, kept clear of keywords and of {@code java.lang}. */
  public static String typeName(String xmlName) {
    String name = upperCamel(xmlName);
    if (JAVA_LANG.contains(name) || SourceVersion.isKeyword(name)) {
      return name + "Type";
    }
    return name;
  }

  /** The parts of a namespace URI that say nothing of it. */
  private static final java.util.Set<String> NAMESPACE_NOISE = java.util.Set.of(
      "http", "https", "urn", "www", "org", "com", "net", "int", "edu", "gov", "io", "schema", "schemas", "xml",
      "xmlns", "xsd", "ns", "namespace", "names");

  /**
   * The word of a namespace URI that names it, for telling apart types of one local name in several
   * namespaces: its last part that has a letter and is not a common one such as {@code org}, {@code
   * schemas} or a version ({@code http://www.w3.org/2000/09/xmldsig#} is {@code xmldsig}, {@code
   * urn:oasis:names:tc:SAML:2.0:assertion} {@code assertion}, {@code xpns1.org} {@code xpns1}); {@code
   * NoNamespace} for none.
   */
  public static String namespaceWord(String uri) {
    if (uri.isEmpty()) {
      return "NoNamespace";
    }
    String[] parts = uri.split("[^A-Za-z0-9]+");
    for (int i = parts.length - 1; i >= 0; i--) {
      String p = parts[i];
      if (p.chars().anyMatch(Character::isLetter) && !NAMESPACE_NOISE.contains(p.toLowerCase(Locale.ROOT))
          && !p.matches("[vV][0-9]+")) {
        return p;
      }
    }
    return "Namespace";
  }

  /** A property (accessor) name, kept clear of keywords and of the methods every class has. */
  public static String propertyName(String xmlName) {
    return safeMember(lowerCamel(xmlName));
  }

  private static final Set<String> RESERVED_MEMBERS = Set.of(
      "builder", "toBuilder", "build", "equals", "hashCode", "toString", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize");

  static String safeMember(String name) {
    if (SourceVersion.isKeyword(name) || RESERVED_MEMBERS.contains(name)) {
      return name + "Value";
    }
    return name;
  }

  /** A plural for a list property: {@code protocol} is {@code protocols}, {@code mailbox} is {@code mailboxes}. */
  public static String plural(String name) {
    if (name.endsWith("s") || name.endsWith("x") || name.endsWith("ch") || name.endsWith("sh")
        || name.endsWith("z")) {
      return name + "es";
    }
    if (name.endsWith("y") && name.length() > 1 && "aeiou".indexOf(name.charAt(name.length() - 2)) < 0) {
      return name.substring(0, name.length() - 1) + "ies";
    }
    return name + "s";
  }

  public static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
