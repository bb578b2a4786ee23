package io.examday.harness.recording;

import io.examday.harness.run.AttackOutcome;
import io.examday.harness.run.InjectorRecording;
import io.examday.harness.run.Timeline.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run split over several injector JVMs ({@code injectors/<n>/client/}, one per slice of the cohort) made into the
 * one {@code client/} folder the judge reads: interval logs interleaved in time order and never averaged
 * ({@link IntervalLogMerge}), timelines second by second ({@link TimelineMerge}), acknowledgements row by row
 * ({@link AcknowledgedMerge}), and a summary whose percentiles come from the merged histograms. A file some
 * injector lacks is left out of the merge rather than merged from the others, so the judge calls it missing.
 */
public final class InjectorMerge {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** What the merge found and wrote, for the console. */
    public record Outcome(int injectors, long requests, long peakActive, long acknowledgedAttempts, List<String> leftOut) {

        public String describe() {
            return "%d injectors merged into client/: %,d requests, peak %,d active, %,d acknowledged attempts%s".formatted(
                    injectors, requests, peakActive, acknowledgedAttempts,
                    leftOut.isEmpty() ? "" : "; left out (missing in some injector): " + String.join(", ", leftOut));
        }
    }

    private InjectorMerge() {}

    public static Outcome merge(Path runDir) throws IOException {
        List<Path> clients = InjectorRecording.folders(runDir).stream().map(dir -> dir.resolve("client")).toList();
        if (clients.isEmpty()) {
            throw new IllegalArgumentException(runDir + " has no " + InjectorRecording.DIR + "/<n>/client folders to merge");
        }
        Path out = runDir.resolve("client");
        Files.createDirectories(out);
        List<String> leftOut = new ArrayList<>();
        Optional<IntervalLogMerge> latency = intervals(clients, ClientRecording.LATENCY_FILE, out, ClientRecording.LATENCY_COMMENT, leftOut);
        intervals(clients, ClientRecording.LAG_FILE, out, ClientRecording.LAG_COMMENT, leftOut);
        Optional<IntervalLogMerge> delay = intervals(clients, ClientRecording.INJECTOR_DELAY_FILE, out,
                ClientRecording.INJECTOR_DELAY_COMMENT, leftOut);
        long peak = 0;
        if (all(clients, ClientRecording.TIMELINE_FILE, leftOut)) {
            List<List<Row>> rows = new ArrayList<>();
            for (Path client : clients) {
                rows.add(io.examday.harness.run.Timeline.read(client.resolve(ClientRecording.TIMELINE_FILE)).rows());
            }
            peak = TimelineMerge.merge(rows, out.resolve(ClientRecording.TIMELINE_FILE));
        }
        long requests = 0;
        if (latency.isPresent() && all(clients, ClientRecording.SUMMARY_FILE, leftOut)) {
            ClientSummary summary = summary(clients, latency.get(), delay, peak);
            requests = summary.global().count();
            try (var writer = Files.newBufferedWriter(out.resolve(ClientRecording.SUMMARY_FILE))) {
                JSON.writeValue(writer, summary);
            }
        }
        long attempts = 0;
        if (all(clients, Acknowledged.COUNTS_FILE, leftOut) && all(clients, Acknowledged.ATTEMPTS_FILE, leftOut)
                && all(clients, Acknowledged.ANSWERS_FILE, leftOut)) {
            attempts = AcknowledgedMerge.merge(files(clients, Acknowledged.ATTEMPTS_FILE), out.resolve(Acknowledged.ATTEMPTS_FILE), 1);
            AcknowledgedMerge.merge(files(clients, Acknowledged.ANSWERS_FILE), out.resolve(Acknowledged.ANSWERS_FILE), 2);
            acknowledgedCounts(clients, out.resolve(Acknowledged.COUNTS_FILE));
        }
        earliestAbort(clients, out.resolve(ClientRecording.ABORT_FILE));
        // Injector 0 leads, and only it runs a scenario's attack.
        Path attack = clients.getFirst().resolve(AttackOutcome.FILE);
        if (Files.exists(attack)) {
            Files.copy(attack, out.resolve(AttackOutcome.FILE), StandardCopyOption.REPLACE_EXISTING);
        }
        return new Outcome(clients.size(), requests, peak, attempts, List.copyOf(leftOut));
    }

