package io.examday.harness.capacity;

import static io.examday.harness.report.Html.text;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The capacity search's own page ({@code index.html} in its folder): the answer in a sentence, every step with a link
 * to its run's report, and p95, CPU per request and throughput drawn against the cohort as inline SVG, so the page
 * opens offline with no script at all.
 */
final class CapacityPage {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 220;
    private static final int PAD = 44;
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#1d2430;padding:0 1rem}
            table{border-collapse:collapse;margin:1rem 0}td,th{border-bottom:1px solid #d8dde6;padding:.3rem .6rem;text-align:right}
            td:first-child,th:first-child,td.words{text-align:left}.PASS{color:#17653a}.FAIL{color:#b3261e}
            .INCONCLUSIVE,.NOT_RUN{color:#8a5a00}.charts{display:flex;flex-wrap:wrap;gap:1rem}
            figure{margin:0}figcaption{font-weight:600}svg text{font-size:11px;fill:#4a5568}
            """;

    private CapacityPage() {}

    static String render(CapacitySearch search) {
        StringBuilder h = new StringBuilder(16_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">")
                .append("<title>").append(text("Examday capacity: " + search.scenario())).append("</title><style>")
                .append(STYLE).append("</style></head><body><main>\n<h1>")
                .append(text("Capacity search: " + search.scenario())).append("</h1>\n<p id=\"result\">")
                .append(text(search.result())).append("</p>\n<p>")
                .append(text("Every step runs " + search.scenarioFile() + " with only the number of candidates changed, gated"
                        + " by the same threshold file. Planned steps: " + String.join(", ",
                        search.planned().stream().map(n -> String.format(Locale.ROOT, "%,d", n)).toList())
                        + "; after the first failure the search bisects between the last pass and it."))
                .append("</p>\n");
        table(h, search.steps());
        List<CapacityStep> plotted = search.steps().stream().filter(s -> !CapacityStep.NOT_RUN.equals(s.verdict()))
                .sorted((a, b) -> Integer.compare(a.candidates(), b.candidates())).toList();
        h.append("<div class=\"charts\">");
        chart(h, "p95 of all requests, whole run (ms)", plotted, CapacityStep::p95Ms);
        chart(h, "p95 of all requests, worst window (ms)", plotted, CapacityStep::worstWindowP95Ms);
        chart(h, "Portal CPU per request (ms)", plotted, CapacityStep::cpuPerRequestMs);
        chart(h, "Requests per second at full load", plotted, CapacityStep::requestsPerSecond);
        h.append("</div>\n</main></body></html>\n");
        return h.toString();
    }

    private static void table(StringBuilder h, List<CapacityStep> steps) {
        h.append("<table id=\"steps\"><thead><tr><th>Candidates</th><th>Verdict</th><th>First threshold broken</th>")
                .append("<th>p95 whole run</th><th>p95 worst window</th><th>CPU per request</th><th>CPU peak</th>")
                .append("<th>req/s full load</th><th>Run</th></tr></thead><tbody>");
        for (CapacityStep s : steps) {
            h.append("<tr><td>").append(String.format(Locale.ROOT, "%,d", s.candidates())).append("</td><td class=\"")
                    .append(text(s.verdict())).append("\">").append(text(s.verdict())).append("</td><td class=\"words\">")
                    .append(text(s.firstBroken() == null ? "–" : s.firstBroken())).append("</td><td>")
                    .append(figure(s.p95Ms(), "%,.0f ms")).append("</td><td>").append(figure(s.worstWindowP95Ms(), "%,.0f ms"))
                    .append("</td><td>").append(figure(s.cpuPerRequestMs(), "%.2f ms")).append("</td><td>")
                    .append(figure(s.cpuPeak() == null ? null : s.cpuPeak() * 100, "%.1f %%")).append("</td><td>")
                    .append(figure(s.requestsPerSecond(), "%,.0f")).append("</td><td><a href=\"../")
                    .append(text(s.runId())).append("/index.html\">").append(text(s.runId())).append("</a></td></tr>");
        }
        h.append("</tbody></table>\n");
    }

    /** One figure against the cohort: a line through the steps, each point coloured by its verdict. */
    private static void chart(StringBuilder h, String title, List<CapacityStep> steps, Function<CapacityStep, Double> figure) {
        List<CapacityStep> drawn = steps.stream().filter(s -> figure.apply(s) != null).toList();
        h.append("<figure><figcaption>").append(text(title)).append("</figcaption>");
        if (drawn.isEmpty()) {
            h.append("<p>No step measured it.</p></figure>");
            return;
        }
        double maxX = drawn.stream().mapToInt(CapacityStep::candidates).max().orElse(1);
        double maxY = Math.max(drawn.stream().mapToDouble(figure::apply).max().orElse(1), 1e-9) * 1.1;
        h.append("<svg width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\">")
                .append(line(PAD, HEIGHT - PAD, WIDTH - 8, HEIGHT - PAD)).append(line(PAD, 8, PAD, HEIGHT - PAD))
                .append(label(PAD, HEIGHT - PAD + 16, "0")).append(label(WIDTH - 60, HEIGHT - PAD + 16,
                        String.format(Locale.ROOT, "%,.0f", maxX))).append(label(4, 16, String.format(Locale.ROOT, "%,.4g", maxY)))
                .append(label(WIDTH / 2 - 30, HEIGHT - 8, "candidates"));
        StringBuilder path = new StringBuilder();
        StringBuilder points = new StringBuilder();
        for (CapacityStep s : drawn) {
            double x = PAD + (WIDTH - 8 - PAD) * s.candidates() / maxX;
            double y = HEIGHT - PAD - (HEIGHT - PAD - 8) * figure.apply(s) / maxY;
            path.append(path.isEmpty() ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            points.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"currentColor\">"
                    + "<title>%,d candidates: %,.4g (%s)</title></circle>", s.verdict(), x, y, s.candidates(), figure.apply(s), s.verdict()));
        }
        h.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#3b6fb6\" stroke-width=\"2\"/>")
                .append(points).append("</svg></figure>");
    }

    private static String figure(Double value, String format) {
        return value == null ? "–" : String.format(Locale.ROOT, format, value);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(Locale.ROOT, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#8892a0\"/>", x1, y1, x2, y2);
    }

    private static String label(double x, double y, String words) {
        return String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\">%s</text>", x, y, text(words));
    }
}
