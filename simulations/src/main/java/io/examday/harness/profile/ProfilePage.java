package io.examday.harness.profile;

import static io.examday.harness.report.Html.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Renders profile.html: self-contained (style and SVG inline, no script, no external URL). */
final class ProfilePage {

    /** Frames under this share of all samples are not drawn; with the box cap it keeps the page to a few hundred KB. */
    static final double MIN_SHARE = 0.001;
    static final int MAX_BOXES = 4000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private ProfilePage() {}

    static String render(Profile p, String style) {
        StringBuilder h = new StringBuilder(256_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">")
                .append("<title>").append(text("Examday CPU profile — " + p.runId())).append("</title><style>").append(style)
                .append("</style></head><body><main>\n<h1>CPU profile of the portal</h1><p class=\"sub\">")
                .append(text("Run " + p.runId() + ": the portal's flight recording (server/portal.jfr, settings=profile)."))
                .append(" <a href=\"index.html\">Back to the run's report</a></p>\n")
                .append("<p class=\"callout\"><strong>Profiling is extra.</strong> The flight recorder and statement timings add ")
                .append("overhead, so this run's latency and CPU figures are not comparable with an unprofiled run's; the verdict ")
                .append("in the report is judged as for any run.</p>\n");
        overview(h, p);
        h.append("<h2>Flame graph</h2><p class=\"note\">Every CPU sample of the portal (jdk.ExecutionSample: threads running Java ")
                .append("code; GC threads and time in native code are not sampled), identical stacks merged, root at the top. A box's ")
                .append("width is its share of all samples; hover for the full name and counts. Frames under ")
                .append(String.format(Locale.ROOT, "%.1f %%", MIN_SHARE * 100)).append(" of samples are not drawn. ")
                .append("<span class=\"key own\">portal</span> <span class=\"key jdk\">JDK</span> <span class=\"key lib\">libraries</span></p>")
                .append("<div class=\"flame-box\">").append(FlameGraphSvg.render(p.flame(), MIN_SHARE, MAX_BOXES)).append("</div>\n");
        methods(h, p.methods());
        allocations(h, p.allocations());
        routes(h, p.routes());
        statements(h, p);
        return h.append("</main></body></html>\n").toString();
    }

    private static void overview(StringBuilder h, Profile p) {
        RouteCpu r = p.routes();
        long requests = r.routes().stream().mapToLong(RouteTotal::requests).sum();
        h.append("<dl>");
        String span = p.window().fromNanos() == Long.MIN_VALUE ? ""
                : SECONDS.format(Instant.ofEpochSecond(0, p.window().fromNanos())) + " to "
                + SECONDS.format(Instant.ofEpochSecond(0, p.window().toNanos())) + " UTC, ";
        item(h, "profiled", span + p.window().what() + String.format(Locale.ROOT,
                "; %,d CPU samples outside it are in nothing below", p.samplesOutsideWindow()));
        item(h, "CPU samples", String.format(Locale.ROOT, "%,d", r.samples()));
        item(h, "sampling period", p.period().map(d -> d.toMillis() + " ms (from the recording's jdk.ExecutionSample setting): "
                + "each sample stands for about one period of CPU on its thread").orElse("unknown: CPU milliseconds are not estimated"));
        item(h, "requests recorded", String.format(Locale.ROOT, "%,d (io.examday.RouteServed events)", requests));
        item(h, "samples outside any request", String.format(Locale.ROOT, "%,d (%.1f %%)", r.outside(), 100 * r.outsideShare()));
        item(h, "stacks truncated", String.format(Locale.ROOT, "%,d samples lost frames at their root side (the recording's stack depth)", p.truncatedStacks()));
        h.append("</dl>\n");
    }

    private static void item(StringBuilder h, String term, String value) {
        h.append("<dt>").append(text(term)).append("</dt><dd>").append(text(value)).append("</dd>");
    }

    private static void methods(StringBuilder h, TopMethods m) {
        h.append("<h2>Top methods by CPU</h2><p class=\"note\">Self: samples where the method was the running frame. ")
                .append("Total: samples where it was anywhere on the stack (a recursive method once).</p><div class=\"pair\">");
        methodTable(h, "by self samples", m.bySelf(), m.samples());
        methodTable(h, "by total samples", m.byTotal(), m.samples());
        h.append("</div>\n<h3>The portal's own methods (io.examday) by total samples</h3><div class=\"pair\">");
        methodTable(h, "the portal's code, inclusive of what it calls", m.ownByTotal(), m.samples());
        h.append("</div>\n");
    }

    private static void methodTable(StringBuilder h, String caption, List<MethodRow> rows, long samples) {
        h.append("<table><caption>").append(text(caption)).append("</caption><tr><th>method</th><th class=\"num\">self</th>")
                .append("<th class=\"num\">%</th><th class=\"num\">total</th><th class=\"num\">%</th></tr>");
        for (MethodRow r : rows) {
            h.append("<tr><td class=\"code\">").append(text(r.method())).append("</td>").append(num(r.self()))
                    .append(pct(r.self(), samples)).append(num(r.total())).append(pct(r.total(), samples)).append("</tr>");
        }
        h.append("</table>");
    }

    private static void allocations(StringBuilder h, TopAllocations a) {
        h.append("<h2>Top allocations</h2><p class=\"note\">Bytes estimated from jdk.ObjectAllocationSample weights (")
                .append(text(mib(a.bytes()))).append(" in all), by the allocating frame and by the class allocated.</p><div class=\"pair\">");
        weightTable(h, "allocating method", a.byMethod(), a.bytes());
        weightTable(h, "class", a.byClass(), a.bytes());
        h.append("</div>\n");
    }

