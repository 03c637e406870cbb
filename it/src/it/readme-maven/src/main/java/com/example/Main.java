package com.example;

import com.example.autodiscover.AutodiscoverResponse;
import com.example.autodiscover.AutodiscoverXml;
import com.example.autodiscover.Protocol;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import java.nio.file.Path;

/** The README's tour on a document: read, look at a value, its findings, write it back. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    ReadResult<AutodiscoverResponse> r = AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(Path.of(args[0])));
    Protocol smtp = r.value().outlookResponse().orElseThrow().account().orElseThrow().protocols().get(2);
    System.out.println("server " + smtp.server().orElse("?") + ", SMTPLast " + smtp.smtpLast().orElseThrow()
        + ", present " + smtp.hasSmtpLast());
    System.out.println("findings " + r.findings().size());
    String xml = AutodiscoverXml.toXml(r.value());
    boolean same = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml)).value().equals(r.value());
    System.out.println("written back, reads equal: " + same);
  }
}
