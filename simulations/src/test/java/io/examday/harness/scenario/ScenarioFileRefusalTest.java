package io.examday.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioFileRefusalTest {

    private static final Path FILE = Path.of("scenarios/broken.yaml");

    /** A valid scenario, one field a line, so each test can break one line and know its number. */
    private static final List<String> VALID = List.of(
            "name: sample",                 // 1
            "cohort:",                      // 2
            "  candidates: 100",            // 3
            "  exams: 2",                   // 4
            "  questionsPerExam: 5",        // 5
            "signIn:",                      // 6
            "  window: 30s",                // 7
            "lobby:",                       // 8
            "  pollPeriod: 5s",             // 9
            "start:",                       // 10
            "  reaction: {min: 0s, max: 5s}", // 11
            "exam:",                        // 12
            "  duration: 2m",               // 13
            "  thinkTime:",                 // 14
            "    min: 5s",                  // 15
            "    max: 10s",                 // 16
            "  autosavePeriod: 10s",        // 17
            "submit:",                      // 18
            "  earlyFraction: 0.7",         // 19
            "  deadlineWindow: 10s",        // 20
            "results:",                     // 21
            "  delay: 2s",                  // 22
            "  pollPeriod: 2s",             // 23
            "  maxPolls: 2");               // 24

    @Test
    void theUnbrokenSampleLoads() {
        Scenario scenario = ScenarioFile.parse(FILE, String.join("\n", VALID));

        assertThat(scenario.name()).isEqualTo("sample");
        assertThat(scenario.cohort().candidates()).isEqualTo(100);
    }

    @Test
    void aRehearsalIsReadAndOneLargerThanTheSeedAllowsIsRefused() {
        List<String> lines = new ArrayList<>(VALID);
        lines.add("rehearsal: {candidates: 150}");
        assertThat(ScenarioFile.parse(FILE, String.join("\n", lines)).rehearsal()).isEqualTo(new Rehearsal(150, 16));
        assertThat(ScenarioFile.parse(FILE, String.join("\n", VALID)).rehearsal().candidates()).isZero();

        lines.set(24, "rehearsal: {candidates: 5001, concurrency: 8}");
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessage("scenarios/broken.yaml:25: field 'rehearsal.candidates' must be <= 5000, the seed's limit (was 5001)");
    }

    @Test
    void aScenarioNamesOnlyTheSeedSecretAndNoStaffPassword() {
        List<String> lines = new ArrayList<>(VALID);
        assertThat(ScenarioFile.parse(FILE, String.join("\n", lines)).credentials())
                .isEqualTo(new Credentials(Credentials.SEED_SECRET));
        lines.add("credentials: {seedSecret: staging-secret}");
        assertThat(ScenarioFile.parse(FILE, String.join("\n", lines)).credentials().seedSecret())
                .isEqualTo("staging-secret");

        lines.set(24, "credentials: {seedSecret: staging-secret, adminPassword: examday-admin}");
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessageStartingWith("scenarios/broken.yaml:25: field 'credentials.adminPassword' is not a known field");
    }

    @Test
    void thinkTimeWithMinAboveMaxIsRefusedWithLineAndField() {
        String text = with(15, "    min: 20s", 16, "    max: 5s");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .isInstanceOf(ScenarioException.class)
                .hasMessage("scenarios/broken.yaml:16: field 'exam.thinkTime.max' must be >= min (was 5s, min 20s)");
    }

    @Test
    void unknownFieldIsRefusedWithItsLine() {
        List<String> lines = new ArrayList<>(VALID);
        lines.add(17, "  proctored: true");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessageStartingWith("scenarios/broken.yaml:18: field 'exam.proctored' is not a known field");
    }

    @Test
    void browserPagesAreReadAndAreOffWithoutTheSection() {
        List<String> lines = new ArrayList<>(VALID);
        lines.add("browser: {pages: true}");

        assertThat(ScenarioFile.parse(FILE, String.join("\n", lines)).browser()).isEqualTo(new Browser(true));
        assertThat(ScenarioFile.parse(FILE, String.join("\n", VALID)).browser()).isEqualTo(Browser.apiOnly());
    }

    @Test
    void browserPagesThatAreNotAFlagOrAnUnknownBrowserFieldAreRefusedWithLineAndField() {
        List<String> lines = new ArrayList<>(VALID);
        lines.add("browser:");
        lines.add("  pages: yes please");
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessageStartingWith("scenarios/broken.yaml:26: field 'browser.pages' must be true or false");

        lines.set(25, "  images: true");
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessageStartingWith("scenarios/broken.yaml:26: field 'browser.images' is not a known field");
    }

    @Test
    void unknownTopLevelFieldIsRefused() {
        List<String> lines = new ArrayList<>(VALID);
        lines.add("colour: blue");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessageStartingWith("scenarios/broken.yaml:25: field 'colour' is not a known field");
    }

    @Test
    void misspeltRequiredFieldIsRefusedPointingAtTheMisspelling() {
        String text = with(17, "  autoSavePeriod: 10s");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .hasMessage("scenarios/broken.yaml:12: field 'exam.autosavePeriod' is required (line 17 has 'autoSavePeriod')");
    }

    @Test
    void textWhereANumberBelongsIsRefusedWithLineAndField() {
        String text = with(3, "  candidates: many");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .hasMessage("scenarios/broken.yaml:3: field 'cohort.candidates' must be a whole number (was 'many')");
    }

    @Test
    void decimalWhereAWholeNumberBelongsIsRefused() {
        String text = with(4, "  exams: 2.5");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .hasMessage("scenarios/broken.yaml:4: field 'cohort.exams' must be a whole number (was 2.5)");
    }

    @Test
    void negativeCandidateCountIsRefused() {
        String text = with(3, "  candidates: -5");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .hasMessage("scenarios/broken.yaml:3: field 'cohort.candidates' must be >= 1 (was -5)");
    }

    @Test
    void negativeDurationIsRefused() {
        String text = with(7, "  window: -30s");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .hasMessage("scenarios/broken.yaml:7: field 'signIn.window' must not be negative (was -30s)");
    }

    @Test
    void durationWithoutUnitIsRefused() {
        String text = with(13, "  duration: 120");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .hasMessage("scenarios/broken.yaml:13: field 'exam.duration' must be a duration with a unit such as 500ms, 90s, 15m or 1h (was 120)");
    }

    @Test
    void shareAboveOneIsRefused() {
        String text = with(19, "  earlyFraction: 1.5");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .hasMessage("scenarios/broken.yaml:19: field 'submit.earlyFraction' must be a fraction between 0 and 1 (was 1.5)");
    }

    @Test
    void missingRequiredFieldIsRefusedAtItsSection() {
        List<String> lines = new ArrayList<>(VALID);
        lines.remove(12);

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessage("scenarios/broken.yaml:12: field 'exam.duration' is required");
    }

    @Test
    void missingSectionIsRefused() {
        List<String> lines = new ArrayList<>(VALID.subList(0, 7));
        lines.addAll(VALID.subList(9, VALID.size()));

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessage("scenarios/broken.yaml:1: field 'lobby' is required");
    }

    @Test
    void unparseableYamlIsRefusedWithFileAndLine() {
        String text = with(4, "  exams: [2");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .isInstanceOf(ScenarioException.class)
                .hasMessageMatching("scenarios/broken\\.yaml:\\d+: not valid YAML: .+");
    }

    @Test
    void fieldWrittenTwiceIsRefused() {
        List<String> lines = new ArrayList<>(VALID);
        lines.add(4, "  exams: 3");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessage("scenarios/broken.yaml:5: field 'exams' is written twice (first on line 4)");
    }

    @Test
    void anAttackIsReadAndOneBeyondItsAddressesCohortOrExamIsRefusedByField() {
        List<String> lines = new ArrayList<>(VALID);
        lines.add("attack: {addresses: 4, targets: 50, guessPeriod: 1s, after: 10s, lasting: 30s}");
        Attack attack = ScenarioFile.parse(FILE, String.join("\n", lines)).attack().orElseThrow();
        assertThat(attack).isEqualTo(new Attack(4, 50, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30)));
        assertThat(attack.plannedGuesses()).isEqualTo(120);
        assertThat(ScenarioFile.parse(FILE, String.join("\n", VALID)).attack()).isEmpty();

        lines.set(24, "attack: {addresses: 255, targets: 50, guessPeriod: 1s, after: 10s, lasting: 30s}");
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessage("scenarios/broken.yaml:25: field 'attack.addresses' must be at most 254, the addresses of 203.0.113.0/24 (was 255)");
        lines.set(24, "attack: {addresses: 4, targets: 101, guessPeriod: 1s, after: 10s, lasting: 30s}");
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessageStartingWith("scenarios/broken.yaml:25: field 'attack.targets' must be at most cohort.candidates");
        lines.set(24, "attack: {addresses: 4, targets: 50, guessPeriod: 1s, after: 1m, lasting: 2m}");
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessageStartingWith("scenarios/broken.yaml:25: field 'attack' must end by the last deadline");
    }

    @Test
    void loginStormWithoutSessionLossIsRefused() {
        List<String> lines = new ArrayList<>(VALID);
        lines.add(1, "workload: login-storm");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, String.join("\n", lines)))
                .hasMessage("scenarios/broken.yaml:1: field 'sessionLoss' is required for workload login-storm");
    }

    @Test
    void shapeWhoseFirstCandidatesLeaveBeforeTheLastStartIsRefused() {
        String text = with(11, "  reaction: {min: 0s, max: 2m}");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .hasMessageStartingWith("scenarios/broken.yaml:10: field 'start' lets the first candidates leave");
    }

    @Test
    void aChaosScenarioReadsItsFaultsInTimeOrder() {
        Scenario scenario = ScenarioFile.parse(FILE, chaos("    portal-kill: 100s", "    redis-restart: 50s"));

        FaultPlan plan = scenario.faults().orElseThrow();
        assertThat(plan.schedule()).containsExactly(new Fault(FaultKind.REDIS_RESTART, java.time.Duration.ofSeconds(50)),
                new Fault(FaultKind.PORTAL_KILL, java.time.Duration.ofSeconds(100)));
        assertThat(plan.retryEvery()).hasSeconds(5);
        assertThat(scenario.workload()).isEqualTo(Workload.CHAOS);
    }

    @Test
    void faultsOfTheChaosScriptAndOfTheStackInOneScenarioAreRefused() {
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, chaos("    redis-restart: 50s", "    web-1-restart: 100s")))
                .hasMessage("scenarios/broken.yaml:30: field 'faults.at' names redis-restart (simulations/bin/chaos) and"
                        + " web-1-restart (simulations/bin/zero-downtime): one run, one script's faults");
    }

    @Test
    void anUnknownFaultIsRefusedWithItsLine() {
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, chaos("    disk-full: 50s")))
                .hasMessageStartingWith("scenarios/broken.yaml:31: field 'faults.at.disk-full' is not a known field");
    }

    @Test
    void aFaultOutsideTheExamIsRefused() {
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, chaos("    postgres-restart: 10s")))
                .hasMessageStartingWith("scenarios/broken.yaml:31: field 'faults.at.postgres-restart' must fall inside the exam");
    }

    @Test
    void faultsWithoutTheChaosWorkloadAreRefused() {
        String text = chaos("    redis-restart: 50s").replace("workload: chaos", "workload: cohort");

        assertThatThrownBy(() -> ScenarioFile.parse(FILE, text))
                .hasMessageContaining("field 'faults' faults go with workload chaos, and only with it");
    }

    /** The valid sample as a chaos run (lines 25-30), with these lines under faults.at (from line 31). */
    private static String chaos(String... at) {
        List<String> lines = new ArrayList<>(VALID);
        lines.addAll(List.of("workload: chaos", "rehearsal: {candidates: 10, concurrency: 4}", "faults:",
                "  retryEvery: 5s", "  retryFor: 1m", "  at:"));
        lines.addAll(List.of(at));
        return String.join("\n", lines);
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> ScenarioFile.parse(FILE, ""))
                .hasMessage("scenarios/broken.yaml:1: the scenario file is empty");
    }

    private static String with(int line, String text) {
        List<String> lines = new ArrayList<>(VALID);
        lines.set(line - 1, text);
        return String.join("\n", lines);
    }

    private static String with(int line, String text, int other, String otherText) {
        List<String> lines = new ArrayList<>(VALID);
        lines.set(line - 1, text);
        lines.set(other - 1, otherText);
        return String.join("\n", lines);
    }
}
