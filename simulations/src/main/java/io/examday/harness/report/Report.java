package io.examday.harness.report;

import io.examday.harness.baseline.Baseline;
import io.examday.harness.gate.Verdict;
import io.examday.harness.profile.Profiler;
import io.examday.harness.run.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes {@code index.html} into a run folder. */
public final class Report {

    public static final String FILE = "index.html";
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private Report() {}

    public static Path write(Run run, Optional<Verdict> verdict, Optional<Baseline> baseline) throws IOException {
        List<EndpointRow> endpoints = EndpointRow.of(run);
        ReportPage.Parts parts = new ReportPage.Parts(run, verdict, baseline, Charts.of(run, verdict), endpoints,
                AttackTable.of(run, endpoints), CacheTable.of(run, verdict), InstanceTable.of(run), TrendRow.of(run.dir(), run.scenario(), verdict), Files.exists(run.dir().resolve("gatling").resolve("index.html")),
                Files.exists(run.dir().resolve(Profiler.FILE)),
                resource(ECHARTS), resource("io/examday/harness/report/report.js"), resource("io/examday/harness/report/report.css"));
        return Files.writeString(run.dir().resolve(FILE), ReportPage.render(parts));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Report.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
