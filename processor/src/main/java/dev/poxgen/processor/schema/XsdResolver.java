package dev.poxgen.processor.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the XSD files of a schema set come from: the processor's own class path for bundled
 * schemas, the consumer's paths for their own. Paths are relative, with {@code /} separators.
 */
public interface XsdResolver {
  /** Opens the file, or empty when it is not there. */
  Optional<InputStream> open(String path) throws IOException;

  /** Where this resolver looks, for messages, e.g. {@code the processor class path}. */
  String describe();
}
