package io.examday.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.examday.harness.threshold.ThresholdFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every file in {@code scenarios/} loads, and says in its comments what the model computes from it. */
class ShippedScenariosTest {

    private static final Pattern IMPLIED = Pattern.compile(
            "# Implied: ([\\d,]+) candidates at once; ~([\\d,]+) req/s in the middle of the exam, ~([\\d,]+) req/s start storm, "
                    + "~([\\d,]+) req/s submit storm(?:, ~([\\d,]+) req/s re-sign-in storm)?; ~([\\d,]+) requests in ~(\\d+)m(\\d\\d)s\\.");
    /** An attack's guesses go beside the candidates' requests, never among them, so the line says them apart. */
    private static final Pattern ATTACK = Pattern.compile(
            "# Implied: [^\n]*requests in ~\\d+m\\d\\ds\\. Beside them: ~([\\d,]+) wrong-code guesses, ~([\\d,]+) req/s for (\\d+)m(\\d\\d)s\\.");
    private static final Pattern SEED = Pattern.compile(
            "# Seed: ([\\d,]+) candidates, exams? LOAD-1(?:\\.\\.LOAD-(\\d+))?, (\\d+) questions");

    static List<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(scenarios())) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyScenarioTheBriefNamesIsShipped() throws IOException {
        assertThat(shipped()).extracting(f -> f.getFileName().toString()).contains("smoke.yaml", "exam-day-10k.yaml",
                "exam-day-15k.yaml", "exam-day-20k.yaml", "login-storm.yaml", "submit-storm.yaml", "soak.yaml", "teeth.yaml", "chaos.yaml",
                "zero-downtime.yaml");
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void loadsAndIsNamedAfterItsFile(Path file) {
        Scenario scenario = ScenarioFile.load(file);

        assertThat(scenario.name() + ".yaml").isEqualTo(file.getFileName().toString());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void itsImpliedLoadCommentMatchesTheModel(Path file) throws IOException {
        Scenario scenario = ScenarioFile.load(file);
        ImpliedLoad implied = scenario.implied();
        Matcher stated = IMPLIED.matcher(Files.readString(file));

        assertThat(stated.find()).as("%s states its implied load in a '# Implied: …' comment", file).isTrue();
        assertThat(number(stated.group(1))).isEqualTo(implied.peakConcurrentCandidates());
        assertThat(number(stated.group(2))).isCloseTo(implied.middleRequestsPerSecond(), within(rateTolerance(implied.middleRequestsPerSecond())));
        assertThat(number(stated.group(3))).isCloseTo(implied.startStormRequestsPerSecond(), within(rateTolerance(implied.startStormRequestsPerSecond())));
        assertThat(number(stated.group(4))).isCloseTo(implied.submitStormRequestsPerSecond(), within(rateTolerance(implied.submitStormRequestsPerSecond())));
        assertThat(stated.group(5) == null ? 0 : number(stated.group(5)))
                .isCloseTo(implied.reSignInRequestsPerSecond(), within(rateTolerance(implied.reSignInRequestsPerSecond())));
        assertThat(number(stated.group(6))).isCloseTo((double) implied.requests(), within(implied.requests() * 0.02));
        long statedSeconds = Long.parseLong(stated.group(7)) * 60 + Long.parseLong(stated.group(8));
        assertThat((double) statedSeconds).isCloseTo((double) scenario.timetable().end().toSeconds(), within(5.0));
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void itsImpliedLoadCommentStatesAnAttackIfAndOnlyIfItPlansOne(Path file) throws IOException {
        Scenario scenario = ScenarioFile.load(file);
        Matcher stated = ATTACK.matcher(Files.readString(file));

        assertThat(stated.find()).as("%s states its attack's guesses on its '# Implied: …' line", file)
                .isEqualTo(scenario.attack().isPresent());
        scenario.attack().ifPresent(attack -> {
            assertThat(number(stated.group(1))).isCloseTo((double) attack.plannedGuesses(), within(attack.plannedGuesses() * 0.02));
            assertThat(number(stated.group(2))).isCloseTo(attack.guessesPerSecond(), within(rateTolerance(attack.guessesPerSecond())));
            assertThat(Long.parseLong(stated.group(3)) * 60 + Long.parseLong(stated.group(4))).isEqualTo(attack.lasting().toSeconds());
        });
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void itsSeedCommentMatchesTheCohort(Path file) throws IOException {
        Cohort cohort = ScenarioFile.load(file).cohort();
        Matcher stated = SEED.matcher(Files.readString(file));

        assertThat(stated.find()).as("%s states what to seed in a '# Seed: …' comment", file).isTrue();
        assertThat(number(stated.group(1))).isEqualTo(cohort.candidates());
        assertThat(stated.group(2) == null ? 1 : Integer.parseInt(stated.group(2))).isEqualTo(cohort.exams());
        assertThat(Integer.parseInt(stated.group(3))).isEqualTo(cohort.questionsPerExam());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void namesASimulationThatExists(Path file) throws ClassNotFoundException {
        assertThat(Class.forName(ScenarioFile.load(file).workload().simulationClass(), false, getClass().getClassLoader()))
                .isNotNull();
    }

    @Test
    void smokeRunsAboutTwoHundredCandidatesWellUnderThreeMinutes() {
        Scenario smoke = ScenarioFile.load(scenarios().resolve("smoke.yaml"));

        assertThat(smoke.cohort().candidates()).isBetween(150, 250);
        assertThat(smoke.timetable().end()).isLessThanOrEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void chaosIsSmokeSizedWithEachFaultInsideTheExamBeforeTheFirstDeparture() {
        Scenario chaos = ScenarioFile.load(scenarios().resolve("chaos.yaml"));

        assertThat(chaos.cohort().candidates()).isBetween(150, 250);
        assertThat(chaos.timetable().end()).isLessThanOrEqualTo(Duration.ofMinutes(7));
        assertThat(chaos.faults().orElseThrow().schedule()).extracting(Fault::kind)
                .containsExactly(FaultKind.REDIS_RESTART, FaultKind.POSTGRES_RESTART, FaultKind.PORTAL_KILL);
        assertThat(chaos.faults().orElseThrow().schedule()).allSatisfy(fault ->
                assertThat(fault.at()).isBetween(chaos.timetable().lastStart(), chaos.timetable().earliestDeparture()));
    }

    @Test
    void zeroDowntimeIsSmokeSizedAndRestartsEachInstanceOfTheStackInsideTheExam() {
        Scenario zeroDowntime = ScenarioFile.load(scenarios().resolve("zero-downtime.yaml"));

        assertThat(zeroDowntime.cohort().candidates()).isBetween(150, 250);
        assertThat(zeroDowntime.timetable().end()).isLessThanOrEqualTo(Duration.ofMinutes(7));
        assertThat(zeroDowntime.faults().orElseThrow().injector()).isEqualTo(FaultKind.Injector.ZERO_DOWNTIME);
        assertThat(zeroDowntime.faults().orElseThrow().schedule()).extracting(Fault::kind)
                .containsExactly(FaultKind.WEB_1_RESTART, FaultKind.WEB_2_RESTART, FaultKind.WORKER_RESTART);
        assertThat(zeroDowntime.faults().orElseThrow().schedule()).allSatisfy(fault ->
                assertThat(fault.at()).isBetween(zeroDowntime.timetable().lastStart(),
                        zeroDowntime.timetable().earliestDeparture()));
    }

    @Test
    void theRollingDeployReplacesEachInstanceOfTheStackInsideTheExamAsZeroDowntimeRestartsThem() {
        Scenario deploy = ScenarioFile.load(scenarios().resolve("rolling-deploy.yaml"));
        Scenario zeroDowntime = ScenarioFile.load(scenarios().resolve("zero-downtime.yaml"));

        assertThat(deploy.implied()).isEqualTo(zeroDowntime.implied());
        assertThat(deploy.faults().orElseThrow().injector()).isEqualTo(FaultKind.Injector.ZERO_DOWNTIME);
        assertThat(deploy.faults().orElseThrow().schedule()).extracting(Fault::kind)
                .containsExactly(FaultKind.WEB_1_DEPLOY, FaultKind.WEB_2_DEPLOY, FaultKind.WORKER_DEPLOY);
        assertThat(deploy.faults().orElseThrow().schedule()).extracting(Fault::at)
                .isEqualTo(zeroDowntime.faults().orElseThrow().schedule().stream().map(Fault::at).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zero-downtime.yaml", "rolling-deploy.yaml"})
    void eachRestartFallsInALatencyWindowOfItsOwnAfterTheOpensWindow(String file) {
        Scenario scenario = ScenarioFile.load(scenarios().resolve(file));
        long every = ThresholdFile.load(scenarios().resolveSibling("thresholds").resolve("zero-downtime.yaml"))
                .latency().every().millis();

        // A window that fails then names one restart, and the open's minute is judged without any.
        List<Long> windows = scenario.faults().orElseThrow().schedule().stream()
                .map(fault -> fault.at().toMillis() / every).toList();
        assertThat(windows).doesNotHaveDuplicates().allSatisfy(window -> assertThat(window).isGreaterThanOrEqualTo(1));
    }

    @Test
    void tenThousandAreInTheExamAtOnceAtAPaceThisMachineCanDrive() {
        Scenario tenK = ScenarioFile.load(scenarios().resolve("exam-day-10k.yaml"));

        assertThat(tenK.implied().peakConcurrentCandidates()).isEqualTo(10_000);
        // The portal saturated near 900 req/s here with Gatling beside it; the gate needs the middle well below.
        assertThat(tenK.implied().middleRequestsPerSecond()).isLessThanOrEqualTo(600);
        assertThat(tenK.timetable().end()).isLessThanOrEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void twentyThousandBrowsersAreSplitSoThatNoInjectorPassesTheOpenFileLimit() throws IOException {
        Scenario twentyK = ScenarioFile.load(scenarios().resolve("exam-day-20k.yaml"));
        Matcher recipe = Pattern.compile("\nload-20k:[^\n]*\n\tINJECTORS=\\$\\$\\{INJECTORS:-(\\d+)}")
                .matcher(Files.readString(scenarios().resolveSibling("Makefile")));

        assertThat(twentyK.implied().peakConcurrentCandidates()).isEqualTo(20_000);
        assertThat(twentyK.connections().mode()).isEqualTo(Connections.Mode.PER_CANDIDATE);
        assertThat(recipe.find()).as("make load-20k sets INJECTORS by default").isTrue();
        // A process here holds at most ~20,000 open files, its class path and log files among them.
        assertThat(20_000 / Integer.parseInt(recipe.group(1))).isLessThan(19_000);
    }

    @Test
    void twentyThousandThroughASharedPoolStayBelowTheOpenFileLimitInOneInjector() {
        Scenario shared = ScenarioFile.load(scenarios().resolve("exam-day-20k-shared.yaml"));

        assertThat(shared.implied().peakConcurrentCandidates()).isEqualTo(20_000);
        assertThat(shared.connections().mode()).isEqualTo(Connections.Mode.SHARED);
        assertThat(shared.connections().pool()).isLessThan(19_000);
    }

    @Test
    void teethIsATinyCohortOfUnderTwoMinutes() {
        Scenario teeth = ScenarioFile.load(scenarios().resolve("teeth.yaml"));

        // make gate-teeth runs it four times; long enough for the gate's 10 server samples at full load.
        assertThat(teeth.cohort().candidates()).isBetween(80, 120);
        assertThat(teeth.timetable().end()).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    /** Whole req/s as written, against the model: within 2 %, or one request a second for small rates. */
    private static double rateTolerance(double rate) {
        return Math.max(1, rate * 0.02);
    }

    private static double number(String written) {
        return Long.parseLong(written.replace(",", ""));
    }

    static Path scenarios() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scenarios"))) {
                return dir.resolve("scenarios");
            }
        }
        throw new IllegalStateException("no scenarios/ folder above " + Path.of("").toAbsolutePath());
    }
}
