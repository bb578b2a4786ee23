package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A multiple of a latency budget, at least 1: a limit below the budget itself would stop runs the gate would pass. */
public record BudgetTimes(double value) {

    public BudgetTimes {
        if (!(value >= 1) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a multiple of the p95 budget must be a number of at least 1, not " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BudgetTimes of(double value) {
        return new BudgetTimes(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return Percent.withoutTrailingZeros(value);
    }
}
