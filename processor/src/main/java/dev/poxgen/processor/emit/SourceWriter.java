package dev.poxgen.processor.emit;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.poxgen.processor.naming.Bindings;
import dev.poxgen.processor.naming.EnumBinding;
import dev.poxgen.processor.naming.TypeBinding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/** Drives the writers: every Java file generated for one set of bindings, in a stable order. */
public final class SourceWriter {
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \t]+$", Pattern.MULTILINE);

  private final GeneratedSpec generated;

  public SourceWriter(GeneratedSpec generated) {
    this.generated = generated;
  }

  /** Writes every file through the Filer, each with the annotated package as its origin. */
  public void writeTo(Filer filer, Bindings bindings, Element origin) throws IOException {
    for (JavaFile f : write(bindings)) {
      String name = f.packageName().isEmpty() ? f.typeSpec().name() : f.packageName() + "." + f.typeSpec().name();
      JavaFileObject source = filer.createSourceFile(name, origin);
      try (Writer out = source.openWriter()) {
        out.write(withPermitsWrapped(withoutTrailingSpaces(f.toString())));
      }
    }
  }

  /**
   * The text with no space at the end of a line: JavaPoet leaves one where it wraps after a
   * space it wrote itself, as after a field's {@code =} when the value starts the next line.
   */
  private static String withoutTrailingSpaces(String text) {
    return TRAILING_SPACES.matcher(text).replaceAll("");
  }

  /**
   * The text with a long {@code permits} clause wrapped after its commas, indented by four, as
   * JavaPoet writes the clause on one line whatever its length.
   */
  static String withPermitsWrapped(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (line.length() <= LINE_LIMIT || !line.contains(" permits ")) {
        out.append(line);
        continue;
      }
      String indent = line.substring(0, line.length() - line.stripLeading().length()) + "    ";
      int width = 0;
      String[] words = line.split("(?<=,) ");
      for (int i = 0; i < words.length; i++) {
        if (i > 0 && width + 1 + words[i].length() > LINE_LIMIT) {
          out.append('\n').append(indent);
          width = indent.length();
        } else if (i > 0) {
          out.append(' ');
          width++;
        }
        out.append(words[i]);
        width += words[i].length();
      }
    }
    return out.toString();
  }

  /** The longest line generated code has, as in JavaPoet's own wrapping. */
  private static final int LINE_LIMIT = 100;

  /** The generated files, by type, enums first; for tests and tools that write elsewhere. */
  public List<JavaFile> write(Bindings bindings) {
    JavaTypes types = new JavaTypes(bindings);
    EnumWriter enums = new EnumWriter(types, generated);
    ValueClassWriter classes = new ValueClassWriter(bindings, types, generated);
    List<JavaFile> files = new ArrayList<>();
    for (EnumBinding e : bindings.enums()) {
      files.add(file(bindings, enums.write(e)));
    }
    UnionWriter unions = new UnionWriter(bindings, types, generated);
    for (dev.poxgen.processor.naming.UnionBinding u : bindings.unions()) {
      files.add(file(bindings, unions.write(u)));
    }
    for (TypeBinding t : bindings.types()) {
      files.add(file(bindings, classes.write(t)));
    }
    SchemaCode code = new SchemaCode(bindings, types);
    for (dev.poxgen.processor.naming.FamilyBinding f : bindings.families()) {
      files.add(file(bindings, FamilyMethods.interfaceType(code, f, generated, types)));
    }
    ReaderClassWriter reader = new ReaderClassWriter(code, generated);
    files.add(file(bindings, new RulesWriter(code, generated).write()));
    files.add(file(bindings, reader.write()));
    files.add(file(bindings, new WriterClassWriter(code, generated).write()));
    files.add(file(bindings, new ValidatorWriter(code, generated).write()));
    if (!bindings.documents().isEmpty()) {
      for (TypeSpec type : new DocumentWriter(code, generated, bindings.documents()).write()) {
        files.add(file(bindings, type));
      }
    }
    files.add(file(bindings, new FacadeWriter(code, generated, bindings.documents()).write()));
    return files;
  }

  private static JavaFile file(Bindings bindings, TypeSpec type) {
    return JavaFile.builder(bindings.packageName(), type.toBuilder().addAnnotation(JavaTypes.NULL_MARKED).build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
