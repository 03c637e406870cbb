package dev.poxgen.examples.cli;

import dev.poxgen.Code;
import dev.poxgen.Extras;
import dev.poxgen.Finding;
import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.AccountError;
import dev.poxgen.examples.autodiscover.AutodiscoverDocument;
import dev.poxgen.examples.autodiscover.AutodiscoverRequest;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverValidator;
import dev.poxgen.examples.autodiscover.ErrorType;
import dev.poxgen.examples.autodiscover.MobileSyncAction;
import dev.poxgen.examples.autodiscover.MobileSyncAutodiscoverRequest;
import dev.poxgen.examples.autodiscover.MobileSyncError;
import dev.poxgen.examples.autodiscover.MobileSyncRequest;
import dev.poxgen.examples.autodiscover.MobileSyncResponse;
import dev.poxgen.examples.autodiscover.MobileSyncServer;
import dev.poxgen.examples.autodiscover.MobileSyncUser;
import dev.poxgen.examples.autodiscover.OutlookResponse;
import dev.poxgen.examples.autodiscover.OwaUrl;
import dev.poxgen.examples.autodiscover.Protocol;
import dev.poxgen.examples.autodiscover.Request;
import dev.poxgen.examples.autodiscover.User;
import dev.poxgen.examples.autodiscover.WebAccess;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a client needs from a document: one entry per protocol, redirect, error or user, each a
 * kind and its keys in a fixed order. A key holds the document's value, or the schema's default
 * where the document gave none; a value the document gave that is not valid is an {@link Invalid},
 * never the default in its place.
 */
final class SettingsView {
  /** One line of {@code show}: {@code protocol type=SMTP port=587 ...}. */
  record Entry(String kind, Map<String, Object> keys) {}

  /**
   * A value the document gave that is not valid.
   *
   * @param text what the document said, {@code yes}
   * @param reason why it is not valid, {@code not one of on, On, off, Off}
   */
  record Invalid(String text, String reason) {}

  /** The finding codes that say a value itself is not valid (rather than missing, repeated, misplaced). */
  private static final Set<Code> VALUE_CODES =
      EnumSet.of(Code.ENUMERATION, Code.INVALID_VALUE, Code.RANGE, Code.LENGTH, Code.PATTERN, Code.DIGITS);

  private final List<Entry> entries = new ArrayList<>();

  static List<Entry> of(AutodiscoverDocument document) {
    SettingsView v = new SettingsView();
    switch (document.kind()) {
      case AUTODISCOVER_RESPONSE -> {
        AutodiscoverResponse r = (AutodiscoverResponse) document;
        r.outlookResponse().ifPresent(v::outlook);
        r.mobileSyncResponse().ifPresent(v::mobileSync);
        r.errorResponse().ifPresent(e -> v.error(e.error().orElse(null)));
      }
      case AUTODISCOVER_REQUEST -> v.request(((AutodiscoverRequest) document).request().orElse(null));
      case MOBILE_SYNC_AUTODISCOVER_REQUEST ->
          v.mobileSyncRequest(((MobileSyncAutodiscoverRequest) document).request().orElse(null));
      case OUTLOOK_RESPONSE -> v.outlook((OutlookResponse) document);
      case MOBILE_SYNC_RESPONSE -> v.mobileSync((MobileSyncResponse) document);
      default -> { }
    }
    return v.entries;
  }

  // ---- the one place that decides whether a value is invalid

  /**
   * Whether the document's value of {@code element} is not valid, and what the document said. A
   * value is invalid when validating the value it belongs to reports a value error at that
   * element ({@code "yes" is not one of ...}, {@code 0 is less than the minimum 1}); what the
   * document said is the raw text the lenient read kept in the extras, or, where the read kept the
   * value itself (a port of 0), that value.
   *
   * @param problems the value errors of the value holding the element, by element name
   * @param typed the value as read (or the default, when the read kept none), or null
   */
  private static Optional<Invalid> invalid(String element, Object typed, Extras extras, Map<String, Finding> problems) {
    Finding problem = problems.get(element);
    if (problem == null) {
      return Optional.empty();
    }
    String raw = extras.raw(element);
    String text = raw != null ? raw : typed != null ? String.valueOf(typed) : "";
    String message = problem.message();
    for (String said : List.of("\"" + text + "\" is ", text + " is ")) {
      if (!text.isEmpty() && message.startsWith(said)) {
        return Optional.of(new Invalid(text, message.substring(said.length())));
      }
    }
    return Optional.of(new Invalid(text, message));
  }