    private static void weightTable(StringBuilder h, String what, List<WeightRow> rows, long bytes) {
        h.append("<table><caption>by ").append(text(what)).append("</caption><tr><th>").append(text(what))
                .append("</th><th class=\"num\">MiB</th><th class=\"num\">%</th></tr>");
        for (WeightRow r : rows) {
            h.append("<tr><td class=\"code\">").append(text(r.name())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,.1f", r.bytes() / 1048576.0)).append("</td>").append(pct(r.bytes(), bytes)).append("</tr>");
        }
        h.append("</table>");
    }

    private static void routes(StringBuilder h, RouteCpu r) {
        h.append("<h2>CPU per request, per route</h2><p class=\"note\">A sample belongs to the request whose ")
                .append("io.examday.RouteServed span on the same thread holds it (each request runs on a virtual thread of its ")
                .append("own). CPU ms per request = samples × sampling period ÷ requests: an estimate, good to a few samples, and low by ")
                .append("whatever the request spent in native code, which the sampler does not see. ")
                .append("Outside any request: Tomcat's work before the outermost filter and after it (reading the request, ")
                .append("writing the response), the management port's actuator endpoints (the harness scrapes Prometheus every ")
                .append("2 s), background jobs, Redis and database client threads.</p>");
        h.append("<table><tr><th>route</th><th class=\"num\">requests</th><th class=\"num\">CPU samples</th>")
                .append("<th class=\"num\">% of all samples</th><th class=\"num\">CPU ms per request</th></tr>");
        for (RouteTotal t : r.routes()) {
            h.append("<tr><td class=\"code\">").append(text(t.route())).append("</td>").append(num(t.requests()))
                    .append(num(t.samples())).append(pct(t.samples(), r.samples())).append(ms(r.cpuMsPerRequest(t.samples(), t.requests()))).append("</tr>");
        }
        h.append("<tr><td>outside any request</td><td></td>").append(num(r.outside())).append(pct(r.outside(), r.samples()))
                .append("<td></td></tr></table>\n");
        h.append("<h3>Over time (UTC)</h3><p class=\"legend\">");
        List<RouteTotal> drawn = RouteCpuChart.drawn(r);
        for (int i = 0; i < drawn.size(); i++) {
            h.append("<span style=\"color:").append(RouteCpuChart.COLOURS[i]).append("\">■</span> ")
                    .append(text(drawn.get(i).route())).append(" &nbsp; ");
        }
        h.append("<br><span class=\"note\">A route's minute with fewer than ").append(RouteCpuChart.MIN_REQUESTS)
                .append(" requests is not drawn (a sample or two would swing it); the table below has every minute.</span>");
        h.append("</p><div class=\"chart-box\">").append(RouteCpuChart.render(r)).append("</div>\n");
        h.append("<details><summary>Minute by minute</summary><table><tr><th>minute</th><th>route</th><th class=\"num\">requests</th>")
                .append("<th class=\"num\">CPU samples</th><th class=\"num\">CPU ms per request</th></tr>");
        for (RouteMinute m : r.minutes()) {
            h.append("<tr><td>").append(CLOCK.format(Instant.ofEpochMilli(m.minuteStartMillis()))).append("</td><td class=\"code\">")
                    .append(text(m.route())).append("</td>").append(num(m.requests())).append(num(m.samples()))
                    .append(ms(r.cpuMsPerRequest(m.samples(), m.requests()))).append("</tr>");
        }
        h.append("</table></details>\n<h3>Samples outside any request, by thread</h3><table><tr><th>threads</th>")
                .append("<th class=\"num\">samples</th><th class=\"num\">% of all samples</th></tr>");
        for (ThreadGroupRow g : r.outsideByThreads()) {
            h.append("<tr><td class=\"code\">").append(text(g.threads())).append("</td>").append(num(g.samples()))
                    .append(pct(g.samples(), r.samples())).append("</tr>");
        }
        h.append("</table>\n");
    }

    private static void statements(StringBuilder h, Profile p) {
        h.append("<h2>Slowest SQL statements</h2>");
        if (p.statements().isEmpty()) {
            h.append("<p class=\"note\">No io.examday.SqlStatement events: the portal ran without examday.telemetry.statement-timings.</p>\n");
            return;
        }
        h.append("<p class=\"note\">").append(String.format(Locale.ROOT, "%,d", p.sqlExecutions()))
                .append(" JDBC executions timed (wall time of the execute call, waiting for the database included), per distinct SQL ")
                .append("text, by total time; the top ").append(Profile.TOP_SQL).append(".</p><table><tr><th>SQL</th><th class=\"num\">count</th>")
                .append("<th class=\"num\">total ms</th><th class=\"num\">mean ms</th><th class=\"num\">p95 ms</th><th class=\"num\">max ms</th></tr>");
        for (SqlRow s : p.statements()) {
            h.append("<tr><td class=\"code sql\">").append(text(s.sql())).append("</td>").append(num(s.count()))
                    .append(ms(OptionalDouble.of(s.totalMs()))).append(ms(OptionalDouble.of(s.meanMs())))
                    .append(ms(OptionalDouble.of(s.p95Ms()))).append(ms(OptionalDouble.of(s.maxMs()))).append("</tr>");
        }
        h.append("</table>\n");
    }

    private static String num(long n) {
        return String.format(Locale.ROOT, "<td class=\"num\">%,d</td>", n);
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "<td class=\"num\">–</td>" : String.format(Locale.ROOT, "<td class=\"num\">%.1f</td>", 100.0 * part / whole);
    }

    private static String ms(OptionalDouble v) {
        return "<td class=\"num\">" + (v.isPresent() ? RouteCpuChart.number(v.getAsDouble()) : "–") + "</td>";
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MiB", bytes / 1048576.0);
    }
}
