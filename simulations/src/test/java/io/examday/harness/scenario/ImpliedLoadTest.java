package io.examday.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The implied figures, worked out by hand for a small shape whose arithmetic is easy to follow. */
class ImpliedLoadTest {

    private static String shape(double timeCompression) {
        return """
                name: arithmetic
                timeCompression: %s
                cohort: {candidates: 1000, exams: 2, questionsPerExam: 10}
                signIn: {window: 60s}
                lobby: {pollPeriod: 10s}
                start:
                  reaction: {min: 0s, max: 20s}
                exam:
                  duration: 20m
                  thinkTime: {min: 20s, max: 40s}
                  autosavePeriod: 60s
                submit: {earlyFraction: 0.5, vanishFraction: 0, deadlineWindow: 60s}
                results: {fraction: 0, delay: 0s, pollPeriod: 10s, maxPolls: 1}
                """.formatted(timeCompression);
    }

    private final Scenario scenario = ScenarioFile.parse(Path.of("arithmetic.yaml"), shape(1));

    @Test
    void middleRateIsAPageAndASaveEveryThinkTimePlusAnAutosaveEveryPeriod() {
        // 1000 x (2 requests / 30 s + 1 / 60 s)
        assertThat(scenario.implied().middleRequestsPerSecond()).isCloseTo(1000 * (2 / 30.0 + 1 / 60.0), within(1e-9));
    }

    @Test
    void startStormIsEveryPunctualStartAndFirstPageOverTheReactionSpread() {
        assertThat(scenario.implied().startStormRequestsPerSecond()).isCloseTo(2 * 1000 / 20.0, within(1e-9));
    }

    @Test
    void submitStormIsTheRidersFinalSaveAndSubmitOverTheDeadlineWindow() {
        assertThat(scenario.implied().submitStormRequestsPerSecond()).isCloseTo(2 * 500 / 60.0, within(1e-9));
    }

    @Test
    void everyoneIsInTheExamWhenTheLastStartsBeforeTheFirstCanFinish() {
        // last start: 60 s + 1 s cushion + 20 s; first finish: 61 s + 10 pages x 20 s
        Timetable plan = scenario.timetable();

        assertThat(plan.lastStart()).isEqualTo(Duration.ofSeconds(81));
        assertThat(plan.earliestDeparture()).isEqualTo(Duration.ofSeconds(261));
        assertThat(scenario.implied().peakConcurrentCandidates()).isEqualTo(1000);
    }

    @Test
    void expectedRequestsAddUpLobbySignInAnsweringAndSubmitting() {
        double lobby = 500 * (1 + 40 / 10.0 - 0.5) + 500 * (1 + 10 / 10.0 - 0.5);
        double signInAndStart = 3 * 1000;
        // the autosave clock gives the whole periods of the thinking time: half a period fewer on average
        double early = 500 * (20 + (300 / 60.0 - 0.5) + 1);
        double riders = 500 * (20 + ((1199 - 30) / 60.0 - 0.5) + 2);

        assertThat(scenario.implied().requests()).isEqualTo(Math.round(lobby + signInAndStart + early + riders));
    }

    @Test
    void vanishingCandidatesStopWhereTheTimeLimitCutsTheExamShort() {
        Scenario shortExam = ScenarioFile.parse(Path.of("arithmetic.yaml"), shape(1)
                .replace("duration: 20m", "duration: 2m")
                .replace("earlyFraction: 0.5, vanishFraction: 0", "earlyFraction: 0.5, vanishFraction: 0.1"));
        double lobby = 500 * (1 + 40 / 10.0 - 0.5) + 500 * (1 + 10 / 10.0 - 0.5);
        double signInAndStart = 3 * 1000;
        double cut = 119 / 300.0; // the pages 119 s of 30 s pages reach
        double early = 500 * (cut * 20 + (119 / 60.0 - 0.5) + 1);
        double riders = 400 * (cut * 20 + ((119 - 30) / 60.0 - 0.5) + 2);
        // they would vanish at page 7.5 on average; the limit stops them before page 4 ends
        double vanishers = 100 * (2 * cut * 10 + (119 / 60.0 - 0.5));

        assertThat(shortExam.implied().requests())
                .isEqualTo(Math.round(lobby + signInAndStart + early + riders + vanishers));
    }

    @Test
    void browserPagesAddEachPageAndTheFilesItFirstLinksAndPutTheAttemptPageInTheStartStorm() {
        Scenario browsing = ScenarioFile.parse(Path.of("arithmetic.yaml"), shape(1) + "browser: {pages: true}\n");
        // sign-in page + portal.css + portal.js, lobby page + lobby.js, attempt page + attempt.js; no result readers
        double pages = 1000 * (3 + 2 + 2);

        assertThat(browsing.implied().requests()).isEqualTo(Math.round(scenario.implied().requests() + pages));
        assertThat(browsing.implied().startStormRequestsPerSecond()).isCloseTo((2 + 2) * 1000 / 20.0, within(1e-9));
        assertThat(browsing.implied().middleRequestsPerSecond()).isEqualTo(scenario.implied().middleRequestsPerSecond());
    }

    @Test
    void timeCompressionMultipliesEveryRateByItsFactor() {
        Scenario fast = ScenarioFile.parse(Path.of("arithmetic.yaml"), shape(4));

        assertThat(fast.implied().middleRequestsPerSecond())
                .isCloseTo(4 * scenario.implied().middleRequestsPerSecond(), within(1e-6));
        assertThat(fast.implied().startStormRequestsPerSecond())
                .isCloseTo(4 * scenario.implied().startStormRequestsPerSecond(), within(1e-6));
    }
}
