package io.examday.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeCompressionTest {

    private static Scenario compressed(String factor) {
        return ScenarioFile.parse(Path.of("compressed.yaml"), """
                name: compressed
                timeCompression: %s
                cohort: {candidates: 10, exams: 1, questionsPerExam: 20}
                signIn:
                  window: 12m
                  late: {fraction: 0.1, within: 3m}
                lobby: {pollPeriod: 30s}
                start: {reaction: {min: 0s, max: 45s}}
                exam:
                  duration: 30m
                  thinkTime: {min: 40s, max: 100s}
                  autosavePeriod: 60s
                  revise: {probability: 0.2, thinkTime: {min: 10s, max: 30s}}
                submit: {earlyFraction: 0.7, deadlineWindow: 3m}
                results: {delay: 1m, pollPeriod: 30s, maxPolls: 3}
                proctors: {count: 1, period: 15s}
                sessionLoss: {after: 8m, window: 1m}
                """.formatted(factor));
    }

    @Test
    void everyDurationIsDividedByTheFactor() {
        Scenario s = compressed("3");

        assertThat(s.timeCompression()).isEqualTo(3.0);
        assertThat(s.signIn().window()).isEqualTo(Duration.ofMinutes(4));
        assertThat(s.signIn().lateWithin()).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.lobby().pollPeriod()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.start().reaction().max()).isEqualTo(Duration.ofSeconds(15));
        assertThat(s.exam().duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.exam().thinkTime().min()).isEqualTo(Duration.ofMillis(13_333));
        assertThat(s.exam().thinkTime().max()).isEqualTo(Duration.ofMillis(33_333));
        assertThat(s.exam().autosavePeriod()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.exam().revise().thinkTime().max()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.submit().deadlineWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.results().delay()).isEqualTo(Duration.ofMillis(20_000));
        assertThat(s.proctors().period()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.sessionLoss().orElseThrow().after()).isEqualTo(Duration.ofMillis(160_000));
    }

    @Test
    void fractionalFactorsWork() {
        assertThat(compressed("1.5").exam().duration()).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void withoutAFactorDurationsStayAsWritten() {
        Scenario s = ScenarioFile.parse(Path.of("plain.yaml"), """
                name: plain
                cohort: {candidates: 10, exams: 1, questionsPerExam: 3}
                signIn: {window: 90s}
                lobby: {pollPeriod: 30s}
                start: {reaction: {min: 0s, max: 5s}}
                exam: {duration: 15m, thinkTime: {min: 40s, max: 100s}, autosavePeriod: 60s}
                submit: {deadlineWindow: 1m}
                results: {delay: 1m, pollPeriod: 30s, maxPolls: 3}
                """);

        assertThat(s.timeCompression()).isEqualTo(1.0);
        assertThat(s.signIn().window()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.exam().duration()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theTimetableRunsOnCompressedTime() {
        Timetable plan = compressed("3").timetable();

        // opens after the 4-minute window; the last late arrival starts 1 min + 15 s after; 10 minutes each
        assertThat(plan.open()).isEqualTo(Duration.ofMinutes(4));
        assertThat(plan.lastStart()).isEqualTo(Duration.ofSeconds(240 + 60 + 15));
        assertThat(plan.lastDeadline()).isEqualTo(Duration.ofSeconds(315 + 600));
    }

    @Test
    void aFactorBelowOneIsRefused() {
        assertThatThrownBy(() -> compressed("0.5"))
                .hasMessage("compressed.yaml:2: field 'timeCompression' must be >= 1 (was 0.5)");
    }
}
