package dev.poxgen;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The runtime is a named module that needs nothing but the JDK's XML support (and, optionally, XmlPull). */
class ModuleDescriptorTest {
  @Test
  void requiresOnlyJavaXmlAndOptionallyXmlPullAndExportsTheApi() throws IOException {
    Path descriptor = Path.of("target/classes/module-info.class");
    try (InputStream in = Files.newInputStream(descriptor)) {
      ModuleDescriptor module = ModuleDescriptor.read(in);
      assertThat(module.name()).isEqualTo("dev.poxgen.runtime");
      assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name).toList())
          .containsExactly("java.base", "java.xml", "xmlpull", "org.jspecify");
      // The XmlPull API only when a caller chooses that parser: never needed to resolve the module.
      assertThat(module.requires().stream().filter(r -> r.name().equals("xmlpull")).findFirst().orElseThrow()
          .modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.STATIC);
      assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).toList())
          .contains("dev.poxgen");
    }
  }
}
