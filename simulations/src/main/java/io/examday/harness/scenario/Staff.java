package io.examday.harness.scenario;

import java.time.Duration;

/** Proctors or authors at work during the exam: how many, and how often each one reloads what they watch. */
public record Staff(int count, Duration period) {

    public static Staff none() {
        return new Staff(0, Duration.ofSeconds(60));
    }
}
