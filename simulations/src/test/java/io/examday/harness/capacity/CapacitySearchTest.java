package io.examday.harness.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Step up through the plan until a step fails, then bisect between the last pass and the first fail. */
class CapacitySearchTest {

    private static final CapacitySearch PLANNED = new CapacitySearch("scenarios/exam-day-10k.yaml", "exam-day-10k",
            List.of(2_000, 5_000, 10_000, 15_000, 20_000), List.of());

    @Test
    void theSearchStepsUpThroughThePlanWhileEachStepPasses() {
        assertThat(PLANNED.next()).hasValue(2_000);
        assertThat(PLANNED.with(pass(2_000)).with(pass(5_000)).next()).hasValue(10_000);
    }

    @Test
    void afterTheFirstFailItBisectsUntilTheGapIsWithinTenPercentOrThreeBisections() {
        CapacitySearch search = PLANNED.with(pass(2_000)).with(pass(5_000)).with(pass(10_000)).with(fail(15_000));
        assertThat(search.next()).hasValue(12_500);

        search = search.with(pass(12_500));
        assertThat(search.next()).hasValue(13_800);

        search = search.with(fail(13_800));
        assertThat(search.next()).as("1,300 apart, over 10 %% of 12,500").hasValue(13_200);

        search = search.with(pass(13_200));
        assertThat(search.next()).as("three bisections run").isEmpty();
        assertThat(search.result()).isEqualTo("The largest cohort that passed: 13,200 candidates (run-13200)."
                + " The first to fail: 13,800 candidates, on p95 response time, all requests (latency.p95) (run-13800).");
    }

    @Test
    void bisectionStopsOnceTheGapIsWithinTheResolution() {
        CapacitySearch search = new CapacitySearch("s.yaml", "s", List.of(1_000, 1_100), List.of(pass(1_000), fail(1_100)));

        assertThat(search.next()).isEmpty();
    }

    @Test
    void anInconclusiveStepRunsOnceMoreAndTwiceInconclusiveStopsTheSearch() {
        CapacitySearch search = PLANNED.with(pass(2_000)).with(inconclusive(5_000));
        assertThat(search.next()).hasValue(5_000);

        search = search.with(inconclusive(5_000));
        assertThat(search.next()).isEmpty();
        assertThat(search.result()).endsWith("The search stopped at 5,000 candidates: the gate could not judge it twice"
                + " (Schedule lag (delivery.schedule-lag)).");
    }

    @Test
    void aFirstStepThatFailsEndsTheSearchWithNothingPassed() {
        CapacitySearch search = PLANNED.with(fail(2_000));

        assertThat(search.next()).isEmpty();
        assertThat(search.result()).startsWith("No cohort passed. The first to fail: 2,000 candidates");
    }

    @Test
    void aStepThatCouldNotRunEndsTheSearch() {
        CapacitySearch search = PLANNED.with(pass(2_000)).with(
                new CapacityStep(5_000, "run-5000", CapacityStep.NOT_RUN, null, null, null, null, null, null));

        assertThat(search.next()).isEqualTo(OptionalInt.empty());
        assertThat(search.result()).endsWith("The search stopped at 5,000 candidates: the run could not happen.");
    }

    @Test
    void aPlanEveryStepOfWhichPassedSaysSo() {
        CapacitySearch search = new CapacitySearch("s.yaml", "s", List.of(100, 200), List.of(pass(100), pass(200)));

        assertThat(search.next()).isEmpty();
        assertThat(search.result()).isEqualTo("The largest cohort that passed: 200 candidates (run-200). Every planned step passed.");
    }

    @Test
    void stepsThatDoNotRiseAreRefused() {
        assertThatThrownBy(() -> new CapacitySearch("s.yaml", "s", List.of(5_000, 2_000), List.of()))
                .hasMessageContaining("steps must rise");
    }

    private static CapacityStep pass(int candidates) {
        return new CapacityStep(candidates, "run-" + candidates, CapacityStep.PASS, null, 20.0, 40.0, 0.9, 0.5, 400.0);
    }

    private static CapacityStep fail(int candidates) {
        return new CapacityStep(candidates, "run-" + candidates, CapacityStep.FAIL, "p95 response time, all requests (latency.p95)",
                120.0, 900.0, 1.4, 0.9, 600.0);
    }

    private static CapacityStep inconclusive(int candidates) {
        return new CapacityStep(candidates, "run-" + candidates, CapacityStep.INCONCLUSIVE, "Schedule lag (delivery.schedule-lag)",
                20.0, 40.0, 0.9, 0.5, 400.0);
    }
}
