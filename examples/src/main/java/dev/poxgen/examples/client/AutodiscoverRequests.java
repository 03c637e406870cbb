package dev.poxgen.examples.client;

import dev.poxgen.PoxWriteException;
import dev.poxgen.WriteOptions;
import dev.poxgen.examples.autodiscover.AutodiscoverRequest;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.Request;
import java.util.Objects;

/** The POX request a client sends: an e-mail address in, the document Outlook sends out. */
public final class AutodiscoverRequests {
  /** The Outlook response schema a client asks for. */
  public static final String OUTLOOK_RESPONSE_SCHEMA =
      "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

  private AutodiscoverRequests() {}

  /** The request for this address, asking for Outlook settings. */
  public static AutodiscoverRequest forEmail(String emailAddress) {
    Objects.requireNonNull(emailAddress, "emailAddress");
    if (emailAddress.isBlank() || emailAddress.indexOf('@') < 1 || emailAddress.endsWith("@")) {
      throw new IllegalArgumentException("not an e-mail address: \"" + emailAddress + "\"");
    }
    return AutodiscoverRequest.builder()
        .request(Request.builder()
            .eMailAddress(emailAddress)
            .acceptableResponseSchema(OUTLOOK_RESPONSE_SCHEMA)
            .build())
        .build();
  }

  /** The request document for this address, indented, UTF-8, as Outlook sends it. */
  public static String xml(String emailAddress) throws PoxWriteException {
    return AutodiscoverXml.toXml(forEmail(emailAddress), WriteOptions.indented());
  }
}
