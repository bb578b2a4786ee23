package io.examday.harness.gate;

import io.examday.harness.run.ClientSummary;
import io.examday.harness.run.InjectorRecording;
import io.examday.harness.run.LatencyLog;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.Instruments;
import io.examday.harness.threshold.Percent;
import io.examday.harness.threshold.Window;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/**
 * Gatling's own whole-run statistics against the recorder's ({@code client/summary.json}): two instruments on the
 * same requests over the same run. Request counts (all and per request name, OK and KO apart) and p95s must agree
 * within the threshold file's margins, and so must the means. Gatling keeps the mean exactly, so it carries the
 * precise comparison of timing; its p95 is an estimate (its report keeps t-digests, fed in time order), close in
 * rank but not in value where the tail is steep: on 2026-12-04 two login storms' p95s read 3,430 ms against the
 * recorder's 2,664 (its p95.7) and 1,602 ms against 1,006 (its p96.4), while counts and means agreed to a few
 * milliseconds. So Gatling's p95 must lie within the recorder's percentiles 95 ± the rank margin, widened by the
 * value margin at each end; when they do not, one instrument mis-measured and the client-timed figures
 * cannot be trusted, so the run is INCONCLUSIVE and the note names the figures that differ (the first six, and
 * how many more) and how long the injector itself took around its requests ({@code injector-delay.hlog}). Both
 * instruments time the same span, from the hand-over to Gatling's HTTP client to the complete response, so the
 * injector's own scheduling around a request is in neither; a starved injector shows in that note and in the
 * schedule lag, and a disagreement here is a mis-measurement.
 */
final class InstrumentAgreement {

    static final String ID = "instruments.agreement";
    private static final String NAME = "Gatling and the recorder agree";
    private static final int MOST_LISTED = 6;
    /**
     * Below this many requests a p95 is a name's slowest few, where one request's scheduling on either side decides
     * it (a name sent 8 times in smoke differed by 10.5 ms on clean runs); its counts are still compared.
     */
    static final int P95_FROM_REQUESTS = 100;

    private InstrumentAgreement() {}

    static Check check(Run run, Instruments rule) throws IOException {
        String target = "counts within " + rule.countsDifferAtMost() + ", means within " + rule.meanDiffersAtMost()
                + ", p95 within " + rule.p95DiffersAtMost() + " of the recorder's p95 ± " + rule.p95RankDiffersAtMost();
        if (run.summary().isEmpty()) {
            return Check.unmeasured(ID, NAME, Role.TIMING, Window.WHOLE_RUN, target,
                    "the recorder's figures are missing: no client/summary.json");
        }
        ClientSummary recorder = run.summary().get();
        Comparison c = new Comparison(rule);
        List<InjectorRecording> injectors = InjectorRecording.of(run);
        if (injectors.isEmpty()) {
            Optional<GatlingReport.Statistics> gatling = GatlingReport.read(run.dir());
            if (gatling.isEmpty()) {
                return Check.unmeasured(ID, NAME, Role.TIMING, Window.WHOLE_RUN, target,
                        "Gatling's own figures are missing: no statistics table in " + GatlingReport.FILE);
            }
            c.compareAll("", gatling.get(), recorder, run.latency());
        }
        // Gatling cannot merge its reports (3.12+): each injector's Gatling is held against that injector's recorder.
        for (InjectorRecording injector : injectors) {
            Optional<GatlingReport.Statistics> gatling = GatlingReport.read(injector.dir());
            String where = InjectorRecording.DIR + "/" + injector.index() + "/";
            if (gatling.isEmpty()) {
                return Check.unmeasured(ID, NAME, Role.TIMING, Window.WHOLE_RUN, target,
                        "Gatling's own figures are missing: no statistics table in " + where + GatlingReport.FILE);
            }
            if (injector.summary().isEmpty()) {
                return Check.unmeasured(ID, NAME, Role.TIMING, Window.WHOLE_RUN, target,
                        "the recorder's figures are missing: no " + where + "client/summary.json");
            }
            c.compareAll("injector " + injector.index() + ", ", gatling.get(), injector.summary().get(), injector.latency());
        }
        Check judged = Check.judged(ID, NAME, Role.TIMING, Window.WHOLE_RUN, Compare.AT_MOST, Unit.COUNT, 0,
                c.differ.size(), null);
        String measured = c.differ.isEmpty()
                ? "all " + c.compared + " figures agree"
                : c.differ.size() + " of " + c.compared + " figures differ";
        String listed = c.differ.stream().limit(MOST_LISTED).collect(Collectors.joining("; "));
        String note = c.differ.isEmpty() ? null
                : (c.differ.size() > MOST_LISTED ? listed + "; and " + (c.differ.size() - MOST_LISTED) + " more" : listed)
                        + injectorDelay(recorder);
        return new Check(ID, NAME, Role.TIMING, Window.WHOLE_RUN, target, measured, judged.measuredValue(),
                judged.limitValue(), judged.status(), note, null);
    }

