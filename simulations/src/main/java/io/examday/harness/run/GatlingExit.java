package io.examday.harness.run;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Adds Gatling's exit status to a run's {@code run.json}: only the script that started Gatling knows it, after the
 * simulation (which writes run.json) has ended.
 */
public final class GatlingExit {

    public static final String FIELD = "gatlingExitStatus";

    private GatlingExit() {}

    public static void record(Path runDir, int status) throws IOException {
        RunJson.update(runDir, run -> run.put(FIELD, status));
    }
}
