package io.examday.harness.gate;

import io.examday.harness.run.Run;
import io.examday.harness.run.ServerFigures;
import io.examday.harness.threshold.Cache;
import io.examday.harness.threshold.Window;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What the portal reported about itself, always as counter growth between the first and last scrape of the
 * window; a single gauge reading says nothing about a whole window.
 */
final class ServerChecks {

    private ServerChecks() {}

    static Check cache(Run run, Cache rule) {
        Window window = rule.window();
        String name = "Cache hit rate, all caches";
        String target = "above " + rule.hitRateAbove();
        List<Integer> rows = run.serverRows(window);
        if (rows.size() < 2) {
            return Check.unmeasured("cache.hit-rate", name, Role.THRESHOLD, window, target, tooFew(rows.size()));
        }
        OptionalDouble rate = new ServerFigures(run.server()).cacheHitRate(rows);
        if (rate.isEmpty()) {
            return Check.unmeasured("cache.hit-rate", name, Role.THRESHOLD, window, target,
                    "no cache_gets_total growth in the window");
        }
        return Check.judged("cache.hit-rate", name, Role.THRESHOLD, window, Compare.ABOVE, Unit.SHARE,
                rule.hitRateAbove().fraction(), rate.getAsDouble(), null);
    }

    static String tooFew(int scrapes) {
        return String.format(Locale.ROOT, "%d server scrape%s in the window; differences need two", scrapes, scrapes == 1 ? "" : "s");
    }
}