  /** The value errors of one value, by the name of the child element each is at. */
  private static Map<String, Finding> problems(List<Finding> validation) {
    Map<String, Finding> m = new LinkedHashMap<>();
    for (Finding f : validation) {
      String[] steps = f.path().split("/");
      if (f.isError() && VALUE_CODES.contains(f.code()) && steps.length == 3) { // "", the value, its child
        m.putIfAbsent(steps[2], f);
      }
    }
    return m;
  }

  /** The keys of one entry, each checked against the value it comes from. */
  private static final class Keys {
    private final Extras extras;
    private final Map<String, Finding> problems;
    private final Map<String, Object> map = new LinkedHashMap<>();

    Keys(Extras extras, List<Finding> validation) {
      this.extras = extras;
      this.problems = problems(validation);
    }

    /** A key from the child {@code element}: its value, {@link Invalid}, or nothing when absent. */
    Keys put(String key, String element, Object value) {
      Object v = value instanceof Optional<?> o ? o.orElse(null)
          : value instanceof OptionalInt i ? (i.isPresent() ? (Object) i.getAsInt() : null)
          : value;
      Optional<Invalid> invalid = invalid(element, v, extras, problems);
      if (invalid.isPresent()) {
        map.put(key, invalid.get());
      } else if (v != null) {
        map.put(key, v);
      }
      return this;
    }

    /** A key derived from deeper in the value (an OWA URL, a MAPI endpoint): shown as read. */
    Keys derived(String key, Optional<?> value) {
      value.ifPresent(v -> map.put(key, v));
      return this;
    }

    Map<String, Object> map() {
      return map;
    }
  }

  // ---- the walk

  private void add(String kind, Keys keys) {
    entries.add(new Entry(kind, keys.map()));
  }

  private void addIfAny(String kind, Keys keys) {
    if (!keys.map().isEmpty()) {
      add(kind, keys);
    }
  }

  private void outlook(OutlookResponse o) {
    o.user().ifPresent(this::user);
    o.account().ifPresent(this::account);
  }

  private void account(Account a) {
    a.error().ifPresent(this::accountError);
    List<Finding> validation = AutodiscoverValidator.validate(a);
    addIfAny("redirect", new Keys(a.extras(), validation).put("addr", "RedirectAddr", a.redirectAddr()));
    addIfAny("redirect", new Keys(a.extras(), validation).put("url", "RedirectUrl", a.redirectUrl()));
    for (Protocol p : a.protocols()) {
      protocol(p);
    }
  }

  private void user(User u) {
    addIfAny("user", new Keys(u.extras(), AutodiscoverValidator.validate(u))
        .put("displayName", "DisplayName", u.displayName())
        .put("email", "AutoDiscoverSMTPAddress", u.autoDiscoverSmtpAddress()));
  }

  private void protocol(Protocol p) {
    add("protocol", new Keys(p.extras(), AutodiscoverValidator.validate(p))
        .put("type", "Type", p.type().map(t -> t.xmlValue()))
        .put("server", "Server", p.server())
        .put("port", "Port", p.port())
        .put("ssl", "SSL", p.ssl().map(x -> x.xmlValue()))
        .put("spa", "SPA", p.spa().map(x -> x.xmlValue()))
        .put("authRequired", "AuthRequired", p.authRequired().map(x -> x.xmlValue()))
        .put("smtpLast", "SMTPLast", p.smtpLast().map(x -> x.xmlValue()))
        .put("encryption", "Encryption", p.encryption().map(e -> e.xmlValue()))
        .put("loginName", "LoginName", p.loginName())
        .put("domainRequired", "DomainRequired", p.domainRequired().map(d -> d.xmlValue()))
        .put("domainName", "DomainName", p.domainName())
        .put("authPackage", "AuthPackage", p.authPackage().map(x -> x.xmlValue()))
        .put("ewsUrl", "EwsUrl", p.ewsUrl())
        .put("asUrl", "ASUrl", p.asUrl())
        .derived("owaUrl", owaUrl(p))
        .derived("mapiHttp", p.typeAttribute().isPresent()
            ? p.mailStore().flatMap(m -> m.externalUrl().or(m::internalUrl)) : Optional.empty()));
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
    add("error", new Keys(e.extras(), AutodiscoverValidator.validate(e))
        .put("code", "ErrorCode", e.errorCode())
        .put("message", "Message", e.message()));
  }

