package com.example.mail;

import com.example.mail.autodiscover.AutodiscoverResponse;
import com.example.mail.autodiscover.AutodiscoverXml;
import dev.poxgen.Finding;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import java.nio.file.Path;

/** Reads a document strictly, on the module path, and prints its findings. */
public final class Main {
  private Main() {}

  /**
   * Reads the file given as the first argument.
   *
   * @param args the file
   * @throws Exception when it cannot be read
   */
  public static void main(String[] args) throws Exception {
    ReadResult<AutodiscoverResponse> r = AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(Path.of(args[0])), ReadOptions.strict());
    System.out.println("module " + Main.class.getModule().getName() + ", runtime " + Finding.class.getModule().getName());
    for (Finding f : r.findings()) {
      System.out.println(f);
    }
    System.out.println("errors " + r.errors().size());
  }
}