    private static Optional<IntervalLogMerge> intervals(List<Path> clients, String file, Path out, String comment,
                                                        List<String> leftOut) throws IOException {
        if (!all(clients, file, leftOut)) {
            return Optional.empty();
        }
        return Optional.of(IntervalLogMerge.merge(files(clients, file), out.resolve(file), comment));
    }

    private static boolean all(List<Path> clients, String file, List<String> leftOut) {
        boolean all = clients.stream().allMatch(c -> Files.isRegularFile(c.resolve(file)));
        if (!all && !leftOut.contains(file)) {
            leftOut.add(file);
        }
        return all;
    }

    private static List<Path> files(List<Path> clients, String file) {
        return clients.stream().map(c -> c.resolve(file)).toList();
    }

    /**
     * Counts summed from the injectors' summaries (each counted every response exactly); percentiles from the
     * merged histograms, by the recorder's own {@link LatencyFigures#of}.
     */
    private static ClientSummary summary(List<Path> clients, IntervalLogMerge latency, Optional<IntervalLogMerge> delay,
                                         long peak) throws IOException {
        Map<String, long[]> okKo = new TreeMap<>();
        Map<String, Long> errors = new TreeMap<>();
        long ok = 0;
        long ko = 0;
        int peakOfAny = 0;
        for (Path client : clients) {
            ClientSummary one = JSON.readValue(client.resolve(ClientRecording.SUMMARY_FILE).toFile(), ClientSummary.class);
            one.requests().forEach((name, figures) -> {
                long[] counts = okKo.computeIfAbsent(name, n -> new long[2]);
                counts[0] += figures.ok();
                counts[1] += figures.ko();
            });
            one.errors().forEach((message, count) -> errors.merge(message, count, Long::sum));
            ok += one.global().ok();
            ko += one.global().ko();
            peakOfAny = Math.max(peakOfAny, one.peakActiveUsers());
        }
        Map<String, LatencyFigures> requests = new TreeMap<>();
        for (Map.Entry<String, long[]> name : okKo.entrySet()) {
            Histogram h = latency.totals().getOrDefault(name.getKey(), new Histogram(RouteLatency.HIGHEST_MICROS, RouteLatency.SIGNIFICANT_DIGITS));
            requests.put(name.getKey(), LatencyFigures.of(h, name.getValue()[0], name.getValue()[1]));
        }
        LatencyFigures injectorDelay = delay.map(d -> LatencyFigures.of(d.all(), d.all().getTotalCount(), 0)).orElse(null);
        return new ClientSummary(LatencyFigures.of(latency.all(), ok, ko), requests, errors,
                (int) Math.max(peak, peakOfAny), injectorDelay);
    }

    private static void acknowledgedCounts(List<Path> clients, Path out) throws IOException {
        long starts = 0;
        long answers = 0;
        long later = 0;
        long submits = 0;
        for (Path client : clients) {
            Acknowledged.Counts c = JSON.readValue(client.resolve(Acknowledged.COUNTS_FILE).toFile(), Acknowledged.Counts.class);
            starts += c.starts();
            answers += c.answers();
            later += c.laterRevisions();
            submits += c.submits();
        }
        try (var writer = Files.newBufferedWriter(out)) {
            JSON.writeValue(writer, new Acknowledged.Counts(starts, answers, later, submits));
        }
    }

    /** The first injector to stop the load says why the run stopped. */
    private static void earliestAbort(List<Path> clients, Path out) throws IOException {
        Optional<AbortWatch.Tripped> first = Optional.empty();
        for (Path client : clients) {
            Path file = client.resolve(ClientRecording.ABORT_FILE);
            if (Files.isRegularFile(file)) {
                AbortWatch.Tripped tripped = JSON.readValue(file.toFile(), AbortWatch.Tripped.class);
                if (first.isEmpty() || tripped.atMillis() < first.get().atMillis()) {
                    first = Optional.of(tripped);
                }
            }
        }
        if (first.isPresent()) {
            try (var writer = Files.newBufferedWriter(out)) {
                JSON.writeValue(writer, first.get());
            }
        }
    }
}
