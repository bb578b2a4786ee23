package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The fewest requests a window must hold for its p95 to be judged. Below 20 the p95 is the window's slowest request
 * (no request lies above it), so a single outlier would decide the window; that is the floor a file may write.
 */
public record MinRequests(int value) {

    static final int FLOOR = 20;

    public MinRequests {
        if (value < FLOOR) {
            throw new IllegalArgumentException("at least " + FLOOR + " requests: with fewer, a window's p95 is its single"
                    + " slowest request, not " + value);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MinRequests of(int value) {
        return new MinRequests(value);
    }
}
