package io.examday.harness.scenario;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** How long a candidate takes over something, drawn uniformly between min and max. */
public record ThinkTime(Duration min, Duration max) {

    public Duration draw(RandomGenerator random) {
        long span = max.toMillis() - min.toMillis();
        return span <= 0 ? min : min.plusMillis(random.nextLong(span + 1));
    }

    public double meanSeconds() {
        return (min.toMillis() + max.toMillis()) / 2000.0;
    }

    public double spanSeconds() {
        return (max.toMillis() - min.toMillis()) / 1000.0;
    }
}
