package dev.poxgen;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The runtime is a named module that needs nothing but the JDK's XML support. */
class ModuleDescriptorTest {
  @Test
  void requiresOnlyJavaXmlAndExportsTheApi() throws IOException {
    Path descriptor = Path.of("target/classes/module-info.class");
    try (InputStream in = Files.newInputStream(descriptor)) {
      ModuleDescriptor module = ModuleDescriptor.read(in);
      assertThat(module.name()).isEqualTo("dev.poxgen.runtime");
      assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name).toList())
          .containsExactly("java.base", "java.xml");
      assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).toList())
          .contains("dev.poxgen");
    }
  }
}
