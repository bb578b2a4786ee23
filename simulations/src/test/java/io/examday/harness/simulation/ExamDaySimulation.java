package io.examday.harness.simulation;

import io.examday.harness.scenario.Workload;
import io.examday.harness.simulation.support.CohortRun;
import io.gatling.javaapi.core.Simulation;

/**
 * Plays the cohort: a whole exam day, from the sign-in window through the start storm, the calm middle and the submit storm to the results. Used by smoke, exam-day-10k/15k/20k, soak and teeth.
 *
 * <p>{@code mvn -pl simulations gatling:test -Dgatling.simulationClass=io.examday.harness.simulation.ExamDaySimulation
 * -Dscenario=scenarios/<name>.yaml [-DrunDir=reports/<run-id>] [-Dthresholds=thresholds/release.yaml]
 * [-Dtarget=http://127.0.0.1:8080]}; every number comes from the scenario file (see {@code HarnessSettings}).
 */
public class ExamDaySimulation extends Simulation {

    private final CohortRun run = CohortRun.of(Workload.COHORT);

    {
        run.setUp(this);
    }

    @Override
    public void before() {
        run.before();
    }

    @Override
    public void after() {
        run.after();
    }
}
