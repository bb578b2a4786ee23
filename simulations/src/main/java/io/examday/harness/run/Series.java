package io.examday.harness.run;

import java.util.Map;

/** The identity of one time series: metric name and labels. */
public record Series(String name, Map<String, String> labels) {

    public Series {
        labels = Map.copyOf(labels);
    }

    public String label(String key) {
        return labels.get(key);
    }
}
