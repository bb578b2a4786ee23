package io.examday.harness.run;

import io.examday.harness.recording.InjectorMerge;
import io.examday.harness.sampling.ProcessLine;
import io.examday.harness.sampling.ServerLog;
import io.examday.harness.sampling.Sample;
import io.examday.harness.sampling.ScrapeLine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public static final String LOBBY = "GET /api/exams/{examId}/lobby";
    public static final String SUBMIT = "POST /api/attempts/{attemptId}/submit";
    /** The submit storm: right after full load. */
    public static final int STORM_FROM = FULL_TO;
    public static final int STORM_TO = FULL_TO + 60;
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
    private double localHitRate = 0.99;
    private double sharedPerSecond = 1;
    private CacheFault cacheFault = CacheFault.NONE;
    private double portalCpu = 0.50;
    private double shareUnder10 = 1.0;
    private double meanStatements = 4;
    private int scrapeEverySeconds = 5;
    private int stopFrom = -1;
    private int stopTo = -1;
    private boolean samplerStopped = true;
    private boolean scrapes = true;
    private boolean cpuCounter = true;
    private String synchronousCommit = "on";
    private int counterResetAt = -1;
    private Map<String, Double> instanceShares = Map.of();
    private long lostAnswers;
    private final Set<String> lostRevisions = new HashSet<>();
    private final Set<Long> lostSubmits = new HashSet<>();
    private final Set<Long> lostStarts = new HashSet<>();
    private boolean storedExport = true;
    private String gatlingConsole;
    private boolean writeLatency = true;
    private double lagMs = 4;
    private boolean writeLag = true;
    private boolean reachedFullLoad = true;
    private List<String> sentRoutes = List.of(ANSWERS, PAGES);
    private List<String> knownRoutes = List.of(ANSWERS, PAGES, LOBBY);
    private String stalled;
    private int stallFrom = -1;
    private int stallTo = -1;
    private double stallMs;
    private int sparseFrom = -1;
    private boolean gatlingReport = true;
    private final Map<String, Long> gatlingExtraRequests = new HashMap<>();
    private final Map<String, Double> gatlingP95Ms = new HashMap<>();
    private final Map<String, Double> gatlingMeanMs = new HashMap<>();
    private double[] injectorDelayMs;
    private double portalClockMs = -1;
    private final List<Waiting> waiting = new ArrayList<>();
    private final List<Drift> drifts = new ArrayList<>();
    private int stoppedAt = -1;
    private long ungraded;
    private long jobsWaiting;
    private long jobsFailed;
    private Long lastJobDoneAfterLastSubmitMillis = 42_000L;
    private boolean settled = true;
    private int portalClockFrom;
    private int portalClockTo;
    private Integer gatlingExit = 0;
    private final Map<String, Double> routeLatencyMs = new HashMap<>();
    private int machineCores = 2;
    private double machineSpeedMs = 100.0;
    private Double machineSpeedAfterMs;
    private final Map<String, Double> processCpu = new LinkedHashMap<>(Map.of(
            "portal", 0.30, "postgres", 0.10, "redis", 0.02, "injector", 0.20, "other", 0.05));
    private final List<Spike> spikes = new ArrayList<>();
    private boolean writeProcesses = true;
    private String target = "http://127.0.0.1:8080";
    private double stormMean = -1;
    private double stormShareUnder10 = 1.0;
    private final Map<String, double[]> jobs = new LinkedHashMap<>();
    private final Map<String, double[]> jobLatencies = new LinkedHashMap<>();
    private AttackOutcome attack;
    private Long attackGuesses;
    private final Map<String, double[]> smallRoutes = new LinkedHashMap<>();
    /** Routes asked only after the load (the after-exam audit): in the sampler's last scrape alone. */
    private final Map<String, double[]> afterTheLoad = new LinkedHashMap<>();

    /** A gauge of things waiting (the admission line, the pool) at this value from one second to another, else 0. */
    private record Waiting(String gauge, double value, int from, int to) {}

    /** A gauge moving in a straight line through the exam phase (full load here), level before and after it. */
    private record Drift(String gauge, Map<String, String> labels, double atExamStart, double atExamEnd) {

        double at(int second) {
            double through = Math.clamp((second - FULL_FROM) / (double) (FULL_TO - FULL_FROM), 0, 1);
            return atExamStart + (atExamEnd - atExamStart) * through;
        }
    }

    /** A process class burning this share of all cores from one second to another. */
    private record Spike(String process, double share, int from, int to) {}

    public RunFixture scenario(String name) { this.scenario = name; return this; }
    public RunFixture runId(String id) { this.runId = id; return this; }
    /** Every request takes this long, all run long. */
    public RunFixture requestsPerSecond(int n) { this.perSecond = n; return this; }

    public RunFixture latencyMs(double ms) { this.latencyMs = ms; return this; }
    /** Requests of one name take this long, all run long, whatever the others take. */
    public RunFixture latencyMs(String name, double ms) { this.routeLatencyMs.put(name, ms); return this; }
    /** Requests inside the full-load window take this long instead. */
    public RunFixture fullLoadLatencyMs(double ms) { this.fullLoadLatencyMs = ms; return this; }
    public RunFixture failures(long n) { this.failures = n; return this; }
    public RunFixture peakUsers(long n) { this.peakUsers = n; return this; }
    public RunFixture expectedPeak(long n) { this.expectedPeak = n; return this; }
    public RunFixture expectedRequests(long n) { this.expectedRequests = n; return this; }
    public RunFixture injectorCpu(double share) { this.injectorCpu = share; return this; }
    /** The shared (Redis) layer's hit rate. */
    public RunFixture cacheHitRate(double share) { this.hitRate = share; return this; }
    /** The local layer's (in-process copies') hit rate. */
    public RunFixture localCacheHitRate(double share) { this.localHitRate = share; return this; }
    /** Lookups per second in each of the shared layer's two caches. */
    public RunFixture sharedLookupsPerSecond(double n) { this.sharedPerSecond = n; return this; }
    public RunFixture cacheFault(CacheFault fault) { this.cacheFault = fault; return this; }
    public RunFixture portalCpu(double share) { this.portalCpu = share; return this; }
    public RunFixture shareUnder10Statements(double share) { this.shareUnder10 = share; return this; }
    public RunFixture meanStatements(double mean) { this.meanStatements = mean; return this; }
    public RunFixture scrapeEverySeconds(int s) { this.scrapeEverySeconds = s; return this; }
    public RunFixture noScrapes() { this.scrapes = false; return this; }
    /** Only the process_cpu_usage gauge, as an older Micrometer would expose. */
    public RunFixture noCpuCounter() { this.cpuCounter = false; return this; }
    /** The database's synchronous_commit as the portal reports it; null: a portal that reports none. */
    public RunFixture synchronousCommit(String setting) { this.synchronousCommit = setting; return this; }
    /** The portal restarts at this second: every counter starts again from zero. */
    public RunFixture counterResetAt(int second) { this.counterResetAt = second; return this; }
    /** Scraped from several instances, as the stack is: each sample split by the shares, labelled instance=name. */
    public RunFixture instances(Map<String, Double> shares) { this.instanceShares = new LinkedHashMap<>(shares); return this; }
    /** The first n acknowledged answers (by attempt, then question) are not stored at all. */
    public RunFixture lostAnswers(long n) { this.lostAnswers = n; return this; }
    /** Attempts run from 1001 to 2000, questions from 1 to 5; question q is acknowledged at revision 1 + q % 3. */
    public RunFixture lostRevision(long attempt, long question) { lostRevisions.add(IdentityRows.key(attempt, question)); return this; }
    /** Attempts 1001 to 1990 had their submit acknowledged. */
    public RunFixture lostSubmit(long attempt) { lostSubmits.add(attempt); return this; }
    public RunFixture lostStart(long attempt) { lostStarts.add(attempt); return this; }
    /** The simulation could not download the portal's export. */
    public RunFixture noStoredExport() { this.storedExport = false; return this; }
    public RunFixture gatlingConsole(String text) { this.gatlingConsole = text; return this; }
    public RunFixture noLatencyLog() { this.writeLatency = false; return this; }
    /** Every scheduled request leaves this late, all run long. */
    public RunFixture lagMs(double ms) { this.lagMs = ms; return this; }
    /** A run recorded before the recorder measured schedule lag. */
    public RunFixture noLagLog() { this.writeLag = false; return this; }
    /** run.json says fullLoad: null, as the simulation writes when full load was never reached. */
    public RunFixture neverAtFullLoad() { this.reachedFullLoad = false; return this; }
    /** run.json's {@code routes}: what this scenario's journeys can send, and every name the harness knows. */
    public RunFixture routes(List<String> sent, List<String> known) { this.sentRoutes = sent; this.knownRoutes = known; return this; }
    /** run.json without {@code routes}, as runs recorded before it was written. */
    public RunFixture noRoutes() { this.sentRoutes = null; return this; }
    /** Every request named {@code route} from second {@code from} to second {@code to} takes {@code ms}: a stall in an otherwise fine run. */
    public RunFixture stall(String route, int from, int to, double ms) {
        this.stalled = route; this.stallFrom = from; this.stallTo = to; this.stallMs = ms; return this;
    }
    /** From this second on, one request a second per name, at {@code latencyMs}: a tail too thin to judge a window by. */
    public RunFixture sparseFrom(int second) { this.sparseFrom = second; return this; }
    /** Neither the timeline nor the sampler has a row strictly between these seconds: the machine stood still. */
    public RunFixture machineStop(int from, int to) { this.stopFrom = from; this.stopTo = to; return this; }
    /** The timeline skips these seconds, but the sampler kept scraping: only the injector stood still. */
    public RunFixture injectorStop(int from, int to) { this.stopFrom = from; this.stopTo = to; this.samplerStopped = false; return this; }
    /** No gatling/index.html: Gatling's own report was not kept. */
    public RunFixture noGatlingReport() { this.gatlingReport = false; return this; }
    /** Gatling's report counts this many more OK requests of a name (or "All Requests") than the recorder. */
    public RunFixture gatlingExtraRequests(String name, long n) { this.gatlingExtraRequests.put(name, n); return this; }
    /** Gatling's report gives this p95 for a name (or "All Requests") instead of the recorder's. */
    public RunFixture gatlingP95Ms(String name, double ms) { this.gatlingP95Ms.put(name, ms); return this; }
    public RunFixture gatlingMeanMs(String name, double ms) { this.gatlingMeanMs.put(name, ms); return this; }
    /**
     * The portal's own http_server_requests series for both request names: every request from second {@code from} to
     * second {@code to} takes {@code ms} inside the portal, the others 10 ms (absent unless set, as in older runs).
     */
    public RunFixture portalClockMs(double ms, int from, int to) {
        this.portalClockMs = ms; this.portalClockFrom = from; this.portalClockTo = to; return this;
    }
    /** The portal's gauge {@code gauge} (examday_requests_waiting, hikaricp_connections_pending) reads {@code value} from one second to another. */
    public RunFixture waiting(String gauge, double value, int fromSecond, int toSecond) {
        this.waiting.add(new Waiting(gauge, value, fromSecond, toSecond)); return this;
    }
    /** The portal's gauge reads {@code atExamStart} until the exam, moves in a straight line to {@code atExamEnd} by its end, and stays there. */
    public RunFixture gauge(String gauge, Map<String, String> labels, double atExamStart, double atExamEnd) {
        this.drifts.add(new Drift(gauge, labels, atExamStart, atExamEnd)); return this;
    }
    /** server/audit.json: this many closed attempts have no result. */
    public RunFixture ungraded(long n) { this.ungraded = n; return this; }
    /** server/audit.json: this many jobs still waiting when the audit was taken. */
    public RunFixture jobsWaiting(long n) { this.jobsWaiting = n; return this; }

    public RunFixture jobsFailed(long n) { this.jobsFailed = n; return this; }

    /** From the last submit to the last job done, as the portal's audit times it; null: a portal that did not. */
    public RunFixture lastJobDoneAfterLastSubmit(Long millis) { this.lastJobDoneAfterLastSubmitMillis = millis; return this; }
    /** server/audit.json without drainMillis, as runs recorded before the simulation waited for the exam to settle. */
    public RunFixture auditedAtTheLoadsEnd() { this.settled = false; return this; }
    /** client/abort.json: the simulation stopped the run at this second because 42 % of its requests had failed. */
    public RunFixture stoppedEarly(int second) { this.stoppedAt = second; return this; }
    /** client/summary.json's injector delay: p95, p99 and max in ms (absent unless set, as in older runs). */
    public RunFixture injectorDelayMs(double p95, double p99, double max) { this.injectorDelayMs = new double[] {p95, p99, max}; return this; }
    /** run.json's gatlingExitStatus; null leaves it out, as run folders from before it was recorded. */
    public RunFixture gatlingExit(Integer status) { this.gatlingExit = status; return this; }
    /** run.json machine.cores: the shape of the machine the run says it ran on. */
    public RunFixture machineCores(int cores) { this.machineCores = cores; return this; }

    /** run.json machine.speedMs: how long the machine took over the harness's fixed speed check. */
    public RunFixture machineSpeedMs(double ms) { this.machineSpeedMs = ms; return this; }
    /** The speed check once more after the run (machine.speedAfterMs); none by default, as in older runs. */
    public RunFixture machineSpeedAfterMs(double ms) { this.machineSpeedAfterMs = ms; return this; }
    /** A process class's share of all cores all run long, in server/processes.jsonl. */
    public RunFixture processCpu(String process, double share) { this.processCpu.put(process, share); return this; }
    /** A process class's share of all cores from one second of the run to another instead. */
    public RunFixture cpuSpike(String process, double share, int fromSecond, int toSecond) {
        this.spikes.add(new Spike(process, share, fromSecond, toSecond));
        return this;
    }
    /** The portal the run loaded, as run.json names it. */
    public RunFixture target(String url) { this.target = url; return this; }
    /** No server/processes.jsonl, as from a machine without /proc or a portal elsewhere. */
    public RunFixture noProcessSamples() { this.writeProcesses = false; return this; }
    /** The submit route, called only in the submit storm (10 a second), with these statement figures. */
    public RunFixture submitStormStatements(double mean, double shareUnder10) {
        this.stormMean = mean;
        this.stormShareUnder10 = shareUnder10;
        return this;
    }
    /** A route called steadily over the run: so many requests in all, so many of them with 10 statements or more. */
    public RunFixture smallRoute(String route, long requests, long heavy, double mean) {
        this.smallRoutes.put(route, new double[] {requests, heavy, mean});
        return this;
    }
    /**
     * A route the harness asks only after the load's end, as it asks the audit while the exam settles: its requests
     * show in no scrape but the sampler's last, taken well after the first scrape past the end.
     */
    public RunFixture afterTheLoad(String route, long requests, double mean) {
        this.afterTheLoad.put(route, new double[] {requests, mean});
        return this;
    }
    /** Background jobs of a kind run steadily over the run: so many in all, so many statements each. */
    public RunFixture jobs(String kind, long count, double statementsEach) {
        this.jobs.put(kind, new double[] {count, statementsEach});
        return this;
    }
    /** Jobs of a kind done steadily over the run: so many in all, each this long after its enqueue. */
    public RunFixture jobLatency(String kind, long count, double millisEach) {
        this.jobLatencies.put(kind, new double[] {count, millisEach});
        return this;
    }
    /** client/attack.json: how the portal answered the scenario's wrong-code guesses; run.json then plans them. */
    public RunFixture attack(AttackOutcome outcome) { this.attack = outcome; this.attackGuesses = outcome.planned(); return this; }
    /** run.json plans an attack of this many guesses (with no attack(), its answers are missing). */
    public RunFixture attackPlanned(long guesses) { this.attackGuesses = guesses; return this; }
    /** The injector sent nothing at all. */
    public RunFixture idle() { this.perSecond = 0; return this; }

    /** Ways a portal can fail to count what its caches do. */
    public enum CacheFault {
        NONE,
        /** The shared layer exposes hit series only: its misses are not counted. */
        SHARED_MISSES_UNCOUNTED,
        /** The shared layer's lookups carry no result label. */
        SHARED_RESULT_UNLABELLED,
        /** No cache series carries a layer label (a portal from before layers). */
        NO_LAYER_LABELS,
        /**
         * Redis finds a value for every lookup the hit rate says, but the portal cannot read most of them (another
         * build wrote them): it counts them unreadable and loads them again, a miss.
         */
        SHARED_VALUES_UNREADABLE
    }

    /**
     * A run split over two injector JVMs, each fixture playing one: its client/, Gatling report and console go under
     * injectors/&lt;n&gt;/, the first one's run.json and server side stand for the run, and the recorder's merge
     * writes client/. Both fixtures acknowledge the same attempt ids, which a real split run never does, so the
     * second injector's acknowledgements are dropped (the merge leaves them out).
     */
    public static Path split(Path reports, RunFixture first, RunFixture second) throws IOException {
        Path run = first.runId("split").writeIn(reports);
        Path other = second.runId("other").writeIn(Files.createDirectories(reports.resolve("elsewhere")));
        List<Path> sources = List.of(run, other);
        for (int i = 0; i < sources.size(); i++) {
            Path injector = Files.createDirectories(run.resolve("injectors").resolve(Integer.toString(i)));
            for (String part : List.of("client", "gatling", "gatling-console.log")) {
                if (Files.exists(sources.get(i).resolve(part))) {
                    Files.move(sources.get(i).resolve(part), injector.resolve(part));
                }
            }
        }
        for (String file : List.of("acknowledged.json", "acknowledged-attempts.csv.gz", "acknowledged-answers.csv.gz")) {
            Files.delete(run.resolve("injectors/1/client").resolve(file));
        }
        InjectorMerge.merge(run);
        return run;
    }

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
        Map<String, Object> audit = new LinkedHashMap<>(Map.of("attempts", 1000, "inProgress", lostSubmits.size(),
                "submitted", 990 - lostSubmits.size(), "autoSubmitted", 10, "answers", answers - lostAnswers,
                "graded", 1000 - lostSubmits.size() - ungraded, "pendingJobs", jobsWaiting));
        if (settled) {
            audit.put("drainMillis", 4_000);
        }
        if (lastJobDoneAfterLastSubmitMillis != null) {
            audit.put("failedJobs", jobsFailed);
            audit.put("lastJobDoneMillisAfterLastSubmit", lastJobDoneAfterLastSubmitMillis);
        }
        JSON.writeValue(dir.resolve("server/audit.json").toFile(), audit);
        if (attack != null) {
            JSON.writeValue(dir.resolve("client").resolve(AttackOutcome.FILE).toFile(), attack);
        }
        new IdentityRows(lostAnswers, lostRevisions, lostSubmits, lostStarts, storedExport).writeIn(dir);
        if (scrapes) {
            writeScrapes(dir);
        }
        if (gatlingReport) {
            writeGatlingReport(dir);
        }
        if (writeProcesses) {
            writeProcesses(dir);
        }
        if (gatlingConsole != null) {
            Files.writeString(dir.resolve("gatling-console.log"), gatlingConsole);
        }
        if (stoppedAt >= 0) {
            JSON.writeValue(dir.resolve("client/abort.json").toFile(), Map.of("atMillis", START.plusSeconds(stoppedAt).toEpochMilli(),
                    "condition", "failed share above 5%", "figure", 0.42, "figures", "42.0% failed over the 60 s before, of 3,214 requests"));
        }
        return dir;
    }

    private void writeRunJson(Path dir, String id) throws IOException {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("runId", id);
        run.put("scenario", scenario);
        run.put("scenarioFile", "scenarios/" + scenario + ".yaml");
        run.put("target", target);
        run.put("metricsUrl", "http://127.0.0.1:8081/actuator/prometheus");
        run.put("startedAt", START.toString());
        run.put("endedAt", START.plusSeconds(SECONDS).toString());
        run.put("timeCompression", 1.0);
        Map<String, Object> expected = new LinkedHashMap<>(Map.of("candidates", expectedPeak,
                "peakConcurrentCandidates", expectedPeak, "requests", expectedRequests, "middleRequestsPerSecond", perSecond));
        if (attackGuesses != null) {
            expected.put("attackGuesses", attackGuesses);
        }
        run.put("expected", expected);
        run.put("phases", List.of(Map.of("name", "exam", "from", START.plusSeconds(FULL_FROM).toString(),
                "to", START.plusSeconds(FULL_TO).toString())));
        run.put("fullLoad", reachedFullLoad
                ? Map.of("from", START.plusSeconds(FULL_FROM).toString(), "to", START.plusSeconds(FULL_TO).toString())
                : null);
        run.put("injector", Map.of("jvms", 1, "gatlingVersion", "3.15.1", "javaVersion", "25", "cores", 2, "maxHeap", "1g"));
        Map<String, Object> machine = new LinkedHashMap<>(Map.of("os", "Linux 6.8.0-49-generic", "cores", machineCores,
                "memoryBytes", 8_000_000_000L, "hostname", "ci-<1>", "speedMs", machineSpeedMs));
        if (machineSpeedAfterMs != null) {
            machine.put("speedAfterMs", machineSpeedAfterMs);
        }
        run.put("machine", machine);
        if (gatlingExit != null) {
            run.put("gatlingExitStatus", gatlingExit);
        }
        run.put("rehearsal", "200 rehearsal candidates sat REHEARSAL: 4,200 requests in 25 s, p95 231 ms, 0 failed");
        if (sentRoutes != null) {
            run.put("routes", Map.of("sent", sentRoutes, "known", knownRoutes));
        }
        JSON.writeValue(dir.resolve("run.json").toFile(), run);
    }

    private double latencyAt(int second, String name) {
        if (name.equals(stalled) && second >= stallFrom && second < stallTo) {
            return stallMs;
        }
        boolean full = second >= FULL_FROM && second < FULL_TO;
        return full && fullLoadLatencyMs >= 0 ? fullLoadLatencyMs : latencyMs;
    }

    /** An interval log as the recorder opens one: its header, with times relative to the run's start. */
    private static HistogramLogWriter intervalLog(PrintStream out) {
        HistogramLogWriter writer = new HistogramLogWriter(out);
        writer.outputLogFormatVersion();
        writer.outputStartTime(START.toEpochMilli());
        writer.setBaseTime(START.toEpochMilli());
        writer.outputBaseTime(START.toEpochMilli());
        writer.outputLegend();
        return writer;
    }

    private void writeLatency(Path dir) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve("client/latency.hlog")))) {
            HistogramLogWriter writer = intervalLog(out);
            for (int s = 0; s < SECONDS; s++) {
                for (String name : List.of(ANSWERS, PAGES)) {
                    Histogram h = new Histogram(3);
                    h.recordValueWithCount((long) (routeLatencyMs.getOrDefault(name, latencyAt(s, name)) * 1000),
                            sparseFrom >= 0 && s >= sparseFrom ? 1 : perSecond / 2);
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
            HistogramLogWriter writer = intervalLog(out);
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

    private boolean stopped(int second) {
        return second > stopFrom && second < stopTo;
    }

    private void writeTimeline(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("epochMillis,activeUsers,requests,failures,injectorCpu,systemCpu\n");
        for (int s = 0; s < SECONDS; s++) {
            if (stopped(s)) {
                continue;
            }
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
        requests.put(ANSWERS, figures(ANSWERS, total / 2, failures));
        requests.put(PAGES, figures(PAGES, total / 2, 0));
        Map<String, Object> summary = new LinkedHashMap<>(Map.of(
                "global", figures("All Requests", total, failures),
                "requests", requests,
                "errors", failures == 0 ? Map.of() : Map.of("status.find.in(200), but actually found 503", failures),
                "peakActiveUsers", peakUsers));
        if (injectorDelayMs != null) {
            summary.put("injectorDelay", Map.of("count", total, "ok", total, "ko", 0, "p50Ms", 0.5,
                    "p95Ms", injectorDelayMs[0], "p99Ms", injectorDelayMs[1], "maxMs", injectorDelayMs[2], "meanMs", 1.0));
        }
        JSON.writeValue(dir.resolve("client/summary.json").toFile(), summary);
    }

    /** Gatling's statistics agree with the recorder's (client/summary.json) unless a knob says otherwise. */
    private void writeGatlingReport(Path dir) throws IOException {
        long total = (long) SECONDS * perSecond;
        Map<String, GatlingReportFixture.Row> requests = new LinkedHashMap<>();
        requests.put(ANSWERS, gatlingRow(ANSWERS, total / 2, failures));
        requests.put(PAGES, gatlingRow(PAGES, total / 2, 0));
        GatlingReportFixture.write(dir, gatlingRow("All Requests", total, failures), requests);
    }

    private GatlingReportFixture.Row gatlingRow(String name, long count, long ko) {
        long extra = gatlingExtraRequests.getOrDefault(name, 0L);
        double ms = gatlingP95Ms.getOrDefault(name, routeLatencyMs.getOrDefault(name, latencyMs));
        double mean = gatlingMeanMs.getOrDefault(name, routeLatencyMs.getOrDefault(name, latencyMs));
        return new GatlingReportFixture.Row(count + extra, count - ko + extra, ko, ms, mean);
    }

    private Map<String, Object> figures(String name, long count, long ko) {
        double ms = routeLatencyMs.getOrDefault(name, latencyMs);
        return Map.of("count", count, "ok", count - ko, "ko", ko, "p50Ms", ms, "p95Ms", ms, "p99Ms", ms, "maxMs", ms, "meanMs", ms);
    }

    /** Counters grow steadily from the run's start to its end; scrapes begin a little before it and end a little after. */
    private void writeScrapes(Path dir) throws IOException {
        try (ServerLog.Appender<ScrapeLine> log = ServerLog.SCRAPES.appendTo(dir)) {
            for (int s = -scrapeEverySeconds; s <= SECONDS + scrapeEverySeconds; s += scrapeEverySeconds) {
                if (samplerStopped && stopped(s)) {
                    continue;
                }
                int since = Math.clamp(s, 0, SECONDS);
                int grown = counterResetAt >= 0 && since >= counterResetAt ? since - counterResetAt : since;
                log.write(new ScrapeLine(START.toEpochMilli() + s * 1000L, byInstance(samples(grown)), null));
            }
            if (!afterTheLoad.isEmpty()) {
                List<Sample> last = new ArrayList<>(samples(SECONDS));
                afterTheLoad.forEach((route, r) -> statementSeries(last, route, r[0], 1.0, r[1]));
                log.write(new ScrapeLine(START.toEpochMilli() + (SECONDS + 3L * scrapeEverySeconds) * 1000L, byInstance(last), null));
            }
        }
    }

    /**
     * Each instance's part of every sample; the machine's own figures (system_*) and the database's durability flag
     * each instance reports whole.
     */
    private List<Sample> byInstance(List<Sample> samples) {
        if (instanceShares.isEmpty()) {
            return samples;
        }
        List<Sample> split = new ArrayList<>();
        instanceShares.forEach((instance, share) -> {
            for (Sample sample : samples) {
                Map<String, String> labels = new LinkedHashMap<>(sample.labels());
                labels.put("instance", instance);
                split.add(new Sample(sample.name(), labels, reportedWhole(sample) ? sample.value() : sample.value() * share));
            }
        });
        return split;
    }

    private static boolean reportedWhole(Sample sample) {
        return sample.name().startsWith("system_") || sample.name().equals("examday_database_commits_durable");
    }

    /** As the portal labels them: the local copies under cache_manager "local", Redis under Spring's "cacheManager". */
    private List<Sample> cacheGets(String cache, String layer, double lookups, double hitRate) {
        boolean shared = layer.equals("shared");
        Map<String, String> labels = new LinkedHashMap<>(Map.of("cache", cache, "name", cache,
                "cache_manager", shared ? "cacheManager" : "local"));
        if (cacheFault != CacheFault.NO_LAYER_LABELS) {
            labels.put("layer", layer);
        }
        if (shared && cacheFault == CacheFault.SHARED_RESULT_UNLABELLED) {
            return List.of(new Sample("cache_gets_total", labels, lookups));
        }
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample("cache_gets_total", withResult(labels, "hit"), lookups * hitRate));
        double unreadable = shared && cacheFault == CacheFault.SHARED_VALUES_UNREADABLE ? lookups * hitRate * 0.8 : 0;
        if (!(shared && cacheFault == CacheFault.SHARED_MISSES_UNCOUNTED)) {
            samples.add(new Sample("cache_gets_total", withResult(labels, "miss"), lookups * (1 - hitRate) + unreadable));
        }
        if (unreadable > 0) {
            samples.add(new Sample("cache_unreadable_total", Map.of("cache", cache, "layer", layer), unreadable));
        }
        return samples;
    }

    private static Map<String, String> withResult(Map<String, String> labels, String result) {
        Map<String, String> with = new LinkedHashMap<>(labels);
        with.put("result", result);
        return with;
    }

    private static void statementSeries(List<Sample> samples, String route, double count, double shareUnder10, double mean) {
        String method = route.substring(0, route.indexOf(' '));
        String uri = route.substring(route.indexOf(' ') + 1);
        for (String le : List.of("0.0", "1.0", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0", "8.0", "9.0", "10.0", "15.0", "+Inf")) {
            double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
            double cumulative = bound < 3 ? 0 : bound < 9 ? count * shareUnder10 * 0.5 : bound < 10 ? count * shareUnder10 : count;
            samples.add(new Sample("examday_sql_statements_per_request_bucket", Map.of("uri", uri, "method", method, "le", le), cumulative));
        }
        samples.add(new Sample("examday_sql_statements_per_request_count", Map.of("uri", uri, "method", method), count));
        samples.add(new Sample("examday_sql_statements_per_request_sum", Map.of("uri", uri, "method", method), count * mean));
    }

    /** http_server_requests buckets as the portal's SLO bounds make them; half of each second's requests per route. */
    private void portalClockSeries(List<Sample> samples, String route, int seconds) {
        String method = route.substring(0, route.indexOf(' '));
        String uri = route.substring(route.indexOf(' ') + 1);
        double perRoute = perSecond / 2.0;
        double slow = perRoute * Math.clamp(Math.min(seconds, portalClockTo) - portalClockFrom, 0, portalClockTo - portalClockFrom);
        double count = perRoute * seconds;
        for (String le : List.of("0.05", "0.1", "0.2", "0.3", "0.5", "1.0", "+Inf")) {
            double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le) * 1000;
            double cumulative = (count - slow) + (portalClockMs <= bound ? slow : 0);
            samples.add(new Sample("http_server_requests_seconds_bucket", Map.of("uri", uri, "method", method, "le", le), cumulative));
        }
        samples.add(new Sample("http_server_requests_seconds_count", Map.of("uri", uri, "method", method), count));
    }

    /** Two-second samples from the run's start to its end, as the sampler writes them beside the scrapes. */
    private void writeProcesses(Path dir) throws IOException {
        int cores = 4;
        long ticksPerSecond = 100L * cores;
        try (ServerLog.Appender<ProcessLine> log = ServerLog.PROCESSES.appendTo(dir)) {
            for (int s = 0; s + 2 <= SECONDS; s += 2) {
                Map<String, Long> used = new LinkedHashMap<>();
                long busy = 0;
                for (String process : processCpu.keySet()) {
                    long ticks = Math.round(shareAt(process, s) * ticksPerSecond * 2);
                    used.put(process, ticks);
                    busy += ticks;
                }
                Map<String, Integer> count = new LinkedHashMap<>();
                used.keySet().forEach(p -> count.put(p, p.equals("postgres") ? 25 : 1));
                log.write(new ProcessLine(START.toEpochMilli() + s * 1000L, START.toEpochMilli() + (s + 2) * 1000L, cores,
                        ticksPerSecond * 2, Math.min(busy, ticksPerSecond * 2), used, count, "listening on port 8081 (pid 4242)"));
            }
        }
    }

    private double shareAt(String process, int second) {
        for (Spike spike : spikes) {
            if (spike.process().equals(process) && second >= spike.from() && second < spike.to()) {
                return spike.share();
            }
        }
        return processCpu.get(process);
    }

    private List<Sample> samples(int seconds) {
        int cores = 4;
        double requests = (double) perSecond * seconds;
        List<Sample> samples = new ArrayList<>();
        for (String cache : List.of("exam-content", "exam-schedule")) {
            samples.addAll(cacheGets(cache, "local", 50.0 * seconds, localHitRate));
            samples.addAll(cacheGets(cache, "shared", sharedPerSecond * seconds, hitRate));
        }
        if (synchronousCommit != null) {
            samples.add(new Sample("examday_database_commits_durable",
                    Map.of("synchronous_commit", synchronousCommit, "fsync", "on"), synchronousCommit.equals("off") ? 0 : 1));
        }
        if (cpuCounter) {
            samples.add(new Sample("process_cpu_time_ns_total", Map.of(), portalCpu * cores * seconds * 1e9));
        }
        samples.add(new Sample("process_cpu_usage", Map.of(), portalCpu));
        samples.add(new Sample("system_cpu_count", Map.of(), cores));
        for (String route : List.of(ANSWERS, PAGES)) {
            statementSeries(samples, route, requests / 2, shareUnder10, meanStatements);
            if (!instanceShares.isEmpty()) {
                samples.add(new Sample("http_server_requests_seconds_count",
                        Map.of("uri", route.substring(route.indexOf(' ') + 1), "method", route.substring(0, route.indexOf(' '))), requests / 2));
            }
        }
        if (stormMean >= 0) {
            double count = 10.0 * Math.clamp(seconds - STORM_FROM, 0, STORM_TO - STORM_FROM);
            statementSeries(samples, SUBMIT, count, stormShareUnder10, stormMean);
        }
        for (Waiting w : waiting) {
            samples.add(new Sample(w.gauge(), Map.of(), seconds >= w.from() && seconds < w.to() ? w.value() : 0));
        }
        for (Drift d : drifts) {
            samples.add(new Sample(d.gauge(), d.labels(), d.at(seconds)));
        }
        if (portalClockMs >= 0) {
            for (String route : List.of(ANSWERS, PAGES)) {
                portalClockSeries(samples, route, seconds);
            }
        }
        smallRoutes.forEach((route, r) -> statementSeries(samples, route, r[0] * seconds / SECONDS, 1 - r[1] / r[0], r[2]));
        jobs.forEach((kind, job) -> {
            double ran = job[0] * seconds / SECONDS;
            samples.add(new Sample("examday_sql_statements_per_job_count", Map.of("kind", kind), ran));
            samples.add(new Sample("examday_sql_statements_per_job_sum", Map.of("kind", kind), ran * job[1]));
        });
        jobLatencies.forEach((kind, job) -> {
            double done = job[0] * seconds / SECONDS;
            samples.add(new Sample("examday_jobs_latency_seconds_count", Map.of("kind", kind), done));
            samples.add(new Sample("examday_jobs_latency_seconds_sum", Map.of("kind", kind), done * job[1] / 1000));
        });
        return samples;
    }
}
