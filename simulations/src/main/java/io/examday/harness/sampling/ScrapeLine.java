package io.examday.harness.sampling;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of {@code server/metrics.jsonl}: the kept samples of one scrape, or why the scrape failed.
 *
 * @param at      epoch milliseconds when the (last) answer arrived
 * @param series  the kept samples; empty when the scrape failed
 * @param error   why the scrape failed, absent when it worked
 * @param missing of several instances scraped, those that did not answer, each with why; the line still holds the
 *                others' samples. Empty (and not written) when every one answered.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScrapeLine(long at, List<Sample> series, String error, List<String> missing) {

    public ScrapeLine {
        series = series == null ? List.of() : List.copyOf(series);
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    public ScrapeLine(long at, List<Sample> series, String error) {
        this(at, series, error, List.of());
    }

    public static ScrapeLine failed(long at, String error) {
        return new ScrapeLine(at, List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }
}
