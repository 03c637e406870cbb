package dev.poxgen.examples;

import static com.google.common.truth.Truth.assertThat;

import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.Action;
import dev.poxgen.examples.autodiscover.OnOff;
import dev.poxgen.examples.autodiscover.Protocol;
import dev.poxgen.examples.autodiscover.ProtocolType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated API, compiled by Maven through annotationProcessorPaths as a consumer would. */
class GeneratedApiInMavenTest {
  @Test
  void buildAndReadBack() {
    Protocol smtp = Protocol.builder().type(ProtocolType.SMTP).server("smtp.example.com").port(587)
        .smtpLast(OnOff.ON).build();
    Account account = Account.builder().action(Action.SETTINGS).protocols(List.of(smtp)).build();
    Protocol back = account.protocols().get(0);
    assertThat(back.smtpLast()).hasValue(OnOff.ON);
    assertThat(back.ssl()).hasValue(OnOff.ON);
    assertThat(back.hasSsl()).isFalse();
    assertThat(back.type()).hasValue(ProtocolType.SMTP);
    assertThat(back).isEqualTo(smtp.toBuilder().build());
  }
}
