package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.Code;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.WriteOptions;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.Action;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.OutlookResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RedirectUrl and RedirectURL, two spellings of one choice, are one property: {@code redirectUrl()}
 * reads either, and writing keeps the spelling the document used (RedirectUrl, the reference's, for
 * values built in code).
 */
class SpellingsTest {
  private static final String R = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
  private static final String O = "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

  private static String account(String inside) {
    return "<Autodiscover xmlns='" + R + "'><Response xmlns='" + O + "'><Account><AccountType>email</AccountType>"
        + "<Action>redirectUrl</Action>" + inside + "</Account></Response></Autodiscover>";
  }

  private static Account accountOf(AutodiscoverResponse r) {
    return r.outlookResponse().orElseThrow().account().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"RedirectUrl", "RedirectURL"})
  void eitherSpellingReadsAsRedirectUrlAndIsWrittenBackAsRead(String spelling) throws Exception {
    String xml = account("<" + spelling + ">https://next.example/autodiscover</" + spelling + ">");
    ReadResult<AutodiscoverResponse> r = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml), ReadOptions.strict());
    assertThat(r.findings()).isEmpty();
    assertThat(accountOf(r.value()).redirectUrl()).hasValue("https://next.example/autodiscover");
    String written = AutodiscoverXml.toXml(r.value(), WriteOptions.compact());
    assertThat(written).contains("<" + spelling + ">https://next.example/autodiscover</" + spelling + ">");
    assertThat(AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(written)).value()).isEqualTo(r.value());
  }

  @Test
  void aValueBuiltInCodeIsWrittenWithTheReferencesSpelling() throws Exception {
    Account a = Account.builder().action(Action.REDIRECT_URL).redirectUrl("https://next.example/").build();
    AutodiscoverResponse value = AutodiscoverResponse.builder()
        .outlookResponse(OutlookResponse.builder().account(a).build()).build();
    assertThat(AutodiscoverXml.toXml(value, WriteOptions.compact())).contains("<RedirectUrl>https://next.example/</RedirectUrl>");
  }

  @Test
  void bothSpellingsAreTheOnePropertyGivenTwice() throws Exception {
    ReadResult<AutodiscoverResponse> r = AutodiscoverXml.readAutodiscoverResponse(
        XmlInput.ofString(account("<RedirectUrl>https://a.example/</RedirectUrl><RedirectURL>https://b.example/</RedirectURL>")));
    assertThat(accountOf(r.value()).redirectUrl()).hasValue("https://a.example/");
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).code()).isEqualTo(Code.TOO_MANY);
    assertThat(r.errors().get(0).path()).endsWith("/Account/RedirectURL");
  }
}
