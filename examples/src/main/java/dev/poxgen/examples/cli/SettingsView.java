package dev.poxgen.examples.cli;

import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.AccountError;
import dev.poxgen.examples.autodiscover.AutodiscoverRequest;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.ErrorType;
import dev.poxgen.examples.autodiscover.MobileSyncAction;
import dev.poxgen.examples.autodiscover.MobileSyncAutodiscoverRequest;
import dev.poxgen.examples.autodiscover.MobileSyncResponse;
import dev.poxgen.examples.autodiscover.MobileSyncServer;
import dev.poxgen.examples.autodiscover.OutlookResponse;
import dev.poxgen.examples.autodiscover.OwaUrl;
import dev.poxgen.examples.autodiscover.Protocol;
import dev.poxgen.examples.autodiscover.User;
import dev.poxgen.examples.autodiscover.WebAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a client needs from a document, effective values with the schema's defaults applied: one
 * entry per protocol, redirect, error or user, each a kind and its keys in a fixed order.
 */
final class SettingsView {
  /** One line of {@code show}: {@code protocol type=SMTP port=587 ...}. */
  record Entry(String kind, Map<String, Object> keys) {}

  private final List<Entry> entries = new ArrayList<>();

  static List<Entry> of(Object document) {
    SettingsView v = new SettingsView();
    if (document instanceof AutodiscoverResponse r) {
      r.outlookResponse().ifPresent(v::outlook);
      r.mobileSyncResponse().ifPresent(v::mobileSync);
      r.errorResponse().ifPresent(e -> v.error(e.hasError() ? e.error() : null));
    } else if (document instanceof AutodiscoverRequest q) {
      v.add("request", keys("email", q.hasRequest() && q.request().hasEMailAddress() ? q.request().eMailAddress() : null));
    } else if (document instanceof MobileSyncAutodiscoverRequest q) {
      v.add("request", keys("email", q.hasRequest() && q.request().hasEMailAddress() ? q.request().eMailAddress() : null));
    } else if (document instanceof OutlookResponse o) {
      v.outlook(o);
    } else if (document instanceof MobileSyncResponse m) {
      v.mobileSync(m);
    }
    return v.entries;
  }

  private void add(String kind, Map<String, Object> keys) {
    entries.add(new Entry(kind, keys));
  }

  private static Map<String, Object> keys(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      if (v instanceof Optional<?> o) {
        v = o.orElse(null);
      }
      if (v != null) {
        m.put((String) pairs[i], v);
      }
    }
    return m;
  }

  private void outlook(OutlookResponse o) {
    o.user().ifPresent(this::user);
    if (!o.hasAccount()) {
      return;
    }
    Account a = o.account();
    a.error().ifPresent(this::accountError);
    a.redirectAddr().ifPresent(addr -> add("redirect", keys("addr", addr)));
    a.redirectUrl().or(a::redirectURL).ifPresent(url -> add("redirect", keys("url", url)));
    for (Protocol p : a.protocols()) {
      protocol(p);
    }
  }

  private void user(User u) {
    Map<String, Object> k = keys("displayName", u.displayName(), "email", u.autoDiscoverSmtpAddress());
    if (!k.isEmpty()) {
      add("user", k);
    }
  }

  private void protocol(Protocol p) {
    Map<String, Object> k = keys(
        "type", p.type().map(t -> t.xmlValue()),
        "server", p.server(),
        "port", p.port().isPresent() ? p.port().getAsInt() : null,
        "ssl", p.ssl().xmlValue(),
        "spa", p.spa().xmlValue(),
        "authRequired", p.authRequired().xmlValue(),
        "smtpLast", p.smtpLast().xmlValue(),
        "encryption", p.encryption().map(e -> e.xmlValue()),
        "loginName", p.loginName(),
        "domainRequired", p.domainRequired().map(d -> d.xmlValue()),
        "domainName", p.domainName(),
        "authPackage", p.authPackage().map(x -> x.xmlValue()),
        "ewsUrl", p.ewsUrl(),
        "asUrl", p.asUrl(),
        "owaUrl", owaUrl(p),
        "mapiHttp", p.typeAttribute().isPresent() ? p.mailStore().flatMap(m -> m.externalUrl().or(m::internalUrl)) : null);
    add("protocol", k);
  }

  private static Optional<String> owaUrl(Protocol p) {
    for (Optional<WebAccess> w : List.of(p.external(), p.internal())) {
      if (w.isPresent()) {
        for (OwaUrl u : w.get().owaUrls()) {
          return Optional.of(u.value());
        }
      }
    }
    return Optional.empty();
  }

  private void accountError(AccountError e) {
    add("error", keys("code", e.hasErrorCode() ? e.errorCode() : null, "message", e.hasMessage() ? e.message() : null));
  }

  private void error(ErrorType e) {
    if (e == null) {
      add("error", keys());
      return;
    }
    add("error", keys("code", e.hasErrorCode() ? e.errorCode() : null, "message", e.hasMessage() ? e.message() : null,
        "debugData", e.debugData().filter(d -> !d.isBlank())));
  }

  private void mobileSync(MobileSyncResponse m) {
    m.user().ifPresent(u -> {
      Map<String, Object> k = keys("displayName", u.displayName(), "email", u.eMailAddress());
      if (!k.isEmpty()) {
        add("user", k);
      }
    });
    if (!m.hasAction()) {
      return;
    }
    MobileSyncAction a = m.action();
    a.settings().ifPresent(s -> {
      for (MobileSyncServer server : s.servers()) {
        add("mobilesync", keys("type", server.hasType() ? server.type().xmlValue() : null, "url", server.url(),
            "name", server.name()));
      }
    });
    a.redirect().ifPresent(r -> add("redirect", keys("addr", r)));
    a.error().ifPresent(e -> add("error", keys("status", e.hasStatus() ? e.status() : null, "message", e.message())));
  }

  // ---- output

  static String text(Entry e) {
    StringBuilder b = new StringBuilder(e.kind());
    e.keys().forEach((k, v) -> b.append(' ').append(k).append('=').append(quoteIfNeeded(String.valueOf(v))));
    return b.toString();
  }

  private static String quoteIfNeeded(String v) {
    boolean plain = !v.isEmpty() && v.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '\\' || c == '=');
    return plain ? v : json(v);
  }

  static String json(List<Entry> entries) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      b.append(i == 0 ? "\n  {" : ",\n  {").append(json("kind")).append(": ").append(json(e.kind()));
      e.keys().forEach((k, v) -> b.append(", ").append(json(k)).append(": ")
          .append(v instanceof Integer ? v.toString() : json(String.valueOf(v))));
      b.append('}');
    }
    return b.append(entries.isEmpty() ? "]" : "\n]").toString();
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
