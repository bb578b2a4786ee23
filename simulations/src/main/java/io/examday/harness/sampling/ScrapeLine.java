package io.examday.harness.sampling;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of {@code server/metrics.jsonl}: the kept samples of one scrape, or why the scrape failed.
 *
 * @param at     epoch milliseconds when the portal's answer arrived
 * @param series the kept samples; empty when the scrape failed
 * @param error  why the scrape failed, absent when it worked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScrapeLine(long at, List<Sample> series, String error) {

    public ScrapeLine {
        series = series == null ? List.of() : List.copyOf(series);
    }

    public static ScrapeLine failed(long at, String error) {
        return new ScrapeLine(at, List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }
}
