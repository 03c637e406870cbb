package dev.poxgen.processor.naming;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** XML names to Java names: the hard cases of the Autodiscover schema and the general rules. */
class JavaNamesTest {
  @ParameterizedTest
  @CsvSource({
      "EcpUrl-tmHiding, ecpUrlTmHiding",
      "EcpUrl-um, ecpUrlUm",
      "SMTPLast, smtpLast",
      "SSL, ssl",
      "ServerDN, serverDn",
      "ASUrl, asUrl",
      "OWAUrl, owaUrl",
      "UsePOPAuth, usePopAuth",
      "IPv4Start, ipv4Start",
      "IPv6End, ipv6End",
      "AutoDiscoverSMTPAddress, autoDiscoverSmtpAddress",
      "EMailAddress, eMailAddress",
      "TTL, ttl",
      "class, classValue",
      "default, defaultValue",
      "Builder, builderValue",
      "hashCode, hashCodeValue",
      "3com, value_3com",
  })
  void propertyNames(String xml, String java) {
    assertThat(JavaNames.propertyName(xml)).isEqualTo(java);
  }

  @ParameterizedTest
  @CsvSource({
      "Protocol, Protocol",
      "OWAUrl, OwaUrl",
      "Protocol.Internal, ProtocolInternal",
      "Error, ErrorType",
      "String, StringType",
      "Object, ObjectType",
      "mobilesync-response, MobilesyncResponse",
  })
  void typeNames(String xml, String java) {
    assertThat(JavaNames.typeName(xml)).isEqualTo(java);
  }

  @ParameterizedTest
  @CsvSource({
      "redirectUrl, REDIRECT_URL",
      "on, ON",
      "CalDAV, CAL_DAV",
      "EXHTTP, EXHTTP",
      "POP3, POP3",
      "mapiHttp, MAPI_HTTP",
      "1, VALUE_1",
      "dark-blue, DARK_BLUE",
      "'', EMPTY",
  })
  void constants(String value, String java) {
    assertThat(JavaNames.constant(value)).isEqualTo(java);
  }

  @ParameterizedTest
  @CsvSource({"protocol, protocols", "alternativeMailbox, alternativeMailboxes", "owaUrl, owaUrls",
      "entry, entries", "day, days", "box, boxes"})
  void plurals(String one, String many) {
    assertThat(JavaNames.plural(one)).isEqualTo(many);
  }
}
