package io.examday.harness.report;

import static io.examday.harness.report.Html.text;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.baseline.ComparedFigures;
import io.examday.harness.gate.Check;
import io.examday.harness.gate.Status;
import io.examday.harness.gate.Verdict;
import io.examday.harness.run.AttackOutcome;
import io.examday.harness.run.CacheLookups;
import io.examday.harness.run.Run;
import io.examday.harness.run.RunDescription;
import io.examday.harness.run.Span;
import io.examday.harness.threshold.Window;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.json.JsonMapper;

/** Renders the self-contained report page: no external URL, scripts, styles and data all inline. */
final class ReportPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportPage() {}

    record Parts(Run run, Optional<Verdict> verdict, Optional<Baseline> baseline, List<Chart> charts,
                 List<EndpointRow> endpoints, Optional<AttackTable> attack, CacheTable caches, InstanceTable instances,
                 List<TrendRow> trend, boolean gatlingReport,
                 boolean profile,
                 String echarts, String script, String style) {}

    static String render(Parts p) {
        RunDescription d = p.run().description();
        StringBuilder h = new StringBuilder(p.echarts().length() + 64_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<link rel=\"icon\" href=\"data:,\">")
                .append("<title>").append(text("Examday " + d.scenario() + " — " + d.runId())).append("</title>")
                .append("<style>").append(p.style()).append("</style></head><body><main>\n");
        h.append("<h1>").append(text("Load test: " + d.scenario())).append("</h1>")
                .append("<p class=\"sub\">").append(text("Run " + d.runId() + ", started " + d.startedAt()
                        + (d.target() == null ? "" : ", against " + d.target()))).append("</p>\n");
        verdict(h, p.verdict());
        callouts(h, p.verdict());
        thresholds(h, p.verdict());
        injector(h, InjectorFigures.of(p.run()));
        faults(h, FaultRows.of(p.run(), p.verdict()));
        h.append("<h2>Over time</h2><p class=\"note\">The shaded band is the full-load window; dashed red lines are the thresholds; a red band marks the worst window a check judged.</p>")
                .append("<div class=\"charts\">");
        for (Chart c : p.charts()) {
            h.append("<div class=\"chart\" id=\"chart-").append(text(c.id())).append("\"></div>");
        }
        h.append("</div>\n");
        endpoints(h, p.endpoints());
        p.attack().ifPresent(a -> attack(h, a));
        caches(h, p.caches());
        instances(h, p.instances());
        trend(h, p.trend());
        baseline(h, p.run(), p.baseline(), p.verdict());
        machine(h, d);
        if (p.gatlingReport()) {
            h.append("<h2>Gatling's own report</h2><p><a href=\"gatling/index.html\">Open Gatling's report for this run</a>")
                    .append(" (kept in this run folder).</p>\n");
        }
        if (p.profile()) {
            h.append("<h2>CPU profile</h2><p><a href=\"profile.html\">Open the portal's CPU profile for this run</a>")
                    .append(" (flame graph, CPU per request per route, slowest SQL; the recording's overhead makes this run's")
                    .append(" latency not comparable with an unprofiled run's).</p>\n");
        }
        h.append("<script type=\"application/json\" id=\"report-data\">").append(Html.json(data(p))).append("</script>\n")
                .append("<script>").append(Html.script(p.echarts())).append("</script>\n")
                .append("<script>").append(Html.script(p.script())).append("</script>\n")
                .append("</main></body></html>\n");
        return h.toString();
    }

    private static void verdict(StringBuilder h, Optional<Verdict> verdict) {
        String outcome = verdict.map(v -> v.verdict().name()).orElse("NONE");
        String words = verdict.map(Verdict::summary).orElse("This run has not been judged yet: run the gate on it.");
        h.append("<section class=\"verdict ").append(outcome).append("\" id=\"verdict\"><strong>")
                .append(text(verdict.isPresent() ? outcome : "NOT JUDGED")).append("</strong><p>")
                .append(text(words)).append("</p></section>\n");
    }

    /**
     * What the verdict could not judge, right under it: a regression check with no baseline to compare with (a table
     * row alone reads too easily as "fine"), and two instruments that disagree.
     */
    private static void callouts(StringBuilder h, Optional<Verdict> verdict) {
        List<Check> checks = verdict.map(Verdict::checks).orElse(List.of());
        checks.stream().filter(c -> c.id().equals("regression.p95") && c.status() == Status.NOTE).findFirst()
                .ifPresent(c -> callout(h, "regression", "Regression " + c.measured(), c.note()));
        checks.stream().filter(c -> c.id().equals("instruments.agreement") && c.status() == Status.INCONCLUSIVE).findFirst()
                .ifPresent(c -> callout(h, "instruments", "Gatling and the recorder disagree: " + c.measured(), c.note()));
    }

    private static void callout(StringBuilder h, String id, String title, String words) {
        h.append("<section class=\"callout\" id=\"callout-").append(id).append("\"><strong>").append(text(title))
                .append("</strong><p>").append(text(words)).append("</p></section>\n");
    }

    private static void thresholds(StringBuilder h, Optional<Verdict> verdict) {
        if (verdict.isEmpty()) {
            return;
        }
        h.append("<h2>Thresholds (").append(text(verdict.get().thresholds())).append(")</h2><table id=\"thresholds\"><thead><tr>")
                .append("<th>Threshold</th><th>Window</th><th>Target</th><th>Measured</th><th>Result</th><th>Gatling</th><th>Note</th>")
                .append("</tr></thead><tbody>");
        for (Check c : verdict.get().checks()) {
            h.append("<tr><td>").append(text(c.name())).append("</td><td>")
                    .append(text(c.window() == null ? "" : c.window().word())).append("</td><td>")
                    .append(text(c.target())).append("</td><td class=\"num\">").append(text(c.measured()))
                    .append("</td><td class=\"status ").append(c.status().name()).append("\">").append(c.status().name())
                    .append("</td><td>").append(text(c.gatling())).append("</td><td class=\"note\">")
                    .append(text(c.note())).append("</td></tr>");
        }
        h.append("</tbody></table>\n");
    }

    /** How late the injector sent, beside the machine's CPU: the reason to trust, or not, the client's timings. */
    private static void injector(StringBuilder h, InjectorFigures f) {
        h.append("<h2>The injector's schedule</h2><p class=\"note\">How late requests left against when they were due ")
                .append("(arrivals, ends of think time, autosave and poll ticks). A starved injector sends late and then ")
                .append("times its own queue, not the portal; on shared cores it shows low CPU of its own, so the machine's ")
                .append("CPU goes beside it.</p><table id=\"injector\"><thead><tr><th class=\"num\">Scheduled requests</th>")
                .append("<th class=\"num\">Lag p50</th><th class=\"num\">Lag p99</th><th class=\"num\">Lag max</th>")
                .append("<th class=\"num\">Machine CPU mean</th><th class=\"num\">Machine CPU peak</th></tr></thead><tbody><tr>")
                .append("<td class=\"num\">").append(f.lagP99Ms() == null ? "not recorded" : count(f.scheduled()))
                .append("</td><td class=\"num\">").append(ms(f.lagP50Ms())).append("</td><td class=\"num\">")
                .append(ms(f.lagP99Ms())).append("</td><td class=\"num\">").append(ms(f.lagMaxMs()))
                .append("</td><td class=\"num\">").append(percent(f.machineCpuMean())).append("</td><td class=\"num\">")
                .append(percent(f.machineCpuPeak())).append("</td></tr></tbody></table>\n");
        if (!f.slices().isEmpty()) {
            slices(h, f.slices());
        }
    }

    /** A split run's injectors side by side: one starved or stopped behind the others shows here. */
    private static void slices(StringBuilder h, List<InjectorFigures.Slice> slices) {
        long all = slices.stream().mapToLong(s -> s.requests() == null ? 0 : s.requests()).sum();
        h.append("<p class=\"note\">This run was split over ").append(slices.size()).append(" injector JVMs, each ")
                .append("playing a slice of the cohort on one shared schedule; their recordings were merged, histogram by ")
                .append("histogram, into the figures above. Gatling cannot merge its own reports, so each injector keeps its own.</p>")
                .append("<table id=\"injectors\"><thead><tr><th>Injector</th><th class=\"num\">Share of the cohort</th>")
                .append("<th class=\"num\">Requests</th><th class=\"num\">Share of requests</th><th class=\"num\">Failed</th>")
                .append("<th class=\"num\">Lag p99</th><th>Gatling's report</th></tr></thead><tbody>");
        for (InjectorFigures.Slice s : slices) {
            h.append("<tr><td>").append(s.index()).append("</td><td class=\"num\">").append(percent(s.cohortShare()))
                    .append("</td><td class=\"num\">").append(s.requests() == null ? "not recorded" : count(s.requests()))
                    .append("</td><td class=\"num\">").append(s.requests() == null || all == 0 ? "–" : percent((double) s.requests() / all))
                    .append("</td><td class=\"num\">").append(s.failed() == null ? "–" : count(s.failed()))
                    .append("</td><td class=\"num\">").append(ms(s.lagP99Ms())).append("</td><td>")
                    .append(s.gatlingReport() ? "<a href=\"injectors/" + s.index() + "/gatling/index.html\">open</a>" : "not kept")
                    .append("</td></tr>");
        }
        h.append("</tbody></table>\n");
    }

    /** A chaos or zero-downtime run's faults: what was done when, how long until the portal recovered, what failed meanwhile. */
    private static void faults(StringBuilder h, List<FaultRows> rows) {
        if (rows.isEmpty()) {
            return;
        }
        h.append("<h2>Faults</h2><p class=\"note\">Each fault as simulations/bin/chaos or zero-downtime injected it ")
                .append("(server/faults.jsonl). Recovered: the health UP (database and Redis included) of the portal, or of ")
                .append("the instance restarted (from the next build, for a rolling deploy's step) and back in Nginx's rotation, and a candidate's sign-in and exam list answering. Its window, in which failed requests are the fault's own, runs from the injection to ")
                .append("the recovery plus the threshold file's margin; outside every window none may fail (faults.* checks above). ")
                .append("The charts mark each fault from injection to recovery in orange.</p>")
                .append("<table id=\"faults\"><thead><tr><th>Fault</th><th class=\"num\">Injected after the first arrival</th>")
                .append("<th class=\"num\">Process back after</th><th class=\"num\">Recovered after</th>")
                .append("<th class=\"num\">Failed requests in its window</th><th>Window</th></tr></thead><tbody>");
        for (FaultRows r : rows) {
            h.append("<tr><td>").append(text(r.fault().kind())).append("</td><td class=\"num\">")
                    .append(seconds(r.offsetMillis())).append("</td><td class=\"num\">")
                    .append(seconds(r.fault().downTo() - r.fault().injectedAt())).append("</td><td class=\"num\">")
                    .append(r.fault().recoveryMillis().isPresent() ? seconds(r.fault().recoveryMillis().getAsLong()) : "never")
                    .append("</td><td class=\"num\">").append(text(r.failedInWindow().orElse("–")))
                    .append("</td><td>").append(text(r.window().orElse("–"))).append("</td></tr>");
        }
        h.append("</tbody></table>\n");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static void endpoints(StringBuilder h, List<EndpointRow> rows) {
        h.append("<h2>Per endpoint (whole run)</h2>");
        if (rows.isEmpty()) {
            h.append("<p class=\"note\">No requests were recorded.</p>\n");
            return;
        }
        h.append("<table id=\"endpoints\"><thead><tr><th>Request</th><th class=\"num\">Count</th><th class=\"num\">Errors</th>")
                .append("<th class=\"num\">p50</th><th class=\"num\">p95</th><th class=\"num\">p99</th>")
                .append("<th class=\"num\">SQL statements / request</th></tr></thead><tbody>");
        for (EndpointRow r : rows) {
            h.append("<tr><td>").append(text(r.name())).append("</td><td class=\"num\">").append(count(r.count()))
                    .append("</td><td class=\"num\">").append(count(r.errors()))
                    .append("</td><td class=\"num\">").append(ms(r.p50Ms())).append("</td><td class=\"num\">").append(ms(r.p95Ms()))
                    .append("</td><td class=\"num\">").append(ms(r.p99Ms())).append("</td><td class=\"num\">")
                    .append(r.statementsPerRequest() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.statementsPerRequest()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>\n");
    }

    /** The attack's answers beside the candidates' sign-ins: the throttle must stop one without the other noticing. */
    private static void attack(StringBuilder h, AttackTable table) {
        h.append("<h2>The attack beside the candidates</h2>");
        if (table.outcome().isEmpty()) {
            h.append("<p class=\"callout\"><strong>No answers recorded</strong> for the attack this scenario planned")
                    .append(" (client/attack.json is missing or unreadable): the attack checks are unmeasured.</p>\n");
            return;
        }
        AttackOutcome a = table.outcome().get();
        var most = a.mostChecked();
        h.append("<p class=\"note\">").append(text(String.format(Locale.ROOT,
                        "Wrong admission codes for the cohort's own accounts, through the candidates' sign-in, from %d addresses of"
                                + " the attack's own: %,d of %,d planned guesses sent. Guesses are not candidates' requests: they"
                                + " are in none of the clients' figures above (requests, errors, latency, nothing lost); the"
                                + " portal's own figures (CPU, SQL statements, caches) include them, as it served them. Most"
                                + " checked from one address: %,d (%s).", a.addresses(), a.sent(), a.planned(), most.getValue(), most.getKey())))
                .append("</p><table id=\"attack\"><thead><tr><th>Answer</th><th class=\"num\">Guesses</th>")
                .append("<th class=\"num\">Share</th><th>Meaning</th></tr></thead><tbody>");
        attackRow(h, "401", a.checked(), a.sent(), "checked, and wrong");
        attackRow(h, "429", a.throttled(), a.sent(), "refused unchecked: the address is throttled");
        attackRow(h, "200", a.admitted(), a.sent(), "a wrong code signed in: must be none");
        attackRow(h, "other", a.other(), a.sent(), "a 5xx or no answer: must be none");
        h.append("</tbody></table>");
        h.append("<p class=\"note\">").append(text(table.signIns()
                .map(r -> String.format(Locale.ROOT, "The candidates' own sign-ins (%s) over the whole run: %,d, %,d failed,"
                        + " p95 %s; no guess is among them.", r.name(), r.count(), r.errors(), ms(r.p95Ms())))
                .orElse("The candidates made no sign-in of their own in this run."))).append("</p>\n");
    }

    private static void attackRow(StringBuilder h, String answer, long guesses, long sent, String meaning) {
        h.append("<tr><td>").append(text(answer)).append("</td><td class=\"num\">").append(count(guesses))
                .append("</td><td class=\"num\">").append(sent == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * guesses / sent))
                .append("</td><td>").append(text(meaning)).append("</td></tr>");
    }

    private static void caches(StringBuilder h, CacheTable table) {
        h.append("<h2>Caches by layer (").append(text(table.window().word())).append(")</h2>");
        if (table.lookups().isEmpty() || table.lookups().get().caches().isEmpty()) {
            h.append("<p class=\"note\">No cache lookups were sampled in this window.</p>\n");
            return;
        }
        CacheLookups lookups = table.lookups().get();
        h.append("<p class=\"note\">local = each portal instance's own short-lived copies; shared = Redis, between the portal")
                .append(" and PostgreSQL, asked when the local copy misses.</p>")
                .append("<table id=\"caches\"><thead><tr><th>Layer</th><th>Cache</th><th class=\"num\">Hits</th>")
                .append("<th class=\"num\">Misses</th><th class=\"num\">Hit rate</th><th>Note</th></tr></thead><tbody>");
        for (String layer : lookups.layers()) {
            CacheLookups.Layer total = lookups.layer(layer);
            cacheRow(h, layer, "all caches", total.hits(), total.misses(), total.hitRate(), null);
            for (CacheLookups.Cache c : lookups.of(layer)) {
                cacheRow(h, layer, c.cache(), c.hits(), c.misses(), c.hitRate(), c.fault());
            }
        }
        h.append("</tbody></table>\n");
    }

    private static void cacheRow(StringBuilder h, String layer, String cache, double hits, double misses, OptionalDouble rate,
                                 String note) {
        h.append("<tr><td>").append(text(CacheLookups.layerWord(layer))).append("</td><td>").append(text(cache))
                .append("</td><td class=\"num\">").append(count(Math.round(hits)))
                .append("</td><td class=\"num\">").append(count(Math.round(misses)))
                .append("</td><td class=\"num\">")
                .append(rate.isPresent() ? String.format(Locale.ROOT, "%.1f%%", rate.getAsDouble() * 100) : "–")
                .append("</td><td class=\"note\">").append(text(note)).append("</td></tr>");
    }

    /** Only for a run against several instances: how Nginx spread the requests, and what each instance burned. */
    private static void instances(StringBuilder h, InstanceTable table) {
        if (table.rows().isEmpty()) {
            return;
        }
        h.append("<h2>Portal instances (full load)</h2><p class=\"note\">Requests each instance answered on its main port,")
                .append(" and its own CPU as a share of all the machine's cores; the worker-only instance answers none.</p>")
                .append("<table id=\"instances\"><thead><tr><th>Instance</th><th class=\"num\">Requests</th>")
                .append("<th class=\"num\">Share of requests</th><th class=\"num\">CPU</th></tr></thead><tbody>");
        for (InstanceTable.Row r : table.rows()) {
            h.append("<tr><td>").append(text(r.instance())).append("</td><td class=\"num\">")
                    .append(count(Math.round(r.requests()))).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.1f%%", r.share() * 100)).append("</td><td class=\"num\">")
                    .append(r.cpu().isPresent() ? String.format(Locale.ROOT, "%.1f%%", r.cpu().getAsDouble() * 100) : "–")
                    .append("</td></tr>");
        }
        h.append("</tbody></table>\n");
    }

    private static void trend(StringBuilder h, List<TrendRow> trend) {
        h.append("<h2>Earlier runs of this scenario</h2>");
        if (trend.size() < 2) {
            h.append("<p class=\"note\">This is the only judged run of this scenario in this reports folder.</p>\n");
            return;
        }
        h.append("<div class=\"chart\" id=\"chart-trend\"></div><table id=\"trend\"><thead><tr><th>Run</th><th>Started</th>")
                .append("<th>Verdict</th><th class=\"num\">p95</th><th class=\"num\">Peak candidates</th><th class=\"num\">Requests</th>")
                .append("</tr></thead><tbody>");
        for (TrendRow r : trend) {
            String link = r.current() ? text(r.runId()) + " (this run)"
                    : "<a href=\"../" + text(r.runId()) + "/index.html\">" + text(r.runId()) + "</a>";
            h.append("<tr><td>").append(link).append("</td><td>").append(text(String.valueOf(r.startedAt())))
                    .append("</td><td class=\"status ").append(text(r.verdict())).append("\">").append(text(r.verdict()))
                    .append("</td><td class=\"num\">").append(ms(r.p95Ms())).append("</td><td class=\"num\">")
                    .append(count(r.peakActiveUsers())).append("</td><td class=\"num\">").append(count(r.requests()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>\n");
    }

    private static void baseline(StringBuilder h, Run run, Optional<Baseline> baseline, Optional<Verdict> verdict) {
        h.append("<h2>Against the baseline</h2>");
        if (baseline.isEmpty()) {
            h.append("<p class=\"callout\"><strong>Not judged: no baseline</strong> for this scenario: no regression check")
                    .append(" compared this run with anything. Promote a passing run with <code>make baseline RUN=reports/&lt;run-id&gt;</code>.</p>\n");
            return;
        }
        Baseline b = baseline.get();
        ComparedFigures was = b.figures();
        // This run's figures are computed as the baseline's were, so they show even when no check compared them.
        ComparedFigures is = ComparedFigures.of(run);
        Optional<Verdict.Figures> now = verdict.map(Verdict::figures);
        Window window = now.map(f -> Window.of(f.p95Window())).orElse(Window.FULL_LOAD);
        h.append("<p>").append(text("Baseline run " + b.runId() + " (started " + b.startedAt() + ", promoted " + b.promotedAt()
                        + ", on " + (b.machine() == null ? "an unrecorded machine" : b.machine()) + ")."))
                .append("</p><table id=\"baseline\"><thead><tr><th>Figure</th><th class=\"num\">Baseline</th><th class=\"num\">This run</th></tr></thead><tbody>")
                .append("<tr><td>").append(text("p95 response time (" + window.word() + ")")).append("</td><td class=\"num\">")
                .append(ms(b.p95Ms(window).orElse(null))).append("</td><td class=\"num\">")
                .append(ms(now.map(Verdict.Figures::p95Ms).orElse(null))).append("</td></tr>")
                .append("<tr><td>Peak active candidates</td><td class=\"num\">").append(count(b.peakActiveUsers()))
                .append("</td><td class=\"num\">").append(now.map(f -> count(f.peakActiveUsers())).orElse("–")).append("</td></tr>")
                .append("<tr><td>Requests</td><td class=\"num\">").append(count(b.requests()))
                .append("</td><td class=\"num\">").append(now.map(f -> count(f.requests())).orElse("–")).append("</td></tr>")
                .append("<tr><td>Portal CPU per request (full-load)</td><td class=\"num\">").append(ms(was.cpuPerRequestMs()))
                .append("</td><td class=\"num\">").append(ms(is.cpuPerRequestMs())).append("</td></tr>")
                .append("<tr><td>SQL statements per request (whole-run)</td><td class=\"num\">").append(number(was.statementsMean()))
                .append("</td><td class=\"num\">").append(number(is.statementsMean())).append("</td></tr>")
                .append("</tbody></table>");
        unjudged(verdict, "regression.cpu-per-request").ifPresent(note -> h.append("<p class=\"note\">")
                .append(text("Portal CPU per request not judged against the baseline: " + note)).append("</p>"));
        h.append("<p class=\"note\">Each endpoint's p95 against the baseline is in the thresholds table.</p>\n");
    }

    /** Why a regression check did not judge this run, when it did not. */
    private static Optional<String> unjudged(Optional<Verdict> verdict, String id) {
        return verdict.flatMap(v -> v.checks().stream().filter(c -> c.id().equals(id)).findFirst())
                .filter(c -> c.status() != Status.PASS && c.status() != Status.FAIL)
                .map(Check::measured);
    }

    private static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void machine(StringBuilder h, RunDescription d) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("Scenario file", d.scenarioFile());
        facts.put("Target", d.target());
        facts.put("Metrics", d.metricsUrl());
        facts.put("Started", d.startedAt());
        facts.put("Ended", d.endedAt());
        facts.put("Time compression", d.timeCompression());
        facts.put("Expected candidates", d.expected().candidates());
        facts.put("Expected peak concurrent", d.expected().peakConcurrentCandidates());
        facts.put("Expected requests", d.expected().requests());
        facts.put("Before the load", d.rehearsal() == null ? "no rehearsal: the cohort met a portal cold at the open"
                : d.rehearsal());
        facts.put("Gatling exit status", d.gatlingExitStatus() == null ? "not recorded" : d.gatlingExitStatus());
        facts.put("Full load", d.fullLoad() == null ? "never reached" : d.fullLoad().from() + " – " + d.fullLoad().to());
        for (RunDescription.Phase phase : d.phases()) {
            facts.put("Phase " + phase.name(), phase.from() + " – " + phase.to());
        }
        d.injector().forEach((k, v) -> facts.put("Injector " + k, v));
        d.machine().forEach((k, v) -> facts.put("Machine " + k, v));
        h.append("<h2>Where and how it ran</h2><dl id=\"machine\">");
        facts.forEach((k, v) -> {
            if (v != null) {
                h.append("<dt>").append(text(k)).append("</dt><dd>").append(text(String.valueOf(v))).append("</dd>");
            }
        });
        h.append("</dl>\n");
    }

    private static String data(Parts p) {
        Map<String, Object> data = new LinkedHashMap<>();
        Span full = p.run().full();
        data.put("fullLoad", full.to() > full.from() ? List.of(full.from(), full.to()) : null);
        // Every chart on the run's own time axis, so a moment (a fault, a stall) lines up from chart to chart.
        Span whole = p.run().whole();
        data.put("span", whole.to() > whole.from() ? List.of(whole.from(), whole.to()) : null);
        List<Map<String, Object>> charts = new ArrayList<>();
        for (Chart c : p.charts()) {
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("id", c.id());
            chart.put("title", c.title());
            chart.put("unit", c.unit());
            chart.put("limit", c.limit());
            chart.put("series", c.series().stream().map(l -> Map.of("name", l.name(), "points", l.points())).toList());
            chart.put("worst", c.worst() == null ? null : Map.of("from", c.worst().from(), "to", c.worst().to(), "label", c.worst().label()));
            chart.put("faults", c.faults().stream().map(m -> Map.of("from", m.from(), "to", m.to(), "label", m.label())).toList());
            charts.add(chart);
        }
        data.put("charts", charts);
        data.put("trend", p.trend().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("runId", r.runId());
            row.put("p95Ms", r.p95Ms());
            return row;
        }).toList());
        return JSON.writeValueAsString(data);
    }

    private static String ms(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, value < 10 ? "%.1f ms" : "%,.0f ms", value);
    }

    private static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

}
