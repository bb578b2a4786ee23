package io.examday.harness.run;

import io.examday.harness.sampling.Sample;
import io.examday.harness.sampling.ScrapeLine;
import io.examday.harness.sampling.ScrapeLog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a synthetic run folder as the load side and the sampler would leave it: ten minutes, full load from minute
 * two to minute eight, 100 requests a second over two request names, scrapes every five seconds. Every figure the
 * gate judges has a knob; the defaults pass the test threshold file.
 */
public final class RunFixture {

    public static final Instant START = Instant.parse("2026-11-28T09:00:00Z");
    public static final int SECONDS = 600;
    public static final int FULL_FROM = 120;
    public static final int FULL_TO = 480;
    public static final String ANSWERS = "PUT /api/attempts/{attemptId}/answers/{questionId}";
    public static final String PAGES = "GET /api/attempts/{attemptId}/pages/{page}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private int perSecond = 100;
    private String scenario = "peak";
    private String runId;
    private double latencyMs = 120;
    private double fullLoadLatencyMs = -1;
    private long failures;
    private long peakUsers = 1000;
    private long expectedPeak = 1000;
    private long expectedRequests = (long) SECONDS * 100;
    private double injectorCpu = 0.30;
    private double hitRate = 0.95;
    private double portalCpu = 0.50;
    private double shareUnder10 = 1.0;
    private double meanStatements = 4;
    private int scrapeEverySeconds = 5;
    private boolean scrapes = true;
    private boolean cpuCounter = true;
    private int counterResetAt = -1;
    private long lostAnswers;
    private String gatlingConsole;
    private boolean writeLatency = true;
    private double lagMs = 4;
    private boolean writeLag = true;
    private boolean reachedFullLoad = true;

    public RunFixture scenario(String name) { this.scenario = name; return this; }
    public RunFixture runId(String id) { this.runId = id; return this; }
    /** Every request takes this long, all run long. */
    public RunFixture latencyMs(double ms) { this.latencyMs = ms; return this; }
    /** Requests inside the full-load window take this long instead. */
    public RunFixture fullLoadLatencyMs(double ms) { this.fullLoadLatencyMs = ms; return this; }
    public RunFixture failures(long n) { this.failures = n; return this; }
    public RunFixture peakUsers(long n) { this.peakUsers = n; return this; }
    public RunFixture expectedPeak(long n) { this.expectedPeak = n; return this; }
    public RunFixture expectedRequests(long n) { this.expectedRequests = n; return this; }
    public RunFixture injectorCpu(double share) { this.injectorCpu = share; return this; }
    public RunFixture cacheHitRate(double share) { this.hitRate = share; return this; }
    public RunFixture portalCpu(double share) { this.portalCpu = share; return this; }
    public RunFixture shareUnder10Statements(double share) { this.shareUnder10 = share; return this; }
    public RunFixture meanStatements(double mean) { this.meanStatements = mean; return this; }
    public RunFixture scrapeEverySeconds(int s) { this.scrapeEverySeconds = s; return this; }
    public RunFixture noScrapes() { this.scrapes = false; return this; }
    /** Only the process_cpu_usage gauge, as an older Micrometer would expose. */
    public RunFixture noCpuCounter() { this.cpuCounter = false; return this; }
    /** The portal restarts at this second: every counter starts again from zero. */
    public RunFixture counterResetAt(int second) { this.counterResetAt = second; return this; }
    public RunFixture lostAnswers(long n) { this.lostAnswers = n; return this; }
    public RunFixture gatlingConsole(String text) { this.gatlingConsole = text; return this; }
    public RunFixture noLatencyLog() { this.writeLatency = false; return this; }
    /** Every scheduled request leaves this late, all run long. */
    public RunFixture lagMs(double ms) { this.lagMs = ms; return this; }
    /** A run recorded before the recorder measured schedule lag. */
    public RunFixture noLagLog() { this.writeLag = false; return this; }
    /** run.json says fullLoad: null, as the simulation writes when full load was never reached. */
    public RunFixture neverAtFullLoad() { this.reachedFullLoad = false; return this; }
    /** The injector sent nothing at all. */
    public RunFixture idle() { this.perSecond = 0; return this; }

