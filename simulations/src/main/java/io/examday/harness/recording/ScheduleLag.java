package io.examday.harness.recording;

import java.time.Instant;

/**
 * How late a request left against the instant it was due: the end of a think time, an autosave or poll tick, a
 * planned arrival. A starved injector cannot send on time, and on shared cores it shows low CPU rather than high,
 * so lateness is the figure that sees it.
 */
public final class ScheduleLag {

    private ScheduleLag() {}

    /**
     * @param dueEpochMillis when the request was due
     * @param sent           when it left
     * @return the lateness in microseconds; a request that left early counts as on time (pauses run in whole
     *         milliseconds, so a send may come a fraction of one before its plan)
     */
    public static long micros(long dueEpochMillis, Instant sent) {
        long sentMicros = Math.addExact(Math.multiplyExact(sent.getEpochSecond(), 1_000_000L), sent.getNano() / 1_000);
        return Math.max(0, sentMicros - dueEpochMillis * 1_000);
    }

    /**
     * The instant a wait planned to end at {@code plannedEpochMillis} is due, the wait being planned at
     * {@code nowEpochMillis}: a plan already past (a tick that fell due while the user waited on a slow response)
     * is due now, so the portal's slowness is never counted as the injector's lateness.
     */
    public static long dueAt(long plannedEpochMillis, long nowEpochMillis) {
        return Math.max(plannedEpochMillis, nowEpochMillis);
    }
}
