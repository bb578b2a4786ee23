package io.examday.harness.report;

import io.examday.harness.gate.Verdict;
import io.examday.harness.gate.VerdictFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One judged run of the same scenario, from the run folders beside this one (this run included, marked current). */
record TrendRow(String runId, Instant startedAt, String verdict, Double p95Ms, long peakActiveUsers, long requests, boolean current) {

    static List<TrendRow> of(Path runDir, String scenario, Optional<Verdict> current) {
        Path here = runDir.toAbsolutePath().normalize();
        Stream<TrendRow> earlier;
        try (Stream<Path> folders = Files.list(here.getParent())) {
            earlier = folders.filter(Files::isDirectory).filter(d -> !d.equals(here))
                    .map(VerdictFiles::read).flatMap(Optional::stream)
                    .filter(v -> scenario.equals(v.scenario()))
                    .map(v -> row(v, false))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Stream.concat(earlier, current.stream().map(v -> row(v, true)))
                .sorted(Comparator.comparing(TrendRow::startedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static TrendRow row(Verdict v, boolean current) {
        Verdict.Figures f = v.figures();
        return new TrendRow(v.runId(), v.startedAt(), v.verdict().name(), f == null ? null : f.p95Ms(),
                f == null ? 0 : f.peakActiveUsers(), f == null ? 0 : f.requests(), current);
    }
}
