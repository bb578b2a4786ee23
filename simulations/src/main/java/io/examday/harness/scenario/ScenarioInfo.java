package io.examday.harness.scenario;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints what a Makefile needs to seed and run a scenario, one {@code KEY=value} line each, values free of spaces
 * and quotes so a shell can {@code eval} them:
 * {@code NAME, WORKLOAD, SIMULATION, CANDIDATES, EXAMS, EXAM_CODES, QUESTIONS, REHEARSAL, DURATION_SECONDS} (the planned
 * load, from the first arrival to the last result read; add a minute for the JVM and Gatling's report), and the
 * implied figures {@code PEAK_CANDIDATES, REQUESTS, MIDDLE_RPS, START_STORM_RPS, SUBMIT_STORM_RPS, RE_SIGN_IN_RPS}, and
 * {@code FAULTS} (a chaos run's schedule, {@code kind@milliseconds-after-the-first-arrival} comma-separated; empty
 * for other workloads) and {@code FAULTS_BY} (the script that injects them: chaos or zero-downtime).
 * A bad file exits 2 with the loader's message on stderr.
 */
public final class ScenarioInfo {

    private ScenarioInfo() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ScenarioInfo scenarios/<name>.yaml");
            System.exit(2);
        }
        try {
            System.out.print(describe(ScenarioFile.load(Path.of(args[0]))));
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static String describe(Scenario s) {
        ImpliedLoad implied = s.implied();
        Timetable plan = s.timetable();
        return String.join("\n",
                "NAME=" + s.name(),
                "WORKLOAD=" + s.workload().word(),
                "SIMULATION=" + s.workload().simulationClass(),
                "CANDIDATES=" + s.cohort().candidates(),
                "EXAMS=" + s.cohort().exams(),
                "EXAM_CODES=" + String.join(",", s.cohort().examCodes()),
                "QUESTIONS=" + s.cohort().questionsPerExam(),
                "REHEARSAL=" + s.rehearsal().candidates(),
                "DURATION_SECONDS=" + (long) Math.ceil(plan.end().toMillis() / 1000.0),
                "PEAK_CANDIDATES=" + implied.peakConcurrentCandidates(),
                "REQUESTS=" + implied.requests(),
                "MIDDLE_RPS=" + whole(implied.middleRequestsPerSecond()),
                "START_STORM_RPS=" + whole(implied.startStormRequestsPerSecond()),
                "SUBMIT_STORM_RPS=" + whole(implied.submitStormRequestsPerSecond()),
                "RE_SIGN_IN_RPS=" + whole(implied.reSignInRequestsPerSecond()),
                "FAULTS=" + s.faults().map(faults -> String.join(",", faults.schedule().stream()
                        .map(f -> f.kind().word() + "@" + f.at().toMillis()).toList())).orElse(""),
                "FAULTS_BY=" + s.faults().map(faults -> faults.injector().script()).orElse(""),
                "");
    }

    private static String whole(double rate) {
        return String.format(Locale.ROOT, "%d", Math.round(rate));
    }
}
