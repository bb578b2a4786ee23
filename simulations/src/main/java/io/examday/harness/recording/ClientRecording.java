package io.examday.harness.recording;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client side's own record of a run, kept in-process beside Gatling (whose binary simulation.log nobody may
 * read): per request name and per second HdrHistograms of response times ({@code latency.hlog}) and of how late
 * requests left against their schedule ({@code lag.hlog}), of how long the injector itself took around each
 * request ({@code injector-delay.hlog}), a per-second timeline ({@code timeline.csv}), and at the end
 * {@code summary.json}. Virtual users only touch wait-free recorders and
 * adders; one ticker thread does all the I/O, once a second, and prints a progress line every ten. The same thread
 * feeds the {@link AbortWatch}, and writes {@code abort.json} when one of its conditions holds.
 */
public final class ClientRecording implements AutoCloseable {

    /** Written when an abort condition held: {@link AbortWatch.Tripped} as JSON. */
    public static final String ABORT_FILE = "abort.json";
    static final String LATENCY_FILE = "latency.hlog";
    static final String LAG_FILE = "lag.hlog";
    static final String INJECTOR_DELAY_FILE = "injector-delay.hlog";
    static final String TIMELINE_FILE = "timeline.csv";
    static final String SUMMARY_FILE = "summary.json";
    static final String LATENCY_COMMENT =
            "Examday client latency: response times in microseconds; tag = request name with ' ' as '_'";
    static final String LAG_COMMENT =
            "Examday schedule lag: how late each request left against when it was due, in microseconds; tag = request name with ' ' as '_'";
    static final String INJECTOR_DELAY_COMMENT =
            "Examday injector delay: the step before a request to the step after it, minus Gatling's own response time for it, in microseconds; tag = request name with ' ' as '_'";
    private static final int PROGRESS_EVERY_TICKS = 10;
    /** A request an hour late is as untrustworthy as one later still. */
    private static final long HIGHEST_LAG_MICROS = 3_600_000_000L;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path clientDir;
    private final Supplier<String> phase;
    private final PrintStream progress;
    private final AbortWatch abort;
    private final Map<String, RouteLatency> routes = new ConcurrentHashMap<>();
    private final Map<String, Recorder> lags = new ConcurrentHashMap<>();
    private final Map<String, Recorder> injectorDelays = new ConcurrentHashMap<>();
    private final Histogram injectorDelay = new Histogram(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS);
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder intervalFailures = new LongAdder();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger peakActive = new AtomicInteger();
    private final Histogram global = new Histogram(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS);

    /** Of a split run: the other injectors' abort files, and why this one stops when one of them appeared. */
    private volatile List<Path> otherAborts = List.of();
    private volatile String stoppedElsewhere;
    private ScheduledExecutorService ticker;
    private IntervalLog log;
    private IntervalLog lagLog;
    private IntervalLog injectorDelayLog;
    private Timeline timeline;
    private MachineCpu cpu;
    private long ticks;
    private long requestsSinceProgress;
    private long progressSinceMillis;
    private boolean closed;

    /**
     * @param clientDir the run folder's {@code client/}
     * @param phase names the phase the run is in, for the progress line
     * @param progress where the progress line goes (the terminal)
     */
    public ClientRecording(Path clientDir, Supplier<String> phase, PrintStream progress) {
        this(clientDir, phase, progress, AbortWatch.never());
    }

    /** @param abort when to stop the run before its end */
    public ClientRecording(Path clientDir, Supplier<String> phase, PrintStream progress, AbortWatch abort) {
        this.clientDir = clientDir;
        this.phase = phase;
        this.progress = progress;
        this.abort = abort;
    }

    /** Whether an abort condition held: the virtual users stop the load on their next request. */
    public boolean stopping() {
        return abort.stopping() || stoppedElsewhere != null;
    }

    /** Why the run stops, for Gatling's log; empty while it goes on. */
    public String stopReason() {
        return abort.tripped().map(t -> "Examday abort condition held: " + t.condition() + " (" + t.figures() + ")")
                .orElse(stoppedElsewhere == null ? "" : "Examday: " + stoppedElsewhere);
    }

    /**
     * A split run stops as one: this injector also stops when another's abort file appears (checked each second).
     *
     * @param abortFiles the other injectors' {@code client/abort.json}
     */
    public void stopWithAnyOf(List<Path> abortFiles) {
        this.otherAborts = List.copyOf(abortFiles);
    }

    public synchronized void start() {
        try {
            Files.createDirectories(clientDir);
            long now = System.currentTimeMillis();
            log = new IntervalLog(clientDir.resolve(LATENCY_FILE), now, LATENCY_COMMENT);
            lagLog = new IntervalLog(clientDir.resolve(LAG_FILE), now, LAG_COMMENT);
            injectorDelayLog = new IntervalLog(clientDir.resolve(INJECTOR_DELAY_FILE), now, INJECTOR_DELAY_COMMENT);
            timeline = new Timeline(clientDir.resolve(TIMELINE_FILE));
            cpu = new MachineCpu();
            progressSinceMillis = now;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the client recording in " + clientDir, e);
        }
        ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "examday-client-recording");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tickSafely, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * One response (or failure to get one).
     *
     * @param requestName the portal's route template, e.g. {@code GET /api/attempts/{attemptId}/pages/{page}}
     * @param micros response time
     * @param failure why it failed, or {@code null} when it succeeded
     */
    public void record(String requestName, long micros, String failure) {
        routes.computeIfAbsent(requestName, name -> new RouteLatency()).record(micros, failure == null);
        if (failure != null) {
            intervalFailures.increment();
            errors.computeIfAbsent(failure, message -> new LongAdder()).increment();
        }
    }

