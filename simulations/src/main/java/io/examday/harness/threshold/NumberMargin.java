package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@link MillisMargin} for a figure without a unit (a count, a mean number of statements).
 *
 * @param share a share of the reference figure
 * @param plus  added to it, in the figure's own terms
 */
public record NumberMargin(@JsonProperty(required = true) Percent share, @JsonProperty(required = true) double plus) {

    public NumberMargin {
        if (plus < 0 || !Double.isFinite(plus)) {
            throw new IllegalArgumentException("plus must be a number of at least 0, not " + plus);
        }
    }

    /** The reference moved by the whole margin. */
    public double above(double reference) {
        return reference * (1 + share.fraction()) + plus;
    }

    public double of(double reference) {
        return reference * share.fraction() + plus;
    }

    @Override
    public String toString() {
        return share + " + " + Percent.withoutTrailingZeros(plus);
    }
}