    public Path writeIn(Path reports) throws IOException {
        String id = runId != null ? runId : scenario + "-20261128-090000";
        Path dir = Files.createDirectories(reports.resolve(id));
        Files.createDirectories(dir.resolve("client"));
        Files.createDirectories(dir.resolve("server"));
        writeRunJson(dir, id);
        if (writeLatency) {
            writeLatency(dir);
        }
        if (writeLag) {
            writeLag(dir);
        }
        writeTimeline(dir);
        writeSummary(dir);
        long answers = 5_000;
        JSON.writeValue(dir.resolve("client/acknowledged.json").toFile(), Map.of("starts", 1000, "answers", answers, "submits", 990));
        JSON.writeValue(dir.resolve("server/audit.json").toFile(), Map.of("attempts", 1000, "inProgress", 0, "submitted", 980,
                "autoSubmitted", 10, "answers", answers - lostAnswers, "graded", 990, "pendingJobs", 0));
        if (scrapes) {
            writeScrapes(dir);
        }
        if (gatlingConsole != null) {
            Files.writeString(dir.resolve("gatling-console.log"), gatlingConsole);
        }
        return dir;
    }

    private void writeRunJson(Path dir, String id) throws IOException {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("runId", id);
        run.put("scenario", scenario);
        run.put("scenarioFile", "scenarios/" + scenario + ".yaml");
        run.put("target", "http://127.0.0.1:8080");
        run.put("metricsUrl", "http://127.0.0.1:8081/actuator/prometheus");
        run.put("startedAt", START.toString());
        run.put("endedAt", START.plusSeconds(SECONDS).toString());
        run.put("timeCompression", 1.0);
        run.put("expected", Map.of("candidates", expectedPeak, "peakConcurrentCandidates", expectedPeak,
                "requests", expectedRequests, "middleRequestsPerSecond", perSecond));
        run.put("phases", List.of(Map.of("name", "exam", "from", START.plusSeconds(FULL_FROM).toString(),
                "to", START.plusSeconds(FULL_TO).toString())));
        run.put("fullLoad", reachedFullLoad
                ? Map.of("from", START.plusSeconds(FULL_FROM).toString(), "to", START.plusSeconds(FULL_TO).toString())
                : null);
        run.put("injector", Map.of("jvms", 1, "gatlingVersion", "3.15.1", "javaVersion", "25", "cores", 2, "maxHeap", "1g"));
        run.put("machine", Map.of("os", "Linux", "cores", 2, "memoryBytes", 8_000_000_000L, "hostname", "ci-<1>"));
        run.put("rehearsal", "200 rehearsal candidates sat REHEARSAL: 4,200 requests in 25 s, p95 231 ms, 0 failed");
        JSON.writeValue(dir.resolve("run.json").toFile(), run);
    }

    private double latencyAt(int second) {
        boolean full = second >= FULL_FROM && second < FULL_TO;
        return full && fullLoadLatencyMs >= 0 ? fullLoadLatencyMs : latencyMs;
    }

