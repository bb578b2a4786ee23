package io.examday.harness.endpoint;

import java.util.OptionalLong;

/**
 * One try of a request as it went over the wire: stamped when Gatling builds the request, just before it sends it
 * and before any connect or TLS handshake (as it evaluates the request's headers), and when the complete response
 * is back (its {@code transformResponse} hook). That is the span Gatling's own response time covers, read on the
 * recorder's clock; the steps the injector schedules around the request lie outside it. A try with no response has
 * no end.
 */
final class WireSpan {

    // Gatling runs a user's hooks on that user's event loop; volatile keeps the stamps right should that change.
    private volatile long sentNanos;
    private volatile long receivedNanos;
    private volatile boolean sent;
    private volatile boolean received;

    void sent() {
        sentNanos = System.nanoTime();
        sent = true;
    }

    void received() {
        receivedNanos = System.nanoTime();
        received = true;
    }

    /** The span in microseconds, or empty when the request never left or no complete response came back. */
    OptionalLong micros() {
        if (!sent || !received || receivedNanos < sentNanos) {
            return OptionalLong.empty();
        }
        return OptionalLong.of((receivedNanos - sentNanos) / 1_000);
    }
}
