package io.examday.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.sampling.Sample;
import io.examday.harness.sampling.ScrapeLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountersTest {

    @Test
    void increaseIsLastMinusFirstWhenTheCounterOnlyGrows() {
        ServerHistory history = history(new double[] {100, 150, 230});

        assertThat(Counters.increase(history, List.of(0, 1, 2), columns(history))).isEqualTo(130.0);
    }

    @Test
    void dropBetweenSamplesCountsAsARestartFromZero() {
        ServerHistory history = history(new double[] {100, 150, 20, 50});

        // 50 before the restart, 20 up to the first sample after it, 30 after.
        assertThat(Counters.increase(history, List.of(0, 1, 2, 3), columns(history))).isEqualTo(100.0);
    }

    @Test
    void seriesFirstSeenInsideTheStretchCountsFromZero() {
        ServerHistory history = history(new double[] {Double.NaN, 7, 9});

        assertThat(Counters.increase(history, List.of(0, 1, 2), columns(history))).isEqualTo(9.0);
    }

    @Test
    void singleSampleGivesNoIncrease() {
        ServerHistory history = history(new double[] {100});

        assertThat(Counters.increase(history, List.of(0), columns(history))).isZero();
    }

    private static List<Integer> columns(ServerHistory history) {
        return history.columns(s -> s.name().equals("c_total"));
    }

    private static ServerHistory history(double[] values) {
        List<ScrapeLine> lines = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            List<Sample> samples = Double.isNaN(values[i]) ? List.of(new Sample("other", Map.of(), 1))
                    : List.of(new Sample("c_total", Map.of("k", "v"), values[i]));
            lines.add(new ScrapeLine(1_000L * i, samples, null));
        }
        return new ServerHistory(lines);
    }
}
