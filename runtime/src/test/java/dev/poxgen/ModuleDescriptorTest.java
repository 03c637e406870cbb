package dev.poxgen;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The runtime is a named module that needs nothing but the JDK's XML support (and, optionally,
 * XmlPull and Woodstox's Stax2 API).
 */
class ModuleDescriptorTest {
  @Test
  void requiresOnlyJavaXmlAndOptionallyXmlPullAndStax2AndExportsTheApi() throws IOException {
    Path descriptor = Path.of("target/classes/module-info.class");
    try (InputStream in = Files.newInputStream(descriptor)) {
      ModuleDescriptor module = ModuleDescriptor.read(in);
      assertThat(module.name()).isEqualTo("dev.poxgen.runtime");
      assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name).toList())
          .containsExactly("java.base", "java.xml", "xmlpull", "org.codehaus.stax2", "org.jspecify");
      // The XmlPull API only when a caller chooses that parser, the Stax2 API only with a Stax2
      // parser: neither is ever needed to resolve the module.
      for (String optional : new String[] {"xmlpull", "org.codehaus.stax2"}) {
        assertThat(module.requires().stream().filter(r -> r.name().equals(optional)).findFirst().orElseThrow()
            .modifiers()).containsExactly(ModuleDescriptor.Requires.Modifier.STATIC);
      }
      assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).toList())
          .contains("dev.poxgen");
    }
  }
}
