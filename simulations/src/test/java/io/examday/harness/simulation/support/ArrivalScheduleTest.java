package io.examday.harness.simulation.support;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.scenario.Scenario;
import io.examday.harness.scenario.ScenarioFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {

    @Test
    void aRampSpreadsItsUsersOverItsSecondsAsGatlingDoes() {
        long[] offsets = ArrivalSchedule.offsetsMillis(List.of(rampUsers(4).during(Duration.ofSeconds(2))));

        assertThat(offsets).containsExactly(0, 500, 1_000, 1_500);
    }

    @Test
    void eachStepBeginsWhenTheStepsBeforeItEnd() {
        long[] offsets = ArrivalSchedule.offsetsMillis(List.of(
                atOnceUsers(2), nothingFor(Duration.ofSeconds(3)), rampUsers(2).during(Duration.ofSeconds(1))));

        assertThat(offsets).containsExactly(0, 0, 3_000, 3_500);
    }

    @Test
    void everyUserHasAnOffsetInArrivalOrder() {
        long[] offsets = ArrivalSchedule.offsetsMillis(List.of(
                rampUsers(57).during(Duration.ofSeconds(20)), rampUsers(38).during(Duration.ofSeconds(10))));

        assertThat(offsets).hasSize(95).isSorted();
        assertThat(offsets[56]).isLessThan(20_000);
        assertThat(offsets[57]).isEqualTo(20_000);
        assertThat(offsets[94]).isLessThan(30_000);
    }

    @Test
    void theSlicesOfASplitRunArriveWithinGatlingsRoundingOfTheirCandidatesOffsetsInTheWholeSchedule() {
        // Gatling places a ramp's users second by second, on both sides of the comparison: at the few arrivals a
        // second of smoke or of exam-day-20k's late comers a slice's user can come up to 1.24 s off (measured).
        for (String scenario : List.of("smoke", "exam-day-20k")) {
            for (int count = 2; count <= 3; count++) {
                assertThat(worstSliceOffset(scenario, count)).as("%s in %d slices", scenario, count).isLessThanOrEqualTo(1_500);
            }
        }
    }

    /** The most any candidate's arrival in its slice differs from its arrival in the whole schedule, in ms. */
    private static long worstSliceOffset(String scenarioName, int count) {
        Scenario scenario = ScenarioFile.load(new ProjectPaths(Path.of("")).resolve("scenarios/" + scenarioName + ".yaml"));
        int candidates = scenario.cohort().candidates();
        long[] whole = ArrivalSchedule.offsetsMillis(ArrivalSchedule.steps(scenario.signIn(), candidates, InjectorSlice.WHOLE));
        long worst = 0;
        int played = 0;
        for (int index = 0; index < count; index++) {
            InjectorSlice slice = new InjectorSlice(index, count);
            long[] sliced = ArrivalSchedule.offsetsMillis(ArrivalSchedule.steps(scenario.signIn(), candidates, slice));
            for (int m = 0; m < sliced.length; m++) {
                assertThat(slice.position(slice.candidate(m))).isEqualTo(m);
                worst = Math.max(worst, Math.abs(sliced[m] - whole[slice.candidate(m) - 1]));
            }
            played += sliced.length;
        }
        assertThat(played).isEqualTo(candidates);
        return worst;
    }
}
