package io.examday.harness.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.examday.harness.run.RunFixture;
import io.examday.harness.run.RunFolder;
import io.examday.harness.threshold.TestThresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture's machine runs at 67 % of its cores; scrapes come every 5 s, CPU samples every 2 s. */
class SaturationTest {

    @TempDir
    Path reports;

    @Test
    void theLimitReachedEarliestIsNamedFirstWithWhenAndHowLong() throws IOException {
        Check saturation = judge(new RunFixture()
                .waiting("hikaricp_connections_pending", 12, 250, 280)
                .cpuSpike("portal", 0.63, 200, 300)
                .waiting("examday_requests_waiting", 3_950, 210, 300));

        assertThat(saturation.status()).isEqualTo(Status.NOTE);
        assertThat(saturation.measured()).isEqualTo("the machine's cores");
        assertThat(saturation.note())
                .startsWith("the machine's cores: first at +3:20 (09:03:20 UTC), 100 s in all, busiest sample 100.0% of all cores"
                        + " (portal 63.0%, injector 20.0%, postgres 10.0%, other 5.0%, redis 2.0%)")
                .contains("; the admission line: first at +3:30 (09:03:30 UTC), 85 s in all, at most 3,950 requests waiting for a working place")
                .endsWith("; the database pool: first at +4:10 (09:04:10 UTC), 25 s in all, at most 12 requests waiting for a connection"
                        + "; no samples of: the portal's open files");
    }

    @Test
    void aSingleSampleAtTheLimitIsABlipNotALimitReached() throws IOException {
        Check saturation = judge(new RunFixture()
                .waiting("hikaricp_connections_pending", 21, 300, 301)
                .waiting("examday_requests_waiting", 0, 0, 600)
                .cpuSpike("portal", 0.63, 400, 402));

        assertThat(saturation.measured()).isEqualTo("nothing");
        assertThat(saturation.note()).isEqualTo("never reached: the machine's cores, the admission line, the database pool; "
                + "no samples of: the portal's open files");
    }

    @Test
    void aPortalNearItsOpenFileLimitIsNamedWithHowManyItHeld() throws IOException {
        Check saturation = judge(new RunFixture()
                .gauge("process_files_max_files", Map.of(), 20_000, 20_000)
                .waiting("process_files_open_files", 19_063, 240, 270));

        assertThat(saturation.measured()).isEqualTo("the portal's open files");
        assertThat(saturation.note()).startsWith("the portal's open files: first at +4:00 (09:04:00 UTC), 25 s in all, "
                + "at most 19,063 of the 20,000 files and sockets the process may hold open");
    }

    @Test
    void aPortalWithoutTheGaugesSaysTheyWereNotSampledRatherThanNeverReached() throws IOException {
        Check saturation = judge(new RunFixture());

        assertThat(saturation.note()).isEqualTo("never reached: the machine's cores; "
                + "no samples of: the admission line, the database pool, the portal's open files");
    }

    @Test
    void aFailedRunsSummaryNamesWhatRanOutFirst() throws IOException {
        Verdict verdict = TestGate.judge(reports, new RunFixture().fullLoadLatencyMs(400).cpuSpike("portal", 0.63, 200, 300)
                .writeIn(reports), TestThresholds.load(reports));

        assertThat(verdict.verdict()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.summary()).contains(" What ran out first: the machine's cores: first at +3:20 (09:03:20 UTC), 100 s in all");
    }

    private Check judge(RunFixture fixture) throws IOException {
        return Saturation.check(RunFolder.read(fixture.writeIn(reports)));
    }
}
