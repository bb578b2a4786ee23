package io.examday.harness.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Cache lookups over a stretch of scrapes, per layer and cache, from {@code cache_gets_total} growth. A series is
 * placed by its {@code layer} label (null when it has none) and its {@code cache} label. {@code result="pending"}
 * (Redis's lookups begun but not yet answered: gets less hits and misses, which can fall) is left out; any other
 * result, or none, is counted as unclassified: a lookup that is neither a hit nor a miss cannot be judged.
 * {@code cache_unreadable_total} counts lookups that found a stored value the portal could not read (one written by
 * another build, in a form this one does not share): Redis counted them as hits, but the portal loaded the value
 * again, which it counted as a miss of its own, so they are taken off the hits.
 */
public record CacheLookups(List<Cache> caches) {

    public static final String FAMILY = "cache_gets_total";
    public static final String UNREADABLE = "cache_unreadable_total";

    /**
     * One cache of one layer.
     *
     * @param hitSeries  whether the portal exposed a {@code result="hit"} series for it at any scrape of the run
     * @param missSeries likewise for {@code result="miss"}: a cache without one does not count its misses
     */
    public record Cache(String layer, String cache, double hits, double misses, double unclassified,
                        double unreadable, boolean hitSeries, boolean missSeries) {

        public double lookups() {
            return hits + misses;
        }

        public OptionalDouble hitRate() {
            return lookups() > 0 ? OptionalDouble.of(hits / lookups()) : OptionalDouble.empty();
        }

        /** Why this cache's count cannot be trusted, or null when it can. */
        public String fault() {
            if (hitSeries != missSeries) {
                return "%s (%s) has no result=\"%s\" series: its %s are not counted"
                        .formatted(cache, layerWord(layer), hitSeries ? "miss" : "hit", hitSeries ? "misses" : "hits");
            }
            if (unclassified > 0) {
                return "%s (%s) counted %,.0f lookups with no hit/miss result".formatted(cache, layerWord(layer), unclassified);
            }
            return null;
        }
    }

    /** The sum of a layer's caches. */
    public record Layer(String layer, double hits, double misses, int caches) {

        public double lookups() {
            return hits + misses;
        }

        public OptionalDouble hitRate() {
            return lookups() > 0 ? OptionalDouble.of(hits / lookups()) : OptionalDouble.empty();
        }
    }

    public static CacheLookups of(ServerHistory history, List<Integer> rows) {
        Map<Key, Tally> tallies = new TreeMap<>(Key.ORDER);
        for (int column : history.columns(s -> s.name().equals(FAMILY) || s.name().equals(UNREADABLE))) {
            Series s = history.series(column);
            String result = s.label("result");
            if ("pending".equals(result)) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(new Key(s.label("layer"), cacheName(s)), k -> new Tally());
            double grew = Counters.increase(history, rows, List.of(column));
            if (s.name().equals(UNREADABLE)) {
                tally.unreadable += grew;
                continue;
            }
            switch (result == null ? "" : result) {
                case "hit" -> {
                    tally.hits += grew;
                    tally.hitSeries = true;
                }
                case "miss" -> {
                    tally.misses += grew;
                    tally.missSeries = true;
                }
                default -> tally.unclassified += grew;
            }
        }
        List<Cache> caches = new ArrayList<>();
        tallies.forEach((key, t) -> caches.add(new Cache(key.layer(), key.cache(), Math.max(0, t.hits - t.unreadable),
                t.misses, t.unclassified, t.unreadable, t.hitSeries, t.missSeries)));
        return new CacheLookups(List.copyOf(caches));
    }

    private record Key(String layer, String cache) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::layer, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(Key::cache);
    }

    private static final class Tally {
        double hits;
        double misses;
        double unclassified;
        double unreadable;
        boolean hitSeries;
        boolean missSeries;
    }

    private static String cacheName(Series s) {
        return Objects.requireNonNullElse(s.label("cache"), Objects.requireNonNullElse(s.label("name"), "(unnamed)"));
    }

    /** How a layer label is written for people; a series without one is said to have no layer. */
    public static String layerWord(String layer) {
        return layer == null ? "no layer label" : layer;
    }

    public List<Cache> of(String layer) {
        return caches.stream().filter(c -> Objects.equals(c.layer(), layer)).toList();
    }

    public Layer layer(String layer) {
        List<Cache> in = of(layer);
        return new Layer(layer, in.stream().mapToDouble(Cache::hits).sum(), in.stream().mapToDouble(Cache::misses).sum(), in.size());
    }

    /** Every layer label the caches carry, in order (null, for series without one, first). */
    public List<String> layers() {
        return caches.stream().map(Cache::layer).distinct().toList();
    }
}
