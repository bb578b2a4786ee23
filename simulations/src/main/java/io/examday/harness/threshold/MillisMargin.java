package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a time may move from a reference before it counts: a share of the reference plus a fixed amount, because
 * a share alone of a small figure (20 % of a 15 ms p95) lies inside one run's noise.
 *
 * @param share a share of the reference figure
 * @param plus  added to it
 */
public record MillisMargin(@JsonProperty(required = true) Percent share, @JsonProperty(required = true) Millis plus) {

    /** The reference moved by the whole margin. */
    public double above(double referenceMs) {
        return referenceMs * (1 + share.fraction()) + plus.value();
    }

    public double of(double referenceMs) {
        return referenceMs * share.fraction() + plus.value();
    }

    @Override
    public String toString() {
        return share + " + " + plus.value() + " ms";
    }
}
