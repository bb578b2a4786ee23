package io.examday.harness.simulation.support;

import io.gatling.javaapi.core.OpenInjectionStep;
import java.util.List;
import scala.collection.Iterator;
import scala.concurrent.duration.FiniteDuration;

/**
 * When each user of an open injection profile is due, in milliseconds after the first arrival: asked of Gatling's
 * own steps, chained as Gatling chains them (each step after the ones before it), so it is the schedule Gatling
 * plays, not a copy of its arithmetic. Users start in this order, so the n-th user fed is due at the n-th offset.
 */
final class ArrivalSchedule {

    private ArrivalSchedule() {}

    static long[] offsetsMillis(List<OpenInjectionStep> steps) {
        Iterator<FiniteDuration> offsets = emptyIterator();
        for (OpenInjectionStep step : steps.reversed()) {
            offsets = step.asScala().chain(offsets);
        }
        long users = steps.stream().mapToLong(step -> step.asScala().users()).sum();
        long[] millis = new long[Math.toIntExact(users)];
        for (int i = 0; i < millis.length && offsets.hasNext(); i++) {
            millis[i] = offsets.next().toMillis();
        }
        return millis;
    }

    @SuppressWarnings("unchecked")
    private static Iterator<FiniteDuration> emptyIterator() {
        return (Iterator<FiniteDuration>) (Iterator<?>) scala.collection.Iterator$.MODULE$.empty();
    }
}
