package io.examday.harness.simulation;

import io.examday.harness.scenario.Workload;
import io.examday.harness.simulation.support.CohortRun;
import io.gatling.javaapi.core.Simulation;

/**
 * Plays a cohort on one shared close time, most of whom ride the deadline: the final saves and submits arrive together.
 *
 * <p>{@code mvn -pl simulations gatling:test -Dgatling.simulationClass=io.examday.harness.simulation.SubmitStormSimulation
 * -Dscenario=scenarios/<name>.yaml [-DrunDir=reports/<run-id>] [-Dthresholds=thresholds/release.yaml]
 * [-Dtarget=http://127.0.0.1:8080]}; every number comes from the scenario file (see {@code HarnessSettings}).
 */
public class SubmitStormSimulation extends Simulation {

    private final CohortRun run = CohortRun.of(Workload.SUBMIT_STORM);

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
