package io.examday.harness.profile;

import java.util.Locale;

/** The few lines a developer reads on the terminal when the profile is written. */
final class ConsoleSummary {

    private ConsoleSummary() {}

    static String of(Profile p) {
        StringBuilder s = new StringBuilder();
        long samples = p.methods().samples();
        s.append(String.format(Locale.ROOT, "== CPU profile: %,d samples, period %s%n", samples,
                p.period().map(d -> d.toMillis() + " ms").orElse("unknown")));
        s.append("Top 10 methods by self samples:\n");
        p.methods().bySelf().stream().limit(10).forEach(m -> s.append(String.format(Locale.ROOT,
                "  %5.1f %%  %s%n", 100.0 * m.self() / Math.max(1, samples), m.method())));
        RouteCpu r = p.routes();
        s.append("CPU ms per request by route:\n");
        r.routes().forEach(t -> s.append(String.format(Locale.ROOT, "  %8s ms  %,7d requests  %s%n",
                r.cpuMsPerRequest(t.samples(), t.requests()).stream().mapToObj(RouteCpuChart::number).findFirst().orElse("–"),
                t.requests(), t.route())));
        s.append(String.format(Locale.ROOT, "Samples outside any request: %.1f %%%n", 100 * r.outsideShare()));
        p.statements().stream().limit(3).forEach(q -> s.append(String.format(Locale.ROOT,
                "SQL %,9.1f ms total, %,7d x, p95 %.2f ms: %s%n", q.totalMs(), q.count(), q.p95Ms(), shortSql(q.sql()))));
        return s.toString();
    }

    private static String shortSql(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 99) + "…";
    }
}
