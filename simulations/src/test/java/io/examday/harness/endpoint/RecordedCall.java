package io.examday.harness.endpoint;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.examday.harness.recording.ClientRecording;
import io.examday.harness.recording.ScheduleLag;
import io.examday.harness.recording.SignedInAgain;
import io.examday.harness.scenario.FaultPlan;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.time.Instant;

/**
 * Brackets every portal request so the client recording sees it: the time it took (failures included, even those
 * with no response at all), whether it passed its checks, and why not. Gatling's OSS edition offers no hook on its
 * own statistics, so the recorder stamps the request itself: when Gatling builds it, just before sending (and
 * before any connect or handshake), and when the complete response is back ({@link WireSpan}), the span Gatling's
 * response time covers, on the recorder's own clock. A try that got no response is timed from the action before
 * it to the action after it. That outer bracket also holds the injector's own scheduling of the steps around the
 * request, nothing on an idle injector and milliseconds on one waiting for a core (the sign-in's mean read 6 ms
 * over Gatling's on a slow host): it minus Gatling's own response time is recorded as the injector's delay, beside
 * the response times, not in them. A request with a {@link Due} instant also records how late it left against it:
 * a starved injector sends late.
 *
 * <p>After each request the user asks the recording whether an abort condition held ({@code abort:} in the threshold
 * file); the first to ask once one has stops the load generator, and Gatling ends the run as it would at its end.
 *
 * <p>A user whose request fails stops there (see {@link Sitting#carryingOn}): a candidate who retried blindly would
 * pile load onto a portal already failing, and the failure is counted either way. In a chaos run ({@link FaultPlan})
 * the user rides a fault out instead, as the portal's pages do: a request that got no answer, a 5xx or a 429 is sent
 * again every {@code retryEvery} for at most {@code retryFor}; after a 401 (the session lost) the user signs in again
 * first. Every failed try is recorded as the failure it was.
 */
public final class RecordedCall {

    /** The harness's User-Agent, on every request. */
    public static final String USER_AGENT = "examday-harness";

    private static final String SENT_AT = "examday.sentAtNanos";
    private static final String STATUS = "examday.status";
    private static final String PROBLEM = "examday.problem";
    private static final String GATLING_MILLIS = "examday.gatlingMillis";
    private static final String WIRE = "examday.wireSpan";

    /** Set at a request's first failed try in a chaos run, per route: when the user began retrying it. */
    private static final String RETRYING_SINCE = "examday.retryingSince.";
    /** Set when the portal answered 401 in a chaos run, until the user has signed in again. */
    private static final String SESSION_LOST = "examday.sessionLost";

    private final ClientRecording recording;
    private final Optional<FaultPlan> faults;
    private final SignedInAgain signedInAgain;
    private final Set<String> built = new ConcurrentSkipListSet<>();

    public RecordedCall(ClientRecording recording) {
        this(recording, Optional.empty(), new SignedInAgain());
    }

    /** @param faults a chaos run's plan: failed requests are retried as it says; empty: a failed user stops */
    public RecordedCall(ClientRecording recording, Optional<FaultPlan> faults, SignedInAgain signedInAgain) {
        this.recording = recording;
        this.faults = faults;
        this.signedInAgain = signedInAgain;
    }

    /**
     * The names of every request built on this recorder: what the journeys built so far can send. A journey a
     * scenario switches off (no proctors, no session loss) is never built, so its requests are not among them.
     */
    public SortedSet<String> routes() {
        return new TreeSet<>(built);
    }

    /**
     * A request whose first checks keep the status and a problem's {@code code}, so a failure can say what went
     * wrong; routes add their own checks after these.
     */
    HttpRequestActionBuilder capture(HttpRequestActionBuilder request) {
        return request
                // Gatling evaluates a request's headers as it builds it, just before sending: the span starts there.
                // (Its sign hook runs only once a connection is up, which would leave out connect and handshake.)
                .header(HttpHeaderNames.USER_AGENT, session -> {
                    wire(session).ifPresent(WireSpan::sent);
                    return USER_AGENT;
                })
                .transformResponse((response, session) -> {
                    wire(session).ifPresent(WireSpan::received);
                    return response;
                })
                .check(status().saveAs(STATUS), responseTimeInMillis().saveAs(GATLING_MILLIS))
                .checkIf((response, session) -> response.status().code() >= 400)
                .then(regex("\"code\"\\s*:\\s*\"([A-Za-z0-9-]+)\"").optional().saveAs(PROBLEM));
    }

