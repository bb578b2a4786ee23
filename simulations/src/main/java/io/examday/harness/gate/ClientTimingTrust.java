package io.examday.harness.gate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Response times are read on the injector's clock. When a {@link Role#TIMING} check says that clock is in doubt
 * (requests left late, or Gatling and the recorder disagree), a response time that missed its budget may be the
 * injector's own delay, so it is not a measured failure: it becomes INCONCLUSIVE, and says why. Everything the
 * portal counted itself (failed requests, statements, cache, CPU, what was stored) keeps its verdict.
 */
final class ClientTimingTrust {

    /** Checks judged on the client's clock. */
    private static final List<String> CLIENT_TIMED = List.of("latency.", "regression.p95");

    private ClientTimingTrust() {}

    static List<Check> apply(List<Check> checks) {
        List<Check> doubts = checks.stream()
                .filter(c -> c.role() == Role.TIMING && c.status() == Status.INCONCLUSIVE)
                .toList();
        if (doubts.isEmpty()) {
            return checks;
        }
        String why = "not trusted: " + doubts.stream().map(Check::id).collect(Collectors.joining(", "))
                + " put the client's timings in doubt";
        return checks.stream().map(c -> clientTimed(c) && c.status() == Status.FAIL ? c.distrusted(why) : c).toList();
    }

    private static boolean clientTimed(Check check) {
        return CLIENT_TIMED.stream().anyMatch(prefix -> check.id().startsWith(prefix));
    }
}