    private static String injectorDelay(ClientSummary recorder) {
        return recorder.injectorDelay().filter(delay -> delay.count() > 0)
                .map(delay -> String.format(Locale.ROOT,
                        ". The injector itself took p95 %s, p99 %s, at most %s around its requests (client/injector-delay.hlog)",
                        Unit.MILLIS.format(delay.p95Ms()), Unit.MILLIS.format(delay.p99Ms()), Unit.MILLIS.format(delay.maxMs())))
                .orElse("");
    }

    /** Figures compared so far and the ones that differ, in words. */
    private static final class Comparison {

        private final Instruments rule;
        private final List<String> differ = new ArrayList<>();
        private int compared;

        Comparison(Instruments rule) {
            this.rule = rule;
        }

        /** The whole-run figures and every request name's, each figure's name led by {@code label}. */
        void compareAll(String label, GatlingReport.Statistics gatling, ClientSummary recorder, Optional<LatencyLog> log) {
            compare(label + "all requests", gatling.all(), recorder.global(), log.map(l -> l.all(Window.WHOLE_RUN)));
            TreeSet<String> names = new TreeSet<>(gatling.requests().keySet());
            names.addAll(recorder.requests().keySet());
            for (String name : names) {
                compare(label + name, gatling.requests().get(name), recorder.requests().get(name),
                        log.flatMap(l -> l.of(Window.WHOLE_RUN, name)));
            }
        }

        /**
         * Either side may lack a request name the other has: its counts are then zero and must differ. Without the
         * recorder's histogram (an older run folder) its p95 alone is the band.
         */
        void compare(String name, GatlingReport.Row gatling, ClientSummary.Figures recorder, Optional<Histogram> histogram) {
            count(name + " count", gatling == null ? 0 : gatling.total(), recorder == null ? 0 : recorder.count());
            count(name + " OK", gatling == null ? 0 : gatling.ok(), recorder == null ? 0 : recorder.ok());
            count(name + " KO", gatling == null ? 0 : gatling.ko(), recorder == null ? 0 : recorder.ko());
            if (gatling != null && recorder != null && recorder.count() >= P95_FROM_REQUESTS && gatling.meanMs().isPresent()) {
                compared++;
                double g = gatling.meanMs().getAsDouble();
                double allowed = rule.meanDiffersAtMost().of(recorder.meanMs());
                if (Math.abs(g - recorder.meanMs()) > allowed) {
                    differ.add(String.format(Locale.ROOT, "%s mean: Gatling %s, recorder %s (%s apart, at most %s)", name,
                            Unit.MILLIS.format(g), Unit.MILLIS.format(recorder.meanMs()),
                            Unit.MILLIS.format(Math.abs(g - recorder.meanMs())), Unit.MILLIS.format(allowed)));
                }
            }
            if (gatling != null && recorder != null && recorder.count() >= P95_FROM_REQUESTS && gatling.p95Ms().isPresent()) {
                compared++;
                double g = gatling.p95Ms().getAsDouble();
                double rank = rule.p95RankDiffersAtMost().percent();
                // The summary's p95 and the histogram's come from the same recorder; the band holds both regardless.
                double low = Math.min(recorder.p95Ms(),
                        histogram.map(h -> LatencyLog.millis(h.getValueAtPercentile(95 - rank))).orElse(recorder.p95Ms()));
                double high = Math.max(recorder.p95Ms(),
                        histogram.map(h -> LatencyLog.millis(h.getValueAtPercentile(95 + rank))).orElse(recorder.p95Ms()));
                double from = low - rule.p95DiffersAtMost().of(low);
                double to = high + rule.p95DiffersAtMost().of(high);
                if (g < from || g > to) {
                    differ.add(String.format(Locale.ROOT, "%s p95: Gatling %s, recorder %s (%s to %s allowed: its p%s to p%s, %s beyond)",
                            name, Unit.MILLIS.format(g), Unit.MILLIS.format(recorder.p95Ms()), Unit.MILLIS.format(Math.max(0, from)),
                            Unit.MILLIS.format(to), Percent.withoutTrailingZeros(95 - rank), Percent.withoutTrailingZeros(95 + rank), rule.p95DiffersAtMost()));
                }
            }
        }

        private void count(String figure, long gatling, long recorder) {
            compared++;
            double allowed = rule.countsDifferAtMost().of(recorder);
            if (Math.abs(gatling - recorder) > allowed) {
                differ.add(String.format(Locale.ROOT, "%s: Gatling %,d, recorder %,d (%,d apart, at most %,.0f)", figure,
                        gatling, recorder, Math.abs(gatling - recorder), allowed));
            }
        }
    }
}