    private void writeLatency(Path dir) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve("client/latency.hlog")))) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputLogFormatVersion();
            writer.outputStartTime(START.toEpochMilli());
            writer.setBaseTime(START.toEpochMilli());
            writer.outputBaseTime(START.toEpochMilli());
            writer.outputLegend();
            for (int s = 0; s < SECONDS; s++) {
                for (String name : List.of(ANSWERS, PAGES)) {
                    Histogram h = new Histogram(3);
                    h.recordValueWithCount((long) (latencyAt(s) * 1000), perSecond / 2);
                    h.setStartTimeStamp(START.toEpochMilli() + s * 1000L);
                    h.setEndTimeStamp(START.toEpochMilli() + (s + 1) * 1000L);
                    h.setTag(name.replace(' ', '_')); // as the recorder's RequestTag writes it
                    writer.outputIntervalHistogram(h);
                }
            }
        }
    }

    /** A tenth of the requests were due at a planned instant (think-time ends, ticks); they left {@code lagMs} late. */
    private void writeLag(Path dir) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve("client/lag.hlog")))) {
            HistogramLogWriter writer = new HistogramLogWriter(out);
            writer.outputLogFormatVersion();
            writer.outputStartTime(START.toEpochMilli());
            writer.setBaseTime(START.toEpochMilli());
            writer.outputBaseTime(START.toEpochMilli());
            writer.outputLegend();
            for (int s = 0; s < SECONDS && perSecond > 0; s++) {
                Histogram h = new Histogram(3);
                h.recordValueWithCount((long) (lagMs * 1000), Math.max(1, perSecond / 10));
                h.setStartTimeStamp(START.toEpochMilli() + s * 1000L);
                h.setEndTimeStamp(START.toEpochMilli() + (s + 1) * 1000L);
                h.setTag(ANSWERS.replace(' ', '_'));
                writer.outputIntervalHistogram(h);
            }
        }
    }

    private void writeTimeline(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("epochMillis,activeUsers,requests,failures,injectorCpu,systemCpu\n");
        for (int s = 0; s < SECONDS; s++) {
            long users = s < FULL_FROM ? peakUsers * s / FULL_FROM : s < FULL_TO ? peakUsers : peakUsers * (SECONDS - s) / (SECONDS - FULL_TO);
            long failed = s == 10 ? failures : 0; // failures land early, outside full load: a whole-run check sees them
            csv.append(START.toEpochMilli() + s * 1000L).append(',').append(users).append(',').append(perSecond).append(',')
                    .append(failed).append(',').append(injectorCpu).append(',').append(injectorCpu + 0.3).append('\n');
        }
        Files.writeString(dir.resolve("client/timeline.csv"), csv);
    }

    private void writeSummary(Path dir) throws IOException {
        long total = (long) SECONDS * perSecond;
        Map<String, Object> requests = new LinkedHashMap<>();
        requests.put(ANSWERS, figures(total / 2, failures));
        requests.put(PAGES, figures(total / 2, 0));
        JSON.writeValue(dir.resolve("client/summary.json").toFile(), Map.of(
                "global", figures(total, failures),
                "requests", requests,
                "errors", failures == 0 ? Map.of() : Map.of("status.find.in(200), but actually found 503", failures),
                "peakActiveUsers", peakUsers));
    }

    private Map<String, Object> figures(long count, long ko) {
        return Map.of("count", count, "ok", count - ko, "ko", ko, "p50Ms", latencyMs, "p95Ms", latencyMs,
                "p99Ms", latencyMs, "maxMs", latencyMs, "meanMs", latencyMs);
    }

    /** Counters grow steadily from the run's start; scrapes begin a little before it and end a little after. */
    private void writeScrapes(Path dir) throws IOException {
        try (ScrapeLog log = ScrapeLog.appendTo(dir)) {
            for (int s = -scrapeEverySeconds; s <= SECONDS + scrapeEverySeconds; s += scrapeEverySeconds) {
                int since = Math.max(0, s);
                int grown = counterResetAt >= 0 && since >= counterResetAt ? since - counterResetAt : since;
                log.write(new ScrapeLine(START.toEpochMilli() + s * 1000L, samples(grown), null));
            }
        }
    }

    private List<Sample> samples(int seconds) {
        int cores = 4;
        double gets = 50.0 * seconds;
        double requests = (double) perSecond * seconds;
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample("cache_gets_total", Map.of("cache", "lobby", "result", "hit"), gets * hitRate));
        samples.add(new Sample("cache_gets_total", Map.of("cache", "lobby", "result", "miss"), gets * (1 - hitRate)));
        samples.add(new Sample("cache_gets_total", Map.of("cache", "pages", "result", "hit"), gets * hitRate));
        samples.add(new Sample("cache_gets_total", Map.of("cache", "pages", "result", "miss"), gets * (1 - hitRate)));
        if (cpuCounter) {
            samples.add(new Sample("process_cpu_time_ns_total", Map.of(), portalCpu * cores * seconds * 1e9));
        }
        samples.add(new Sample("process_cpu_usage", Map.of(), portalCpu));
        samples.add(new Sample("system_cpu_count", Map.of(), cores));
        for (String route : List.of(ANSWERS, PAGES)) {
            String method = route.substring(0, route.indexOf(' '));
            String uri = route.substring(route.indexOf(' ') + 1);
            double count = requests / 2;
            for (String le : List.of("0.0", "1.0", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0", "8.0", "9.0", "10.0", "15.0", "+Inf")) {
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                double cumulative = bound < 3 ? 0 : bound < 9 ? count * shareUnder10 * 0.5 : bound < 10 ? count * shareUnder10 : count;
                samples.add(new Sample("examday_sql_statements_per_request_bucket", Map.of("uri", uri, "method", method, "le", le), cumulative));
            }
            samples.add(new Sample("examday_sql_statements_per_request_count", Map.of("uri", uri, "method", method), count));
            samples.add(new Sample("examday_sql_statements_per_request_sum", Map.of("uri", uri, "method", method), count * meanStatements));
        }
        return samples;
    }
}