    /** The request between the two recording steps; {@code route} is its name, the portal's route template. */
    ChainBuilder of(String route, HttpRequestActionBuilder request) {
        built.add(route);
        ChainBuilder once = once(route, request);
        if (faults.isEmpty()) {
            return once.stopLoadGeneratorIf(session -> recording.stopReason(), session -> recording.stopping());
        }
        FaultPlan plan = faults.get();
        String since = RETRYING_SINCE + route;
        ChainBuilder retry = exec(session -> session.remove(Sitting.FAILED)).pause(plan.retryEvery());
        if (!route.equals(SessionRoutes.SIGN_IN)) {
            // Not within a sign-in: the sign-in is the way back from a lost session, never a step of it.
            retry = retry.doIf(session -> session.contains(SESSION_LOST)).then(signInAgain());
        }
        return once
                .asLongAs(session -> ridesOut(session, since, plan)).on(
                        retry.doIf(Sitting::carryingOn).then(once))
                .exec(session -> session.remove(since))
                .stopLoadGeneratorIf(session -> recording.stopReason(), session -> recording.stopping());
    }

    /** A failure a fault explains (no answer, 5xx, 429, 401), still within the retry time and the run going on. */
    private boolean ridesOut(Session session, String since, FaultPlan plan) {
        if (!session.contains(Sitting.FAILED) || session.contains(Sitting.STOPPED) || recording.stopping()) {
            return false;
        }
        boolean explained = session.contains(SESSION_LOST) || !session.contains(STATUS)
                || session.getInt(STATUS) >= 500 || session.getInt(STATUS) == 429;
        long began = session.contains(since) ? session.getLong(since) : System.currentTimeMillis();
        return explained && System.currentTimeMillis() - began < plan.retryFor().toMillis();
    }

    /** As the page does on a 401: a fresh cookie jar, the sign-in (itself retried), and the user noted by identity. */
    private ChainBuilder signInAgain() {
        return exec(flushCookieJar())
                .exec(new SessionRoutes(this).signIn())
                .doIf(Sitting::carryingOn).then(exec(session -> {
                    signedInAgain.signedIn(session.getString(Sitting.USERNAME),
                            session.contains(Sitting.ATTEMPT_ID) ? Sitting.attemptId(session) : 0);
                    return session.remove(SESSION_LOST);
                }));
    }

    /** One try of the request between the two recording steps. */
    private ChainBuilder once(String route, HttpRequestActionBuilder request) {
        String since = RETRYING_SINCE + route;
        return exec(session -> {
                    if (session.contains(Due.AT)) {
                        recording.lag(route, ScheduleLag.micros(session.getLong(Due.AT), Instant.now()));
                    }
                    return session.set(SENT_AT, System.nanoTime()).set(WIRE, new WireSpan())
                            .removeAll(STATUS, PROBLEM, GATLING_MILLIS, Due.AT);
                })
                .exec(request)
                .exec(session -> {
                    if (!session.isFailed() && !session.contains(STATUS)) {
                        // No status and no failure: Gatling's HTTP cache answered (a file whose Cache-Control still
                        // holds), nothing was sent, and Gatling counts no request; neither does the recording.
                        return session;
                    }
                    long bracket = (System.nanoTime() - session.getLong(SENT_AT)) / 1_000;
                    if (session.contains(GATLING_MILLIS)) {
                        recording.injectorDelay(route, bracket - session.getInt(GATLING_MILLIS) * 1_000L);
                    }
                    long micros = wire(session).map(span -> span.micros().orElse(bracket)).orElse(bracket);
                    if (!session.isFailed()) {
                        recording.record(route, micros, null);
                        return session;
                    }
                    recording.record(route, micros, failure(route, session));
                    Session failed = session.markAsSucceeded().set(Sitting.FAILED, true);
                    if (faults.isEmpty()) {
                        return failed;
                    }
                    if (failed.contains(STATUS) && failed.getInt(STATUS) == 401 && !route.equals(SessionRoutes.SIGN_IN)) {
                        failed = failed.set(SESSION_LOST, true);
                    }
                    return failed.contains(since) ? failed : failed.set(since, System.currentTimeMillis());
                });
    }

    /** The try's wire span; absent for a request built outside {@link #of}. */
    private static Optional<WireSpan> wire(Session session) {
        return Optional.ofNullable(session.get(WIRE));
    }

    private static String failure(String route, Session session) {
        if (!session.contains(STATUS)) {
            return route + ": no response";
        }
        int status = session.getInt(STATUS);
        if (status < 400) {
            return route + ": HTTP " + status + ", response content not as expected";
        }
        return route + ": HTTP " + status + (session.contains(PROBLEM) ? " " + session.getString(PROBLEM) : "");
    }
}
