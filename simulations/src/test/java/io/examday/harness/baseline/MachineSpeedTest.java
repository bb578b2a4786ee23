package io.examday.harness.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineSpeedTest {

    @Test
    void theSpeedCheckTakesAMeasurableTimeOnThisMachine() {
        double ms = MachineSpeed.measureMs();

        // Less than 0.1 ms would mean the work was optimised away; ten seconds, that it never ended sensibly.
        assertThat(ms).isBetween(0.1, 10_000.0);
    }

    @Test
    void speedsWithinThirtyPercentOfEachOtherAreComparableInEitherOrder() {
        assertThat(MachineSpeed.comparable(100, 130)).isTrue();
        assertThat(MachineSpeed.comparable(130, 100)).isTrue();
        assertThat(MachineSpeed.comparable(100, 131)).isFalse();
        assertThat(MachineSpeed.comparable(230, 100)).isFalse();
    }
}
