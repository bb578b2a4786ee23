package io.examday.harness.scenario;

import java.time.Duration;
import java.util.List;

/**
 * A run's faults, one at a time ({@code schedule}, in time order), and how candidates ride them out: a request
 * that got no answer, a 5xx or a 429 is sent again every {@code retryEvery} for at most {@code retryFor}; a 401 (the
 * session lost) makes the candidate sign in again first. After that the candidate gives up, as today.
 */
public record FaultPlan(List<Fault> schedule, Duration retryEvery, Duration retryFor) {

    public FaultPlan {
        schedule = List.copyOf(schedule);
    }

    /** The script that injects this plan's faults (a scenario's faults are all one script's). */
    public FaultKind.Injector injector() {
        return schedule.getFirst().kind().injector();
    }
}
