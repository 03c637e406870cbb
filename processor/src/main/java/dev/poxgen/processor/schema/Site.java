package dev.poxgen.processor.schema;

import dev.poxgen.processor.diag.Message;
import dev.poxgen.processor.diag.Problem;

/**
 * Where in the schema set a component is being read: the file and the component path (such as
 * {@code complexType Protocol > element SSL}) that the problems found there name.
 */
interface Site {
  /** The schema file, as the set names it. */
  String file();

  /** The component path within the file; empty at the top. */
  String where();

  /** The schema says something XML Schema does not allow: {@code detail} says what. */
  default Problem malformed(String detail) {
    return new Problem(Message.XSD_MALFORMED, file(), where() + ": " + detail);
  }

  /** Valid XML Schema that poxgen does not bind: {@code what}, and what to write {@code instead}. */
  default Problem unsupported(String what, String instead) {
    return new Problem(Message.XSD_UNSUPPORTED, file(), where(), what, instead);
  }
}
