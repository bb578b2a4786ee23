package io.examday.harness.run;

import io.examday.harness.sampling.Sample;
import io.examday.harness.sampling.ScrapeLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The sampler's successful scrapes as a table: one row a scrape, one column a series. A long run holds hundreds of
 * scrapes of about a thousand series each; the identities are stored once.
 */
public final class ServerHistory {

    private final List<Series> columns = new ArrayList<>();
    private final Map<Series, Integer> columnOf = new HashMap<>();
    private final List<Long> times = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private final int failedScrapes;

    public ServerHistory(List<ScrapeLine> scrapes) {
        int failed = 0;
        for (ScrapeLine scrape : scrapes.stream().sorted((a, b) -> Long.compare(a.at(), b.at())).toList()) {
            if (!scrape.ok()) {
                failed++;
                continue;
            }
            Map<Integer, Double> values = new HashMap<>();
            for (Sample s : scrape.series()) {
                values.put(columnOf.computeIfAbsent(new Series(s.name(), s.labels()), this::newColumn), s.value());
            }
            double[] row = new double[columns.size()];
            Arrays.fill(row, Double.NaN);
            values.forEach((column, value) -> row[column] = value);
            times.add(scrape.at());
            rows.add(row);
        }
        failedScrapes = failed;
    }

    private int newColumn(Series series) {
        columns.add(series);
        return columns.size() - 1;
    }

    public int size() {
        return times.size();
    }

    public int failedScrapes() {
        return failedScrapes;
    }

    public long at(int row) {
        return times.get(row);
    }

    /** The value of a series in a scrape, NaN when the scrape did not carry it. */
    public double value(int row, int column) {
        double[] values = rows.get(row);
        return column < values.length ? values[column] : Double.NaN;
    }

    public List<Integer> columns(Predicate<Series> which) {
        List<Integer> matching = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (which.test(columns.get(i))) {
                matching.add(i);
            }
        }
        return matching;
    }

    public Series series(int column) {
        return columns.get(column);
    }

    /** Rows whose scrape time lies in the span. */
    public List<Integer> rowsWithin(Span span) {
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            if (span.contains(times.get(i))) {
                inside.add(i);
            }
        }
        return inside;
    }

    /**
     * The last scrape at or before the span's start through the last scrape of all: a whole-run figure keeps what
     * happened between the run's start and the first scrape inside it, and what the harness asked after the load
     * (the after-exam audit and export), which the sampler's last scrape, taken when the run is over, holds.
     */
    public List<Integer> rowsFrom(Span span) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            if (!(i + 1 < times.size() && times.get(i + 1) <= span.from())) {
                rows.add(i);
            }
        }
        return rows;
    }
}
