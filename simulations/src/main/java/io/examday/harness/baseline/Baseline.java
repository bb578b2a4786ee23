package io.examday.harness.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.examday.harness.threshold.Window;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code reports/baselines/<scenario>.json}: the few figures of a passing run that later runs of the same scenario
 * are compared with, and the machine they were measured on. Committed, so it stays small. A file written before
 * the per-endpoint, CPU and statement figures existed still reads: those figures are then absent and not judged.
 *
 * @param p95Ms           global client p95 per window ({@code whole-run}, {@code full-load})
 * @param endpointP95Ms   whole-run client p95 per request name
 * @param endpointRequests whole-run requests per request name
 * @param cpuPerRequestMs portal CPU milliseconds per request served, full-load window
 * @param statementsMean  SQL statements per request served, whole run
 * @param machine         the shape of the machine the baseline ran on; absent in files from before it was kept
 * @param machineSpeedMs  how fast that machine did {@link MachineSpeed}'s fixed work; absent in older files
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Baseline(
        String scenario,
        String runId,
        Instant startedAt,
        Instant promotedAt,
        MachineShape machine,
        Double machineSpeedMs,
        Map<String, Double> p95Ms,
        Map<String, Double> endpointP95Ms,
        Map<String, Long> endpointRequests,
        Double cpuPerRequestMs,
        Double statementsMean,
        long requests,
        long peakActiveUsers) {

    public Baseline {
        p95Ms = sorted(p95Ms);
        endpointP95Ms = sorted(endpointP95Ms);
        endpointRequests = sorted(endpointRequests);
    }

    /** In name order, so the committed file does not reshuffle on every promotion. */
    private static <V> Map<String, V> sorted(Map<String, V> figures) {
        return figures == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(figures));
    }

    public Optional<Double> p95Ms(Window window) {
        return Optional.ofNullable(p95Ms.get(window.word()));
    }

    /** The figures the regression checks compare, as {@link ComparedFigures#of} computes them for a run. */
    public ComparedFigures figures() {
        return new ComparedFigures(p95Ms.get(Window.WHOLE_RUN.word()), endpointP95Ms, endpointRequests, cpuPerRequestMs,
                statementsMean);
    }
}
