package io.examday.harness.gate;

import io.examday.harness.run.RunDescription;
import io.examday.harness.threshold.Window;
import java.util.Optional;

/**
 * An endpoint budget whose route got no request in its window. A budget that silently judges nothing would let a
 * renamed route escape its budget, so it is INCONCLUSIVE unless run.json shows this scenario never sends the route.
 */
final class SilentRoute {

    private SilentRoute() {}

    /**
     * @param inRun  requests of this name over the whole run (a full-load budget may miss a route sent only outside it)
     * @param routes run.json {@code routes}, absent in runs recorded before it was written
     */
    static Check check(String name, String target, Window window, long inRun, Optional<RunDescription.Routes> routes) {
        String id = "latency.p95." + name;
        String title = "p95 " + name;
        if (inRun > 0) {
            return Check.note(id, title, window, target, "no requests",
                    "%,d requests in the run, none in the %s window".formatted(inRun, window.word()));
        }
        if (routes.isEmpty()) {
            return Check.unmeasured(id, title, Role.THRESHOLD, window, target,
                    "no request of this name, and run.json lists no routes (recorded before it did): cannot tell whether"
                            + " this scenario sends it or the route was renamed");
        }
        if (!routes.get().known().contains(name)) {
            return Check.unmeasured(id, title, Role.THRESHOLD, window, target,
                    "no journey sends a request of this name: renamed? The harness knows "
                            + String.join(", ", routes.get().known()));
        }
        if (routes.get().sent().contains(name)) {
            return Check.unmeasured(id, title, Role.THRESHOLD, window, target,
                    "this scenario's journeys send it, but not one was recorded");
        }
        return Check.note(id, title, window, target, "no requests", "this scenario does not send it");
    }
}
