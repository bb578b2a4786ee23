package io.examday.harness.gate;

import io.examday.harness.run.InjectorRecording;
import io.examday.harness.run.LagLog;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.Delivery;
import io.examday.harness.threshold.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Of a run split over several injector JVMs, whether each one delivered its slice: its requests against its share
 * of the expected requests (the cohort's share it played), and its own schedule lag p99. The merged figures could
 * hide one injector starved or stopped behind another that ran well; this names it. Absent for one injector.
 */
final class InjectorDelivery {

    static final String ID = "delivery.injectors";
    private static final String NAME = "Each injector delivered its slice";

    private InjectorDelivery() {}

    static Optional<Check> check(Run run, List<InjectorRecording> injectors, Delivery rule) {
        if (injectors.isEmpty()) {
            return Optional.empty();
        }
        String target = "each: requests at least " + rule.requestsAtLeast() + " of its share, schedule lag p99 at most "
                + Unit.MILLIS.format(rule.scheduleLagP99AtMost().value());
        long expected = run.description().expected().requests();
        List<String> shortOf = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (InjectorRecording injector : injectors) {
            String who = "injector " + injector.index();
            long owed = (long) Math.ceil(expected * injector.cohortShare() * rule.requestsAtLeast().fraction());
            Optional<Long> sent = injector.summary().map(s -> s.global().count());
            Optional<Double> lagP99 = injector.lag().map(LagLog::all).filter(h -> h.getTotalCount() > 0)
                    .map(h -> LatencyLog.millis(h.getValueAtPercentile(99)));
            if (sent.isEmpty()) {
                shortOf.add(who + ": no client/summary.json");
            } else if (sent.get() < owed) {
                shortOf.add(String.format(Locale.ROOT, "%s: %,d requests, %,d owed", who, sent.get(), owed));
            }
            if (lagP99.isPresent() && lagP99.get() > rule.scheduleLagP99AtMost().value()) {
                shortOf.add(who + ": schedule lag p99 " + Unit.MILLIS.format(lagP99.get()));
            }
            figures.add(String.format(Locale.ROOT, "%s: %s of the cohort, %s requests, lag p99 %s", who,
                    Unit.SHARE.format(injector.cohortShare()),
                    sent.map(n -> String.format(Locale.ROOT, "%,d", n)).orElse("unknown"),
                    lagP99.map(Unit.MILLIS::format).orElse("unknown")));
        }
        Check judged = Check.judged(ID, NAME, Role.DELIVERY, Window.WHOLE_RUN, Compare.AT_MOST, Unit.COUNT, 0,
                shortOf.size(), String.join("; ", figures));
        String measured = shortOf.isEmpty() ? "all " + injectors.size() + " delivered" : String.join("; ", shortOf);
        return Optional.of(new Check(ID, NAME, judged.role(), judged.window(), target, measured, judged.measuredValue(),
                judged.limitValue(), judged.status(), judged.note(), null));
    }
}
