package io.examday.harness.sampling;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.Map;

/** One line of the Prometheus text format: a series (name and labels) and its value at the scrape. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY) // written as ["name", {labels}, value]: a long run writes many
public record Sample(String name, Map<String, String> labels, double value) {

    public Sample {
        labels = Map.copyOf(labels);
    }

    public String label(String key) {
        return labels.get(key);
    }
}
