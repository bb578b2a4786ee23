package io.examday.harness.simulation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InjectorSliceTest {

    @Test
    void everyCandidateBelongsToExactlyOneInjector() {
        int injectors = 3;
        for (int candidate = 1; candidate <= 100; candidate++) {
            int c = candidate;
            assertThat(IntStream.range(0, injectors).filter(i -> new InjectorSlice(i, injectors).plays(c)).count())
                    .as("candidate %d", candidate).isEqualTo(1);
        }
    }

    @Test
    void theSlicesCountsOfAnyStretchOfArrivalsAddUpToTheStretch() {
        for (int from = 0; from < 20; from++) {
            for (int to = from; to < 40; to++) {
                int f = from;
                int t = to;
                int counted = IntStream.range(0, 4).map(i -> new InjectorSlice(i, 4).within(f, t)).sum();
                assertThat(counted).as("%d..%d", from, to).isEqualTo(to - from);
            }
        }
        assertThat(new InjectorSlice(1, 2).within(0, 5)).isEqualTo(2);   // candidates 2 and 4
        assertThat(new InjectorSlice(0, 2).within(0, 5)).isEqualTo(3);   // 1, 3 and 5
    }

    @Test
    void anInjectorOutsideTheSplitIsRefused() {
        assertThatThrownBy(() -> new InjectorSlice(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InjectorSlice(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
