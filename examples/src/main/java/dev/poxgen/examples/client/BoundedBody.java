package dev.poxgen.examples.client;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * An answer's body, collected up to a limit, that the client can abandon at any moment: on a
 * deadline it cancels the subscription, which closes the connection, so a server that trickles or
 * stalls holds nothing once the client has given up. A body the client does not need (a redirect,
 * an error status) is not read at all.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
  private static final byte[] NONE = new byte[0];

  private final long limit;
  private final Supplier<? extends Exception> tooLarge;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private volatile boolean cancelled;

  private BoundedBody(long limit, Supplier<? extends Exception> tooLarge) {
    this.limit = limit;
    this.tooLarge = tooLarge;
  }

  /** Reads up to {@code limit} bytes; one more ends it with {@code tooLarge}. */
  static BoundedBody reading(long limit, Supplier<? extends Exception> tooLarge) {
    return new BoundedBody(limit, tooLarge);
  }

  /** Reads nothing: closes the body at once and gives no bytes. */
  static BoundedBody discarding() {
    return new BoundedBody(-1, null);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    if (!subscription.compareAndSet(null, s)) {
      s.cancel();
      return;
    }
    if (limit < 0) {
      s.cancel();
      result.complete(NONE);
    } else if (cancelled) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    synchronized (bytes) {
      for (ByteBuffer b : items) {
        if (bytes.size() + (long) b.remaining() > limit) {
          subscription.get().cancel();
          result.completeExceptionally(tooLarge.get());
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }
    subscription.get().request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    synchronized (bytes) {
      result.complete(bytes.toByteArray());
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** Gives up on the body: the connection is closed, whatever the server still sends. */
  void cancel() {
    cancelled = true;
    Flow.Subscription s = subscription.get();
    if (s != null) {
      s.cancel();
    }
  }
}
