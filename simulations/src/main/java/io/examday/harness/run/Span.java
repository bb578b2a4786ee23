package io.examday.harness.run;

import java.time.Instant;

/** A stretch of a run in epoch milliseconds, start inclusive, end exclusive. */
public record Span(long from, long to) {

    public Span {
        if (to < from) {
            throw new IllegalArgumentException("a span cannot end (" + Instant.ofEpochMilli(to) + ") before it starts ("
                    + Instant.ofEpochMilli(from) + ")");
        }
    }

    public static Span of(Instant from, Instant to) {
        return new Span(from.toEpochMilli(), to.toEpochMilli());
    }

    public boolean contains(long epochMillis) {
        return epochMillis >= from && epochMillis < to;
    }

    public double seconds() {
        return (to - from) / 1000.0;
    }
}
