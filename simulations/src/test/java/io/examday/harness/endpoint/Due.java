package io.examday.harness.endpoint;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.examday.harness.recording.ScheduleLag;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * When a user's next request is due. Every wait a journey plans (think time, autosave and poll ticks, reaction
 * time, the lobby's countdown) goes through here and notes its end in the session; {@link RecordedCall} measures
 * how late the next request left against it, and forgets it. Requests sent straight after a response carry no
 * due instant and are not measured: they leave in the same event-loop task that handled the response, so their
 * lateness would be zero by construction and only dilute the percentile; a late response handler is inside the
 * response time already.
 */
public final class Due {

    static final String AT = "examday.dueAtMillis";

    private Due() {}

    /** The user's first request is due at their planned arrival. */
    public static Session arrivingAt(Session session, long epochMillis) {
        return session.set(AT, epochMillis);
    }

    /**
     * Waits until the instant {@code until} gives, or not at all when it has passed. Straight after a response, a
     * plan already past (a tick that fell due while the user awaited a slow response) is due now: the portal's
     * slowness is not the injector's lateness. Straight after another wait, the plan stands as it is, so a late
     * first wait is not forgiven by the second.
     */
    public static ChainBuilder waitUntil(ToLongFunction<Session> until) {
        return exec(s -> s.set(AT, s.contains(AT) ? until.applyAsLong(s)
                        : ScheduleLag.dueAt(until.applyAsLong(s), System.currentTimeMillis())))
                .pause(s -> Duration.ofMillis(Math.max(0, s.getLong(AT) - System.currentTimeMillis())));
    }

    /** Waits for as long as {@code length} draws, from the end of the wait before it if there was one, else from now. */
    public static ChainBuilder waitFor(Function<Session, Duration> length) {
        return waitUntil(s -> (s.contains(AT) ? s.getLong(AT) : System.currentTimeMillis()) + length.apply(s).toMillis());
    }

    public static ChainBuilder waitFor(Duration length) {
        return waitFor(s -> length);
    }
}
