package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;

import io.examday.harness.endpoint.AttemptRoutes;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.recording.Acknowledged;
import io.examday.harness.scenario.SubmitPlan;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

/**
 * Finishing. Early finishers submit straight away. Deadline riders keep the page open (it keeps autosaving) until a
 * moment drawn from the last {@code deadlineWindow} before their deadline, then save once more and submit: together
 * they make the submit storm. Vanishing candidates never submit.
 */
public final class Submit {

    private final AttemptRoutes attempt;
    private final Autosaving autosaving;
    private final SignIn signIn;
    private final SubmitPlan plan;
    private final Acknowledged acknowledged;
    private final RunEvents events;

    Submit(AttemptRoutes attempt, Autosaving autosaving, SignIn signIn, SubmitPlan plan, Acknowledged acknowledged,
            RunEvents events) {
        this.attempt = attempt;
        this.autosaving = autosaving;
        this.signIn = signIn;
        this.plan = plan;
        this.acknowledged = acknowledged;
        this.events = events;
    }

    public ChainBuilder chain() {
        return doIf(s -> Sitting.carryingOn(s) && s.contains(Progress.STARTED) && Progress.fate(s) == Fate.VANISH)
                .then(exec(s -> Sitting.stop(s, "vanished")))
                .doIf(s -> Sitting.carryingOn(s) && s.contains(Progress.STARTED) && Progress.fate(s) == Fate.RIDER)
                .then(exec(autosaving.thinkUntil(this::submitMoment))
                        .exec(signIn.ifSessionLost())
                        .doIf(s -> Sitting.carryingOn(s) && !Sitting.drafts(s).isEmpty())
                        .then(exec(s -> s.set(Sitting.DRAFT, Sitting.drafts(s).getFirst())).exec(autosaving.save())))
                .doIf(s -> Sitting.carryingOn(s) && s.contains(Progress.STARTED))
                .then(exec(attempt.submit()).doIf(Sitting::carryingOn).then(exec(this::submitted)));
    }

    private long submitMoment(Session s) {
        return Progress.submitBy(s) - Sitting.random(s).nextLong(plan.deadlineWindow().toMillis() + 1);
    }

    private Session submitted(Session s) {
        acknowledged.submitted(Sitting.attemptId(s));
        events.submitted(Progress.fate(s) == Fate.RIDER);
        return s.set(Progress.SUBMITTED, true);
    }
}
