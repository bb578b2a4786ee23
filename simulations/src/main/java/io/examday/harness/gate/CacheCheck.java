package io.examday.harness.gate;

import io.examday.harness.run.CacheLookups;
import io.examday.harness.run.Run;
import io.examday.harness.threshold.Cache;
import io.examday.harness.threshold.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code cache.hit-rate}: the hit rate of one cache layer, from counter growth over the window. Layers are judged
 * apart because a fast layer in front hides the one behind it: in-process copies that hit 99 % of reads leave a
 * Redis layer that misses every read invisible in a sum. A judged layer that did not count what it did (no
 * lookups, a cache without a hit or a miss series, lookups without a result) is not measured, never passed.
 */
final class CacheCheck {

    static final String ID = "cache.hit-rate";

    private CacheCheck() {}

    static Check check(Run run, Cache rule) {
        Window window = rule.window();
        String layer = rule.layer().label();
        String name = "Cache hit rate, " + layer + " layer";
        String target = "above " + rule.hitRateAbove();
        List<Integer> rows = run.serverRows(window);
        if (rows.size() < 2) {
            return Check.unmeasured(ID, name, Role.THRESHOLD, window, target, String.format(Locale.ROOT,
                    "%d server scrape%s in the window; differences need two", rows.size(), rows.size() == 1 ? "" : "s"));
        }
        CacheLookups lookups = CacheLookups.of(run.server(), rows);
        CacheLookups.Layer judged = lookups.layer(layer);
        String others = others(lookups, layer);
        if (judged.caches() == 0) {
            return Check.unmeasured(ID, name, Role.THRESHOLD, window, target, join(
                    "the portal exposes no " + CacheLookups.FAMILY + " series with layer=\"" + layer + "\"", others));
        }
        List<String> faults = lookups.of(layer).stream().map(CacheLookups.Cache::fault).filter(Objects::nonNull).toList();
        if (!faults.isEmpty()) {
            return Check.unmeasured(ID, name, Role.THRESHOLD, window, target, join(String.join("; ", faults), others));
        }
        if (judged.lookups() < rule.lookupsAtLeast()) {
            return Check.unmeasured(ID, name, Role.THRESHOLD, window, target, join(String.format(Locale.ROOT,
                    "the %s layer counted %,.0f lookups in the window, fewer than the %d needed to judge its hit rate",
                    layer, judged.lookups(), rule.lookupsAtLeast()), others));
        }
        String figures = String.format(Locale.ROOT, "%s: %,.0f hits, %,.0f misses (%s)", layer, judged.hits(), judged.misses(),
                lookups.of(layer).stream().map(CacheCheck::figures).collect(Collectors.joining(", ")));
        return Check.judged(ID, name, Role.THRESHOLD, window, Compare.ABOVE, Unit.SHARE, rule.hitRateAbove().fraction(),
                judged.hitRate().orElseThrow(), join(figures, others));
    }

    /** The layers not judged, as figures, and what any of them failed to count. */
    private static String others(CacheLookups lookups, String judged) {
        List<String> parts = new ArrayList<>();
        for (String layer : lookups.layers()) {
            if (Objects.equals(layer, judged)) {
                continue;
            }
            CacheLookups.Layer l = lookups.layer(layer);
            parts.add(String.format(Locale.ROOT, "not judged: %s %s of %,.0f lookups", CacheLookups.layerWord(layer),
                    rate(l.hitRate().orElse(Double.NaN)), l.lookups()));
            lookups.of(layer).stream().map(CacheLookups.Cache::fault).filter(Objects::nonNull).forEach(parts::add);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String figures(CacheLookups.Cache cache) {
        String figures = cache.cache() + " " + rate(cache.hitRate().orElse(Double.NaN));
        return cache.unreadable() > 0
                ? figures + String.format(Locale.ROOT, ", %,.0f stored values unreadable, counted as misses", cache.unreadable())
                : figures;
    }

    private static String rate(double share) {
        return Double.isNaN(share) ? "–" : Unit.SHARE.format(share);
    }

    private static String join(String first, String second) {
        return second == null ? first : first + "; " + second;
    }
}
