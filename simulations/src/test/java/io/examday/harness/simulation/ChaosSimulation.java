package io.examday.harness.simulation;

import io.examday.harness.scenario.Workload;
import io.examday.harness.simulation.support.CohortRun;
import io.gatling.javaapi.core.Simulation;

/**
 * Plays a whole exam day while the chaos script restarts Redis and PostgreSQL and kills the portal, one fault at a time: candidates retry what failed and sign in again when their session was lost (the scenario's {@code faults}).
 *
 * <p>{@code mvn -pl simulations gatling:test -Dgatling.simulationClass=io.examday.harness.simulation.ChaosSimulation
 * -Dscenario=scenarios/<name>.yaml [-DrunDir=reports/<run-id>] [-Dthresholds=thresholds/release.yaml]
 * [-Dtarget=http://127.0.0.1:8080]}; every number comes from the scenario file (see {@code HarnessSettings}).
 */
public class ChaosSimulation extends Simulation {

    private final CohortRun run = CohortRun.of(Workload.CHAOS);

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
