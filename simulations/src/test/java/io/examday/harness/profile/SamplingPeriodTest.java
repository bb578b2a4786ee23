package io.examday.harness.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SamplingPeriodTest {

    @Test
    void readsTheRecordersWayOfWritingAPeriod() {
        assertThat(SamplingPeriod.parse("10 ms")).contains(Duration.ofMillis(10));
        assertThat(SamplingPeriod.parse("1 s")).contains(Duration.ofSeconds(1));
        assertThat(SamplingPeriod.parse("off")).isEmpty();
        assertThat(SamplingPeriod.parse("0 ms")).isEmpty();
    }

    @Test
    void periodsThatChangedDuringTheRecordingGiveNoSingleFactor() {
        assertThat(SamplingPeriod.of(Set.of("20 ms", "10 ms"))).isEmpty();
        assertThat(SamplingPeriod.of(Set.of("20 ms"))).contains(Duration.ofMillis(20));
    }
}
