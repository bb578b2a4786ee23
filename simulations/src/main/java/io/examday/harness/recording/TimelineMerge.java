package io.examday.harness.recording;

import io.examday.harness.run.Timeline.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Several injectors' {@code timeline.csv} as one, a row per wall-clock second: requests and failures summed (each
 * injector's rows fall into the second they were written in, so the totals stay exact), active candidates and
 * injector CPU summed over each injector's last row at or before that second (a ticker that slipped a second
 * still counts its users), the machine's CPU as the mean of what the injectors saw of the same machine.
 */
final class TimelineMerge {

    private TimelineMerge() {}

    /** Writes the merged timeline; returns the most candidates active at once in it. */
    static long merge(List<List<Row>> injectors, Path output) throws IOException {
        TreeMap<Long, List<Row>[]> seconds = new TreeMap<>();
        for (int i = 0; i < injectors.size(); i++) {
            for (Row row : injectors.get(i)) {
                seconds.computeIfAbsent(Math.floorDiv(row.epochMillis(), 1000), s -> rowsPerInjector(injectors.size()))[i]
                        .add(row);
            }
        }
        Row[] last = new Row[injectors.size()];
        long peak = 0;
        try (Timeline out = new Timeline(output)) {
            for (Map.Entry<Long, List<Row>[]> second : seconds.entrySet()) {
                long requests = 0;
                long failures = 0;
                long active = 0;
                double injectorCpu = 0;
                double systemCpu = 0;
                int systemKnown = 0;
                for (int i = 0; i < last.length; i++) {
                    for (Row row : second.getValue()[i]) {
                        requests += row.requests();
                        failures += row.failures();
                        last[i] = row;
                    }
                    if (last[i] != null) {
                        active += last[i].activeUsers();
                        injectorCpu += Double.isNaN(last[i].injectorCpu()) ? 0 : last[i].injectorCpu();
                        if (!Double.isNaN(last[i].systemCpu())) {
                            systemCpu += last[i].systemCpu();
                            systemKnown++;
                        }
                    }
                }
                peak = Math.max(peak, active);
                out.row(second.getKey() * 1000, active, requests, failures, injectorCpu,
                        systemKnown == 0 ? Double.NaN : systemCpu / systemKnown);
            }
        }
        return peak;
    }

    @SuppressWarnings("unchecked")
    private static List<Row>[] rowsPerInjector(int injectors) {
        List<Row>[] rows = new List[injectors];
        for (int i = 0; i < injectors; i++) {
            rows[i] = new ArrayList<>(2);
        }
        return rows;
    }
}
