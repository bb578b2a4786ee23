package io.examday.harness.scenario;

import java.time.Duration;

/**
 * The thundering herd at the open: the lobby's countdown ends, and each candidate presses Start after a reaction
 * time. The page waits {@link #CUSHION} past the countdown so whole-second rounding never makes it early.
 */
public record StartStorm(ThinkTime reaction) {

    public static final Duration CUSHION = Duration.ofSeconds(1);
}
