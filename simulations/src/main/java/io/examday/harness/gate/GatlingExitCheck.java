package io.examday.harness.gate;

import io.examday.harness.run.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How Gatling ended (run.json {@code gatlingExitStatus}). A non-zero status is expected when one of its own
 * assertions failed; without a failed assertion in its console it means the simulation did not finish normally, and
 * the run's figures cover an unknown part of it.
 */
final class GatlingExitCheck {

    static final String ID = "delivery.gatling-exit";
    private static final String NAME = "Gatling finished its simulation";
    private static final String TARGET = "exit 0, or non-zero for failed assertions";

    private GatlingExitCheck() {}

    /** @param consoles Gatling's console, or each injector's of a split run (the status is the worst of theirs) */
    static Check check(Run run, List<Path> consoles) throws IOException {
        Integer status = run.description().gatlingExitStatus();
        if (status == null) {
            return Check.note(ID, NAME, null, TARGET, "not recorded", "run.json has no gatlingExitStatus");
        }
        if (status == 0) {
            return new Check(ID, NAME, Role.MEASUREMENT, null, TARGET, "exit 0", 0.0, null, Status.PASS, null, null);
        }
        List<GatlingConsole.Judgement> failed = new ArrayList<>();
        for (Path console : consoles) {
            GatlingConsole.read(console).stream().filter(j -> !j.passed()).forEach(failed::add);
        }
        if (!failed.isEmpty()) {
            return new Check(ID, NAME, Role.MEASUREMENT, null, TARGET, "exit " + status, (double) status, null, Status.PASS,
                    failed.size() + " of Gatling's assertions failed, which explains the status", null);
        }
        return new Check(ID, NAME, Role.MEASUREMENT, null, TARGET, "exit " + status, (double) status, null,
                Status.INCONCLUSIVE, "Gatling exited " + status + " with no failed assertion in "
                        + consoles.stream().map(c -> run.dir().relativize(c).toString()).collect(Collectors.joining(", "))
                        + ": the simulation did not finish normally", null);
    }
}
