package io.examday.harness.gate;

import io.examday.harness.run.Run;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Response times are read on the injector's clock. When a {@link Role#TIMING} check says that clock is in doubt
 * (requests left late, or Gatling and the recorder disagree), a response time that missed its budget may be the
 * injector's own delay, so it is not a measured failure: it becomes INCONCLUSIVE, and says why, unless the portal's
 * own clock shows the same budget missed in the same window ({@link PortalClock}): then no injector delay explains
 * it, and it stays a failure. Everything the portal counted itself (failed requests, statements, cache, CPU, what
 * was stored) keeps its verdict.
 */
final class ClientTimingTrust {

    /** Checks judged on the client's clock. */
    private static final List<String> CLIENT_TIMED = List.of("latency.", "regression.p95");

    private ClientTimingTrust() {}

    /** @param minRequests the fewest requests a window is judged on (the latency rule's) */
    static List<Check> apply(List<Check> checks, Run run, int minRequests) {
        List<Check> doubts = checks.stream()
                .filter(c -> c.role() == Role.TIMING && c.status() == Status.INCONCLUSIVE)
                .toList();
        if (doubts.isEmpty()) {
            return checks;
        }
        String why = "not trusted: " + doubts.stream().map(Check::id).collect(Collectors.joining(", "))
                + " put the client's timings in doubt";
        return checks.stream().map(c -> clientTimed(c) && c.status() == Status.FAIL ? reread(c, run, minRequests, why) : c)
                .toList();
    }

    private static Check reread(Check failed, Run run, int minRequests, String why) {
        Optional<String> confirmed = failed.id().startsWith("latency.")
                ? PortalClock.confirms(run, failed, minRequests) : Optional.empty();
        return confirmed.map(failed::withNote).orElseGet(() -> failed.distrusted(why));
    }

    private static boolean clientTimed(Check check) {
        return CLIENT_TIMED.stream().anyMatch(prefix -> check.id().startsWith(prefix));
    }
}
