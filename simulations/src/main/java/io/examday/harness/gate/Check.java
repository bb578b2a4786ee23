package io.examday.harness.gate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.examday.harness.threshold.Window;
import java.time.Instant;

/**
 * One line of the verdict: what was judged, against what, what was measured, and how it came out.
 *
 * @param id            stable machine name ({@code latency.p95}, {@code cache.hit-rate})
 * @param window        the window the figure covers, absent where windows do not apply
 * @param measuredValue the raw figure (fractions for shares, milliseconds for times), absent when not measured
 * @param gatling       Gatling's own judgement of the same threshold from its console, when it made one
 * @param windowed      for a figure judged window by window: which window was worst, how many were judged
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Check(
        String id,
        String name,
        Role role,
        Window window,
        String target,
        String measured,
        Double measuredValue,
        Double limitValue,
        Status status,
        String note,
        String gatling,
        Windowed windowed) {

    /**
     * A figure judged in every window of {@code everyMillis} that held at least {@code minRequests}: the measured
     * value is the worst window's, from {@code worstFrom} to {@code worstTo} (both absent when no window held enough
     * and the whole window was judged instead). {@code whole} is the same figure over the check's whole window, the
     * one Gatling judges.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Windowed(long everyMillis, int minRequests, Instant worstFrom, Instant worstTo, long worstRequests,
                           int judged, int skipped, double whole) {}

    /** A check judged over its window as a whole. */
    public Check(String id, String name, Role role, Window window, String target, String measured, Double measuredValue,
                 Double limitValue, Status status, String note, String gatling) {
        this(id, name, role, window, target, measured, measuredValue, limitValue, status, note, gatling, null);
    }

    /** A figure held against a limit. */
    public static Check judged(String id, String name, Role role, Window window, Compare compare, Unit unit,
                               double limit, double measured, String note) {
        boolean holds = compare.holds(measured, limit);
        Status failed = role == Role.THRESHOLD ? Status.FAIL : Status.INCONCLUSIVE;
        String gap = holds ? null : unit.gap(measured, limit);
        return new Check(id, name, role, window, compare.words() + " " + unit.format(limit), unit.format(measured),
                measured, limit, holds ? Status.PASS : failed, join(gap, note), null);
    }

    /** A check that could not be measured: the run cannot be judged on it. */
    public static Check unmeasured(String id, String name, Role role, Window window, String target, String why) {
        return new Check(id, name, role, window, target, "not measured", null, null, Status.INCONCLUSIVE, why, null);
    }

    /** Information only: judges nothing. */
    public static Check note(String id, String name, Window window, String target, String measured, String note) {
        return new Check(id, name, Role.THRESHOLD, window, target, measured, null, null, Status.NOTE, note, null);
    }

    /** The same figure, no longer a verdict: the measurement behind it is in doubt. Which window was worst stays. */
    public Check distrusted(String why) {
        return new Check(id, name, role, window, target, measured, measuredValue, limitValue, Status.INCONCLUSIVE,
                join(note, why), gatling, windowed);
    }

    /** The same verdict with its target said in the words of what it judges. */
    public Check withTarget(String words) {
        return new Check(id, name, role, window, words, measured, measuredValue, limitValue, status, note, gatling, windowed);
    }

    /** The same verdict with more said about it. */
    public Check withNote(String extraNote) {
        return new Check(id, name, role, window, target, measured, measuredValue, limitValue, status,
                join(note, extraNote), gatling, windowed);
    }

    public Check withGatling(String judgement, String extraNote) {
        return new Check(id, name, role, window, target, measured, measuredValue, limitValue, status,
                join(note, extraNote), judgement, windowed);
    }

    /** This check as judged window by window, with its target saying so. */
    public Check windowed(String windowedTarget, Windowed how) {
        return new Check(id, name, role, window, windowedTarget, measured, measuredValue, limitValue, status, note,
                gatling, how);
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + "; " + second;
    }
}
