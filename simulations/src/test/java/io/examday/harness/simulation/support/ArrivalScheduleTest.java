package io.examday.harness.simulation.support;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static org.assertj.core.api.Assertions.assertThat;

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
}
