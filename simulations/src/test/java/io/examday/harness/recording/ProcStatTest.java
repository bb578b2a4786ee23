package io.examday.harness.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcStatTest {

    @TempDir
    Path dir;

    @Test
    void busyShareIsBusyJiffiesOverAllJiffiesBetweenTwoReadings() {
        //                          user nice system idle iowait irq softirq steal guest guest_nice
        ProcStat before = ProcStat.parse("cpu  1000 0 500 8000 100 0 0 0 0 0");
        ProcStat after = ProcStat.parse("cpu  1120 0 560 8100 110 5 5 10 0 0");

        // busy +200 (user 120, system 60, irq 5, softirq 5, steal 10), idle +110 (idle 100, iowait 10)
        assertThat(after.busyShareSince(before)).isCloseTo(200.0 / 310, within(1e-9));
    }

    @Test
    void guestTimeIsInsideUserTimeAndNotCountedTwice() {
        ProcStat before = ProcStat.parse("cpu  0 0 0 0 0 0 0 0 0 0");
        ProcStat after = ProcStat.parse("cpu  100 0 0 100 0 0 0 0 100 0");

        assertThat(after.busyShareSince(before)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void noTimeBetweenTwoReadingsIsUnknownNotIdle() {
        ProcStat same = ProcStat.parse("cpu  10 0 10 10 0 0 0 0 0 0");

        assertThat(same.busyShareSince(same)).isEqualTo(-1);
    }

    @Test
    void theAggregateLineIsReadNotTheFirstCore() throws IOException {
        Path stat = Files.writeString(dir.resolve("stat"), """
                cpu  300 0 100 600 0 0 0 0 0 0
                cpu0 150 0 50 300 0 0 0 0 0 0
                cpu1 150 0 50 300 0 0 0 0 0 0
                intr 12345
                """);

        assertThat(ProcStat.read(stat)).contains(new ProcStat(400, 1000));
    }

    @Test
    void aMissingFileIsNoReadingSoTheJvmsFigureStandsIn() {
        assertThat(ProcStat.read(dir.resolve("absent"))).isEmpty();
    }
}
