package io.examday.harness.simulation.support;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.examday.harness.scenario.SignInWindow;
import io.gatling.javaapi.core.OpenInjectionStep;
import java.time.Duration;
import java.util.ArrayList;
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

    /**
     * The cohort's arrivals as open injection steps: punctual candidates over the sign-in window (bunching in its last
     * third), then the late ones after the open. Of a split run, only {@code slice}'s candidates, each ramp begun at
     * its first one's offset in the whole cohort's schedule and spaced as every count-th of it, so the slices together
     * play that schedule to within Gatling's own rounding (it places a ramp's users second by second).
     */
    static List<OpenInjectionStep> steps(SignInWindow signIn, int candidates, InjectorSlice slice) {
        int early = signIn.early(candidates);
        int bunched = signIn.bunched(candidates);
        List<OpenInjectionStep> steps = new ArrayList<>();
        ramp(steps, slice, 0, early, signIn.firstTwoThirds());
        ramp(steps, slice, early, early + bunched, signIn.lastThird());
        ramp(steps, slice, early + bunched, early + bunched + signIn.late(candidates), signIn.lateWithin());
        return steps;
    }

    /**
     * Candidates {@code from} (inclusive) to {@code to} (exclusive), counted from 0, spread over {@code over}: in the
     * whole cohort's ramp the j-th of them arrives at j * over / (to - from); a slice's are every count-th of them
     * from its first, so its ramp starts at its first one's offset and its own users stand count gaps apart.
     */
    private static void ramp(List<OpenInjectionStep> steps, InjectorSlice slice, int from, int to, Duration over) {
        int all = to - from;
        int users = slice.within(from, to);
        if (users == 0) {
            if (!over.isZero()) {
                steps.add(nothingFor(over));
            }
            return;
        }
        if (over.isZero()) {
            steps.add(atOnceUsers(users));
            return;
        }
        if (!slice.split()) {
            steps.add(rampUsers(users).during(over));
            return;
        }
        long nanos = over.toNanos();
        Duration lead = Duration.ofNanos(nanos * (slice.firstWithin(from) - from) / all);
        Duration span = Duration.ofNanos(nanos * users * slice.count() / all);
        if (lead.isPositive()) {
            steps.add(nothingFor(lead));
        }
        steps.add(rampUsers(users).during(span));
        Duration rest = over.minus(lead).minus(span);
        if (rest.isPositive()) {
            steps.add(nothingFor(rest));
        }
    }

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
