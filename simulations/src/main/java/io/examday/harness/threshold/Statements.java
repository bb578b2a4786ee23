package io.examday.harness.threshold;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * SQL statements per request, from the portal's {@code examday_sql_statements_per_request} histogram.
 *
 * @param fewerThan    the statement count a request must stay under; {@code fewerThan - 1} must be a bucket bound
 * @param shareAtLeast share of requests that must run fewer than {@code fewerThan} statements
 * @param meanBelow    the mean over all requests must be strictly below this
 */
public record Statements(
        @JsonProperty(required = true) Window window,
        @JsonProperty(required = true) int fewerThan,
        @JsonProperty(required = true) Percent shareAtLeast,
        @JsonProperty(required = true) double meanBelow) {

    /** The portal's histogram buckets (API.md): only these bounds can be read exactly from it. */
    public static final List<Integer> BUCKET_BOUNDS = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 50, 100);

    public Statements {
        if (!BUCKET_BOUNDS.contains(fewerThan - 1)) {
            throw new IllegalArgumentException("fewerThan " + fewerThan + " cannot be read from the histogram: fewerThan - 1"
                    + " must be a bucket bound of examday_sql_statements_per_request " + BUCKET_BOUNDS);
        }
    }
}
