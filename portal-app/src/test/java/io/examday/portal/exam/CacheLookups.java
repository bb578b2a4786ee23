package io.examday.portal.exam;

import io.examday.portal.telemetry.CacheLayers;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.stream.StreamSupport;

/**
 * The {@code cache.gets} counts of one cache, per layer and result, as the gate reads them from Prometheus. The local
 * layer is a Counter, the shared (Redis) layer a FunctionCounter over the cache's statistics: both are read the same way.
 */
public record CacheLookups(double localHits, double localMisses, double sharedHits, double sharedMisses) {

    public static CacheLookups of(MeterRegistry registry, String cache) {
        return new CacheLookups(count(registry, cache, CacheLayers.LOCAL, "hit"), count(registry, cache, CacheLayers.LOCAL, "miss"),
                count(registry, cache, CacheLayers.SHARED, "hit"), count(registry, cache, CacheLayers.SHARED, "miss"));
    }

    public CacheLookups since(CacheLookups before) {
        return new CacheLookups(localHits - before.localHits, localMisses - before.localMisses,
                sharedHits - before.sharedHits, sharedMisses - before.sharedMisses);
    }

    private static double count(MeterRegistry registry, String cache, String layer, String result) {
        return registry.find("cache.gets").tag("cache", cache).tag(CacheLayers.TAG, layer).tag("result", result).meters().stream()
                .flatMap(meter -> StreamSupport.stream(meter.measure().spliterator(), false))
                .mapToDouble(Measurement::getValue)
                .sum();
    }
}
