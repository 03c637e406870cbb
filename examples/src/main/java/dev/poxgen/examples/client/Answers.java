package dev.poxgen.examples.client;

import dev.poxgen.Finding;
import dev.poxgen.PoxReadException;
import dev.poxgen.ReadResult;
import dev.poxgen.XmlInput;
import dev.poxgen.examples.autodiscover.Account;
import dev.poxgen.examples.autodiscover.AccountError;
import dev.poxgen.examples.autodiscover.Action;
import dev.poxgen.examples.autodiscover.AutodiscoverResponse;
import dev.poxgen.examples.autodiscover.AutodiscoverXml;
import dev.poxgen.examples.autodiscover.ErrorType;
import dev.poxgen.examples.autodiscover.OutlookResponse;
import java.util.Optional;

/**
 * What an Autodiscover answer tells the client to do, read with the generated code. The one place
 * the client touches the generated API for answers (with {@link Settings#account()} and {@link
 * AutodiscoverRequests} for the request), so that a change of that API is one change here.
 */
final class Answers {
  private static final String ACCOUNT = "/Autodiscover/Response/Account";

  private Answers() {}

  /** Settings, a RedirectAddr's text or a RedirectUrl's text. */
  sealed interface Answer permits Answer.Settings, Answer.RedirectAddr, Answer.RedirectUrl {
    /** The account's settings: the whole read result. */
    record Settings(ReadResult<AutodiscoverResponse> read) implements Answer {}

    /** Start again with this address (as the server wrote it, not yet checked). */
    record RedirectAddr(String address) implements Answer {}

    /** POST to this URL next (as the server wrote it, not yet checked). */
    record RedirectUrl(String url) implements Answer {}
  }

  /**
   * Reads an answer's bytes and says what it asks for.
   *
   * @param url for messages
   * @param contentType the declared media type, for messages, or null
   */
  static Answer read(byte[] body, String url, String contentType) throws AutodiscoverException {
    ReadResult<AutodiscoverResponse> read;
    try {
      read = AutodiscoverXml.readAutodiscoverResponse(XmlInput.of(body));
    } catch (PoxReadException e) {
      String sent = contentType == null || isXml(contentType) ? ""
          : " (it was sent as " + contentType + ": a web page, a login page or a captive portal, not an Autodiscover endpoint?)";
      throw new AutodiscoverException.InvalidResponse(url, e.getMessage() + sent, e);
    }
    AutodiscoverResponse value = read.value();
    if (value.errorResponse().isPresent()) {
      ErrorType error = value.errorResponse().get().error().orElse(ErrorType.builder().build());
      throw new AutodiscoverException.ServerError(error.errorCode().orElse(0), error.message().orElse("(no message)"));
    }
    Optional<OutlookResponse> outlook = value.outlookResponse();
    Optional<Account> found = outlook.flatMap(OutlookResponse::account);
    if (found.isEmpty()) {
      throw new AutodiscoverException.InvalidResponse(url, "no Outlook account in it", null);
    }
    Account account = found.get();
    if (account.error().isPresent()) {
      AccountError e = account.error().get();
      throw new AutodiscoverException.ServerError(e.errorCode().orElse(0), e.message().orElse("(no message)"));
    }
    // What the client acts on must be unambiguous: an Action or redirect target given twice (RedirectUrl
    // and its RedirectURL spelling count as one), or an Action that is none of the three, is refused
    // rather than guessed at.
    for (Finding f : read.errors()) {
      String p = f.path();
      if (p.equals(ACCOUNT + "/Action") || p.equals(ACCOUNT + "/RedirectAddr") || p.equals(ACCOUNT + "/RedirectUrl")
          || p.equals(ACCOUNT + "/RedirectURL")) {
        throw new AutodiscoverException.InvalidResponse(url, f.message() + " [" + f.code().id() + "]", null);
      }
    }
    Optional<String> redirectUrl = account.redirectUrl();
    Optional<Action> action = account.action();
    if (action.isEmpty()) {
      if (account.redirectAddr().isPresent() || redirectUrl.isPresent()) {
        throw new AutodiscoverException.InvalidResponse(url,
            "a redirect target without an Action: the client does not guess whether it is meant", null);
      }
      return new Answer.Settings(read);
    }
    switch (action.get()) {
      case REDIRECT_ADDR:
        return new Answer.RedirectAddr(account.redirectAddr().orElseThrow(
            () -> new AutodiscoverException.InvalidResponse(url, "redirectAddr without a RedirectAddr", null)));
      case REDIRECT_URL:
        return new Answer.RedirectUrl(redirectUrl.orElseThrow(
            () -> new AutodiscoverException.InvalidResponse(url, "redirectUrl without a RedirectUrl", null)));
      case SETTINGS:
      default:
        return new Answer.Settings(read);
    }
  }

  /**
   * Whether a media type may hold an Autodiscover answer: XML ({@code text/xml}, {@code
   * application/xml}, any {@code +xml}), or any {@code text/*}, since real servers send POX as
   * {@code text/html} (Z-Push) or {@code text/plain}. Anything else (JSON, images, {@code
   * application/octet-stream}) declares a body that is not a document, and is not read.
   */
  static boolean mayHoldAnswer(String mediaType) {
    return mediaType == null || mediaType.startsWith("text/") || isXml(mediaType);
  }

  static boolean isXml(String mediaType) {
    return mediaType.equals("text/xml") || mediaType.equals("application/xml") || mediaType.endsWith("+xml");
  }

  /** The media type of a Content-Type header, lower case, without parameters; null when absent or empty. */
  static String mediaType(Optional<String> contentType) {
    if (contentType.isEmpty()) {
      return null;
    }
    String t = contentType.get();
    int semi = t.indexOf(';');
    t = (semi >= 0 ? t.substring(0, semi) : t).strip().toLowerCase(java.util.Locale.ROOT);
    return t.isEmpty() ? null : t;
  }
}
