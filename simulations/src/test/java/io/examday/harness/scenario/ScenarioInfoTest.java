package io.examday.harness.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScenarioInfoTest {

    @Test
    void printsShellReadyKeyValueLinesForTheMakefile() {
        Scenario tenK = ScenarioFile.load(ShippedScenariosTest.scenarios().resolve("exam-day-10k.yaml"));

        String printed = ScenarioInfo.describe(tenK);
        Map<String, String> values = printed.lines()
                .map(line -> line.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));

        assertThat(printed.lines()).allMatch(line -> line.matches("[A-Z_]+=[A-Za-z0-9.,_@-]*"));
        assertThat(values).containsEntry("NAME", "exam-day-10k")
                .containsEntry("CANDIDATES", "10000")
                .containsEntry("EXAMS", "4")
                .containsEntry("EXAM_CODES", "LOAD-1,LOAD-2,LOAD-3,LOAD-4")
                .containsEntry("QUESTIONS", "20")
                .containsEntry("SIMULATION", "io.examday.harness.simulation.ExamDaySimulation")
                .containsEntry("PEAK_CANDIDATES", "10000")
                .containsEntry("FAULTS", "")
                .containsEntry("FAULTS_BY", "");
        assertThat(Long.parseLong(values.get("DURATION_SECONDS"))).isEqualTo((long) Math.ceil(tenK.timetable().end().toMillis() / 1000.0));
    }

    @Test
    void aChaosScenarioPrintsItsFaultsAsKindAtMillisecondsAfterTheFirstArrival() {
        Scenario chaos = ScenarioFile.load(ShippedScenariosTest.scenarios().resolve("chaos.yaml"));

        assertThat(ScenarioInfo.describe(chaos).lines())
                .contains("FAULTS=redis-restart@60000,postgres-restart@135000,portal-kill@210000", "FAULTS_BY=chaos",
                        "SIMULATION=io.examday.harness.simulation.ChaosSimulation");
    }
}
