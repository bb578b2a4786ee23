package io.examday.harness.report;

import io.examday.harness.run.Run;
import io.examday.harness.run.ServerFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** Server figures between consecutive scrapes, for charts: the same counter arithmetic the gate uses over a window. */
final class ServerSteps {

    private final Run run;
    private final ServerFigures figures;

    ServerSteps(Run run) {
        this.run = run;
        this.figures = new ServerFigures(run.server());
    }

    /** A point at each scrape after the first, valued over the interval that scrape closes. */
    List<double[]> points(BiFunction<ServerFigures, List<Integer>, Optional<Double>> value) {
        List<double[]> points = new ArrayList<>();
        for (int row = 1; row < run.server().size(); row++) {
            long at = run.server().at(row);
            value.apply(figures, List.of(row - 1, row)).ifPresent(v -> points.add(new double[] {at, v}));
        }
        return points;
    }
}
