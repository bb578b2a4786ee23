package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;

import io.examday.harness.endpoint.Due;
import io.examday.harness.endpoint.AttemptRoutes;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.recording.Acknowledged;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.function.ToLongFunction;

/**
 * A candidate thinking over a page while the page autosaves: every autosave period, on a clock that runs across
 * pages, it sends the answer being worked on (the portal writes it the first time and nothing when it is unchanged).
 * Think time never runs past the last moment a request may leave before the deadline.
 */
final class Autosaving {

    private final AttemptRoutes attempt;
    private final SignIn signIn;
    private final Acknowledged acknowledged;
    private final long periodMillis;

    Autosaving(AttemptRoutes attempt, SignIn signIn, Acknowledged acknowledged, Duration period) {
        this.attempt = attempt;
        this.signIn = signIn;
        this.acknowledged = acknowledged;
        this.periodMillis = period.toMillis();
    }

    /** The first autosave comes one period after the start. */
    Session startClock(Session s) {
        return s.set(Progress.NEXT_AUTOSAVE_AT, Progress.now() + periodMillis);
    }

    /** Thinks for as long as {@code length} draws, autosaving on the way. */
    ChainBuilder thinkFor(ToLongFunction<Session> lengthMillis) {
        return thinkUntil(s -> Progress.now() + lengthMillis.applyAsLong(s));
    }

    /** Thinks until the instant {@code until} gives (capped at the last moment before the deadline). */
    ChainBuilder thinkUntil(ToLongFunction<Session> untilMillis) {
        return exec(s -> s.set(Progress.THINK_UNTIL, Math.min(untilMillis.applyAsLong(s), Progress.submitBy(s))))
                .asLongAs(s -> Sitting.carryingOn(s) && s.getLong(Progress.NEXT_AUTOSAVE_AT) < s.getLong(Progress.THINK_UNTIL))
                .on(exec(Due.waitUntil(s -> s.getLong(Progress.NEXT_AUTOSAVE_AT)))
                        .exec(signIn.ifSessionLost())
                        .doIf(s -> Sitting.carryingOn(s) && !Sitting.drafts(s).isEmpty())
                        .then(exec(s -> s.set(Sitting.DRAFT, Sitting.drafts(s).getFirst())).exec(save()))
                        .exec(s -> s.set(Progress.NEXT_AUTOSAVE_AT, s.getLong(Progress.NEXT_AUTOSAVE_AT) + periodMillis)))
                .doIf(Sitting::carryingOn)
                .then(Due.waitUntil(s -> s.getLong(Progress.THINK_UNTIL)));
    }

    /** Saves every draft on the page, as the page does when the candidate moves on. */
    ChainBuilder saveAll() {
        // From the session, not "#{drafts}": a user whose page read failed has no drafts, and must not crash the loop.
        return foreach(s -> new ArrayList<Object>(Sitting.drafts(s)), Sitting.DRAFT).on(doIf(Sitting::carryingOn).then(save()));
    }

    /** Saves {@link Sitting#DRAFT}; a 2xx that echoed the revision is recorded as acknowledged. */
    ChainBuilder save() {
        return exec(attempt.answer()).exec(s -> {
            if (Sitting.carryingOn(s)) {
                acknowledged.answered(Sitting.attemptId(s), Sitting.draft(s).questionId(), Sitting.draft(s).revision());
            }
            return s;
        });
    }
}
