package dev.poxgen.internal;

import static com.google.common.truth.Truth.assertWithMessage;

import org.junit.jupiter.api.Test;

/** xs:anyURI's lexical space, on cases whose verdict the JDK's validator gives (checked by hand, and in BuiltinTypesPropertyTest). */
class UrisTest {
  @Test
  void uriReferencesAfterXLinkEscapingAreValues() {
    for (String ok : new String[] {"", "a b", "http://[::1]/", "é", "http://a/b?c#d", "urn:x:y", "a%20b",
        "http://a:b@c:80/", "#", "?x", "\uD83D\uDE00"}) {
      assertWithMessage("\"%s\": %s", ok, Uris.problem(ok)).that(Uris.problem(ok)).isNull();
    }
  }

  @Test
  void theRestIsNotWithTheReason() {
    for (String bad : new String[] {":", "%zz", "a#b#c", "1a:b", "[a]"}) {
      assertWithMessage("\"%s\"", bad).that(Uris.problem(bad)).startsWith("is not an xs:anyURI");
    }
  }

  @Test
  void theCommonFormIsTakenWithoutParsingAndEveryOneOfItParses() throws Exception {
    for (String plain : new String[] {"http://a/b?c#d", "https://mail.example.com:443/EWS/Exchange.asmx",
        "http://a", "http://a.b.", "ftp://x-1.y/p;q=1/r?s=t&u=v#w", "h+t.t-p://a/"}) {
      assertWithMessage("\"%s\"", plain).that(Uris.plain(plain)).isTrue();
      new java.net.URI(plain);
    }
    for (String other : new String[] {"", "a", "http://", "http://-a/", "http://a-/", "http://a..b/", "http://a:/",
        "http://a/%20", "http://a/ b", "http://[::1]/", "http://a/b#c#d", "1http://a/", "http://a@b/"}) {
      assertWithMessage("\"%s\"", other).that(Uris.plain(other)).isFalse();
    }
  }

  @Test
  void escapesWhatXLinkEscapesAsUtf8Octets() {
    assertWithMessage("escaped").that(Uris.escaped("a b<é\uD83D\uDE00")).isEqualTo("a%20b%3C%C3%A9%F0%9F%98%80");
    assertWithMessage("unchanged").that(Uris.escaped("http://a/b?c#d")).isEqualTo("http://a/b?c#d");
  }
}