    /**
     * How late a request left against when it was due ({@link ScheduleLag}).
     *
     * @param requestName the portal's route template
     * @param micros      the lateness, 0 when on time
     */
    public void lag(String requestName, long micros) {
        lags.computeIfAbsent(requestName, name -> new Recorder(HIGHEST_LAG_MICROS, RouteLatency.SIGNIFICANT_DIGITS))
                .recordValue(Math.clamp(micros, 0, HIGHEST_LAG_MICROS));
    }

    /**
     * How long the injector itself took around one request: from the step before it to the step after it, minus
     * Gatling's own response time (from the instant Gatling tried to send to the last byte). On a machine the
     * injector shares, this is the injector waiting for a core before and after the request; response times leave
     * it out.
     *
     * @param requestName the portal's route template
     * @param micros      the difference, 0 when none
     */
    public void injectorDelay(String requestName, long micros) {
        injectorDelays.computeIfAbsent(requestName, name -> new Recorder(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS))
                .recordValue(Math.clamp(micros, 0, RouteLatency.HIGHEST_MICROS));
    }

    public void candidateArrived() {
        peakActive.accumulateAndGet(active.incrementAndGet(), Math::max);
    }

    public void candidateLeft() {
        active.decrementAndGet();
    }

    /** Stops the ticker, writes the last interval and {@code summary.json}. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed || ticker == null) {
            return;
        }
        closed = true;
        ticker.shutdown();
        try {
            if (!ticker.awaitTermination(10, TimeUnit.SECONDS)) {
                progress.println("[examday] the recording ticker did not stop; the last second may be missing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            tick();
            log.close();
            lagLog.close();
            injectorDelayLog.close();
            timeline.close();
            writeSummary(clientDir.resolve(SUMMARY_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the client recording in " + clientDir, e);
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (IOException | RuntimeException e) {
            // A lost second is better than a ticker that silently stops for the rest of the run.
            progress.println("[examday] client recording: " + e);
        }
    }

    /** Ticker thread, or the closing thread once the ticker stopped. */
    private void tick() throws IOException {
        long now = System.currentTimeMillis();
        long requests = 0;
        Histogram second = new Histogram(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS);
        for (Map.Entry<String, RouteLatency> route : routes.entrySet()) {
            Histogram interval = route.getValue().takeInterval();
            if (interval.getTotalCount() > 0) {
                requests += interval.getTotalCount();
                global.add(interval);
                second.add(interval);
                log.write(route.getKey(), interval);
            }
        }
        log.flush();
        for (Map.Entry<String, Recorder> route : lags.entrySet()) {
            Histogram interval = route.getValue().getIntervalHistogram();
            if (interval.getTotalCount() > 0) {
                lagLog.write(route.getKey(), interval);
            }
        }
        lagLog.flush();
        for (Map.Entry<String, Recorder> route : injectorDelays.entrySet()) {
            Histogram interval = route.getValue().getIntervalHistogram();
            if (interval.getTotalCount() > 0) {
                injectorDelay.add(interval);
                injectorDelayLog.write(route.getKey(), interval);
            }
        }
        injectorDelayLog.flush();
        long failures = intervalFailures.sumThenReset();
        timeline.row(now, active.get(), requests, failures, cpu.sample());
        timeline.flush();
        Optional<AbortWatch.Tripped> tripped = abort.second(now, requests, failures, second);
        if (stoppedElsewhere == null && !abort.stopping()) {
            otherAborts.stream().filter(Files::exists).findFirst().ifPresent(file -> {
                stoppedElsewhere = "another injector's abort condition held (" + file + ")";
                progress.println("[examday] stopping the run: " + stoppedElsewhere);
            });
        }
        if (tripped.isPresent()) {
            try (var out = Files.newBufferedWriter(clientDir.resolve(ABORT_FILE))) {
                JSON.writeValue(out, tripped.get());
            }
            progress.println("[examday] stopping the run: " + tripped.get().condition() + " (" + tripped.get().figures() + ")");
        }
        requestsSinceProgress += requests;
        if (++ticks % PROGRESS_EVERY_TICKS == 0) {
            double seconds = Math.max(1, now - progressSinceMillis) / 1000.0;
            progress.println(new ProgressLine(phase.get(), active.get(), requestsSinceProgress / seconds,
                    global.getValueAtPercentile(95) / 1000.0, failedSoFar()).text());
            requestsSinceProgress = 0;
            progressSinceMillis = now;
        }
    }

    private long failedSoFar() {
        return routes.values().stream().mapToLong(RouteLatency::ko).sum();
    }

    private void writeSummary(Path file) throws IOException {
        Map<String, LatencyFigures> requests = new TreeMap<>();
        long ok = 0;
        long ko = 0;
        for (Map.Entry<String, RouteLatency> route : routes.entrySet()) {
            RouteLatency r = route.getValue();
            requests.put(route.getKey(), LatencyFigures.of(r.total(), r.ok(), r.ko()));
            ok += r.ok();
            ko += r.ko();
        }
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((message, count) -> errorCounts.put(message, count.sum()));
        ClientSummary summary = new ClientSummary(LatencyFigures.of(global, ok, ko), requests, errorCounts,
                peakActive.get(), LatencyFigures.of(injectorDelay, injectorDelay.getTotalCount(), 0));
        try (var out = Files.newBufferedWriter(file)) {
            JSON.writeValue(out, summary);
        }
    }
}
