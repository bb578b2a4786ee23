package io.examday.harness.run;

import java.io.IOException;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds the machine's speed measured after the run, once the portal has stopped, to {@code run.json}'s
 * {@code machine}: beside the speed measured before it, it tells a machine that slowed down during the run.
 */
public final class SpeedAfterRun {

    public static final String FIELD = "speedAfterMs";

    private SpeedAfterRun() {}

    public static void record(Path runDir, double speedMs) throws IOException {
        RunJson.update(runDir, run -> {
            ObjectNode machine = run.get("machine") instanceof ObjectNode m ? m : run.putObject("machine");
            machine.put(FIELD, speedMs);
        });
    }
}
