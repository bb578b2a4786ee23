package io.examday.harness.report;

import io.examday.harness.gate.Check;
import io.examday.harness.gate.Verdict;
import io.examday.harness.run.CacheLookups;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.Window;
import java.util.List;
import java.util.Optional;

/**
 * Hits, misses and hit rate per cache and layer, over the window the cache check judged (full load when the run
 * was not judged); empty when that window holds fewer than two scrapes.
 */
record CacheTable(Window window, Optional<CacheLookups> lookups) {

    static CacheTable of(Run run, Optional<Verdict> verdict) {
        Window window = verdict.flatMap(v -> v.checks().stream().filter(c -> c.id().equals("cache.hit-rate")).findFirst())
                .map(Check::window).orElse(Window.FULL_LOAD);
        List<Integer> rows = run.serverRows(window);
        return new CacheTable(window, rows.size() < 2 ? Optional.empty() : Optional.of(CacheLookups.of(run.server(), rows)));
    }
}
