package io.examday.harness.gate;

import io.examday.harness.run.Acknowledged;
import io.examday.harness.run.Audit;
import io.examday.harness.run.Run;
import java.util.List;
import java.util.function.ToLongFunction;

/** Every start, answer and submit the portal acknowledged to a client is in its database afterwards. */
final class NothingLost {

    private NothingLost() {}

    static List<Check> checks(Run run) {
        return List.of(
                check(run, "nothing-lost.starts", "Attempts stored vs starts acknowledged", Acknowledged::starts, Audit::attempts),
                check(run, "nothing-lost.answers", "Answers stored vs answers acknowledged", Acknowledged::answers, Audit::answers),
                check(run, "nothing-lost.submits", "Submitted (incl. auto-submitted) vs submits acknowledged",
                        Acknowledged::submits, a -> a.submitted() + a.autoSubmitted()));
    }

    private static Check check(Run run, String id, String name, ToLongFunction<Acknowledged> acknowledged, ToLongFunction<Audit> stored) {
        if (run.acknowledged().isEmpty() || run.audit().isEmpty()) {
            return Check.unmeasured(id, name, Role.THRESHOLD, null, "at least the acknowledged count",
                    "missing " + (run.acknowledged().isEmpty() ? "client/acknowledged.json" : "server/audit.json"));
        }
        long promised = acknowledged.applyAsLong(run.acknowledged().get());
        long held = stored.applyAsLong(run.audit().get());
        return Check.judged(id, name, Role.THRESHOLD, null, Compare.AT_LEAST, Unit.COUNT, promised, held,
                held < promised ? "%,d lost".formatted(promised - held) : null);
    }
}
