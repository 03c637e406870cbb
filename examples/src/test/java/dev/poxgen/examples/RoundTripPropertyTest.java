package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.poxgen.Finding;
import dev.poxgen.ReadOptions;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.AccountType;
import dev.poxgen.examples.autodiscover.Action;
import dev.poxgen.examples.autodiscover.AuthPackage;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverValidator;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.Encryption;
import dev.poxgen.examples.autodiscover.OnOff;
import dev.poxgen.examples.autodiscover.OutlookResponse;
import dev.poxgen.examples.autodiscover.Protocol;
import dev.poxgen.examples.autodiscover.ProtocolType;
import dev.poxgen.examples.autodiscover.User;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Values built in code: written and read back strictly, they are equal (a value that breaks a
 * facet reads back as given but not valid, and writes the same XML again), and the strict
 * reader's verdict on the document is the validator's verdict on the value.
 */
class RoundTripPropertyTest {
  @Property(tries = 400, seed = "20261207")
  void writeThenReadGivesTheSameValueAndVerdict(@ForAll("responses") AutodiscoverResponse value) throws Exception {
    String xml = AutodiscoverXml.toXml(value);
    ReadResult<AutodiscoverResponse> read = AutodiscoverXml.readAutodiscoverResponse(XmlInput.ofString(xml), ReadOptions.strict());
    List<Finding> validator = AutodiscoverValidator.validate(value);
    if (validator.isEmpty()) {
      assertWithMessage("read back from:\n%s", xml).that(read.value()).isEqualTo(value);
    } else {
      // A value that breaks a facet (a TTL of -1) reads back as given but not valid: empty, its text kept.
      assertWithMessage("read back from:\n%s", xml).that(AutodiscoverXml.toXml(read.value())).isEqualTo(xml);
    }
    assertWithMessage("reader %s, validator %s, on:\n%s", read.findings(), validator, xml)
        .that(read.hasErrors()).isEqualTo(!validator.isEmpty());
    assertThat(read.findings().stream().map(Finding::path).toList())
        .containsExactlyElementsIn(validator.stream().map(Finding::path).toList());
  }

  /** Text with everything XML must escape, and the whitespace a value may keep. */
  private static Arbitrary<String> text() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(24),
        Arbitraries.strings().withChars('&', '<', '>', '"', '\'', ' ', '\t', '\n', '\r', 'é', '€', '\u4e2d').ofMaxLength(8),
        Arbitraries.of("smtp.example.com", "", " spaced ", "a&b<c>d", "]]>", "\ud83d\udce7 mail"));
  }

  @Provide
  Arbitrary<AutodiscoverResponse> responses() {
    Arbitrary<Protocol> protocol = Builders.withBuilder(Protocol::builder)
        .use(Arbitraries.of(ProtocolType.values()).injectNull(0.1)).in((b, v) -> b.type(v))
        .use(text().injectNull(0.3)).in((b, v) -> b.server(v))
        .use(Arbitraries.integers().between(-2, 70000).injectNull(0.3)).in((b, v) -> b.port(v))
        .use(Arbitraries.of(OnOff.values()).injectNull(0.5)).in((b, v) -> b.ssl(v))
        .use(Arbitraries.of(OnOff.values()).injectNull(0.5)).in((b, v) -> b.smtpLast(v))
        .use(Arbitraries.of(Encryption.values()).injectNull(0.5)).in((b, v) -> b.encryption(v))
        .use(Arbitraries.of(AuthPackage.values()).injectNull(0.5)).in((b, v) -> b.authPackage(v))
        .use(Arbitraries.integers().between(-1, 48).injectNull(0.7)).in((b, v) -> b.ttl(v))
        .use(text().injectNull(0.6)).in((b, v) -> b.ecpUrlTmHiding(v))
        .build(Protocol.Builder::build);
    Arbitrary<Account> account = Combinators.combine(
            Arbitraries.of(Action.values()).injectNull(0.2),
            protocol.list().ofMaxSize(4),
            text().injectNull(0.8))
        .as((action, protocols, redirect) -> Account.builder()
            .accountType(AccountType.EMAIL)
            .action(action)
            .redirectAddr(redirect)
            .protocols(protocols)
            .build());
    Arbitrary<User> user = text().map(name -> User.builder().displayName(name).build()).injectNull(0.3);
    return Combinators.combine(user, account)
        .as((u, a) -> AutodiscoverResponse.builder()
            .outlookResponse(OutlookResponse.builder().user(u).account(a).build())
            .build());
  }
}
