package io.examday.harness.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the sampler keeps of a scrape: every family a gate check reads, and nothing else. */
class FamiliesTest {

    @Test
    void theCommitDurabilityGaugeIsKeptForTheGate() {
        assertThat(Families.kept(new Sample("examday_database_commits_durable",
                Map.of("synchronous_commit", "off", "fsync", "on"), 0))).isTrue();
    }

    @Test
    void aFamilyNoCheckReadsIsDropped() {
        assertThat(Families.kept(new Sample("tomcat_sessions_active_current_sessions", Map.of(), 3))).isFalse();
    }

    @Test
    void lettucesBucketsAreDroppedAndItsSummariesKept() {
        assertThat(Families.kept(new Sample("lettuce_command_completion_seconds_bucket", Map.of("le", "0.001"), 5))).isFalse();
        assertThat(Families.kept(new Sample("lettuce_command_completion_seconds_count", Map.of(), 5))).isTrue();
    }

    @Test
    void whatALongRunWatchesForGrowthIsKept() {
        assertThat(Families.kept(new Sample("jvm_memory_usage_after_gc",
                Map.of("area", "heap", "pool", "long-lived"), 0.2))).isTrue();
        assertThat(Families.kept(new Sample("process_files_open_files", Map.of(), 54))).isTrue();
        assertThat(Families.kept(new Sample("jvm_threads_live_threads", Map.of(), 28))).isTrue();
    }

    @Test
    void theJobQueueIsKeptAndItsLatencyOnlyAsASummary() {
        assertThat(Families.kept(new Sample("examday_jobs_waiting", Map.of("kind", "GRADE"), 12))).isTrue();
        assertThat(Families.kept(new Sample("examday_jobs_failed_total", Map.of("kind", "RESULT_MAIL"), 1))).isTrue();
        assertThat(Families.kept(new Sample("examday_jobs_latency_seconds_count", Map.of("kind", "GRADE"), 9))).isTrue();
        assertThat(Families.kept(new Sample("examday_jobs_latency_seconds_bucket", Map.of("kind", "GRADE", "le", "1.0"), 9))).isFalse();
    }
}