  private void error(ErrorType e) {
    if (e == null) {
      entries.add(new Entry("error", new LinkedHashMap<>()));
      return;
    }
    add("error", new Keys(e.extras(), AutodiscoverValidator.validate(e))
        .put("code", "ErrorCode", e.errorCode())
        .put("message", "Message", e.message())
        .put("debugData", "DebugData", e.debugData().filter(d -> !d.isBlank())));
  }

  private void request(Request r) {
    add("request", r == null ? new Keys(Extras.NONE, List.of())
        : new Keys(r.extras(), AutodiscoverValidator.validate(r))
            .put("email", "EMailAddress", r.eMailAddress()));
  }

  private void mobileSyncRequest(MobileSyncRequest r) {
    add("request", r == null ? new Keys(Extras.NONE, List.of())
        : new Keys(r.extras(), AutodiscoverValidator.validate(r))
            .put("email", "EMailAddress", r.eMailAddress()));
  }

  private void mobileSync(MobileSyncResponse m) {
    m.user().ifPresent(this::mobileSyncUser);
    m.action().ifPresent(this::mobileSyncAction);
  }

  private void mobileSyncAction(MobileSyncAction a) {
    a.settings().ifPresent(s -> {
      for (MobileSyncServer server : s.servers()) {
        add("mobilesync", new Keys(server.extras(), AutodiscoverValidator.validate(server))
            .put("type", "Type", server.type().map(t -> t.xmlValue()))
            .put("url", "Url", server.url())
            .put("name", "Name", server.name()));
      }
    });
    addIfAny("redirect", new Keys(a.extras(), AutodiscoverValidator.validate(a)).put("addr", "Redirect", a.redirect()));
    a.error().ifPresent(this::mobileSyncError);
  }

  private void mobileSyncUser(MobileSyncUser u) {
    addIfAny("user", new Keys(u.extras(), AutodiscoverValidator.validate(u))
        .put("displayName", "DisplayName", u.displayName())
        .put("email", "EMailAddress", u.eMailAddress()));
  }

  private void mobileSyncError(MobileSyncError e) {
    add("error", new Keys(e.extras(), AutodiscoverValidator.validate(e))
        .put("status", "Status", e.status())
        .put("message", "Message", e.message()));
  }

  // ---- output

  /** {@code protocol type=SMTP port=0 (invalid: less than the minimum 1) ...}. */
  static String text(Entry e) {
    StringBuilder b = new StringBuilder(e.kind());
    e.keys().forEach((k, v) -> {
      b.append(' ').append(k).append('=');
      if (v instanceof Invalid i) {
        b.append(quoteIfNeeded(i.text())).append(" (invalid: ").append(i.reason()).append(')');
      } else {
        b.append(quoteIfNeeded(String.valueOf(v)));
      }
    });
    return b.toString();
  }

  private static String quoteIfNeeded(String v) {
    boolean plain = !v.isEmpty() && v.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '\\' || c == '=' || c == '(');
    return plain ? v : Json.string(v);
  }

  /**
   * The entry as a JSON object: {@code kind} first, then the keys; a number is a number, an
   * invalid value is {@code {"invalid": TEXT, "reason": WHY}}.
   */
  static Map<String, Object> json(Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", e.kind());
    e.keys().forEach((k, v) -> {
      if (v instanceof Invalid i) {
        Map<String, Object> invalid = new LinkedHashMap<>();
        invalid.put("invalid", i.text());
        invalid.put("reason", i.reason());
        m.put(k, invalid);
      } else {
        m.put(k, v instanceof Integer ? v : String.valueOf(v));
      }
    });
    return m;
  }
}
