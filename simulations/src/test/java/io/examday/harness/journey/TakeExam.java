package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;

import io.examday.harness.endpoint.Due;
import io.examday.harness.endpoint.AttemptRoutes;
import io.examday.harness.endpoint.CandidateExamRoutes;
import io.examday.harness.endpoint.Draft;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.recording.Acknowledged;
import io.examday.harness.scenario.ExamShape;
import io.examday.harness.scenario.StartStorm;
import io.examday.harness.scenario.Vanishing;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;

/**
 * The exam itself. The candidate presses Start after their reaction time (the thundering herd at the open), the
 * attempt page opens (in the same storm), then the candidate goes page by page: reads it, thinks for a time drawn from the scenario while the page autosaves, saves on moving
 * on, and now and then goes back to an earlier page to change an answer. A page is not begun when even the
 * shortest think would run past the deadline; a vanishing candidate stops after their page.
 */
public final class TakeExam {

    private final CandidateExamRoutes exams;
    private final AttemptRoutes attempt;
    private final Browsing browsing;
    private final Autosaving autosaving;
    private final SignIn signIn;
    private final ExamShape shape;
    private final StartStorm start;
    private final Acknowledged acknowledged;
    private final RunEvents events;

    TakeExam(CandidateExamRoutes exams, AttemptRoutes attempt, Browsing browsing, Autosaving autosaving, SignIn signIn,
            ExamShape shape, StartStorm start, Acknowledged acknowledged, RunEvents events) {
        this.exams = exams;
        this.attempt = attempt;
        this.browsing = browsing;
        this.autosaving = autosaving;
        this.signIn = signIn;
        this.shape = shape;
        this.start = start;
        this.acknowledged = acknowledged;
        this.events = events;
    }

    public ChainBuilder chain() {
        return doIf(Sitting::carryingOn).then(
                exec(Due.waitFor(s -> start.reaction().draw(Sitting.random(s))))
                        .exec(exams.start())
                        .doIf(Sitting::carryingOn).then(exec(this::started))
                        .exec(browsing.attemptPage())
                        .asLongAs(this::anotherPage).on(
                                exec(signIn.ifSessionLost())
                                        .doIf(Sitting::carryingOn).then(exec(attempt.page()))
                                        .doIf(Sitting::carryingOn).then(exec(TakeExam::draftPage))
                                        .exec(autosaving.thinkFor(s -> shape.thinkTime().draw(Sitting.random(s)).toMillis()))
                                        .exec(signIn.ifSessionLost())
                                        .exec(autosaving.saveAll())
                                        .doIf(this::vanishesHere).then(exec(s -> Sitting.stop(s, "vanished")))
                                        .doIf(this::revisesNow).then(revise())
                                        .exec(s -> s.set(Sitting.PAGE, Sitting.page(s) + 1)))
                        .exec(s -> s.contains(Sitting.PAGE_COUNT)
                                ? s.set(Sitting.PAGE, Math.min(Sitting.page(s), s.getInt(Sitting.PAGE_COUNT)))
                                : s));
    }

    /** Goes back to an earlier page, changes its answer under the next revision, and returns. */
    private ChainBuilder revise() {
        return exec(s -> s.set(Progress.RETURN_TO_PAGE, Sitting.page(s))
                        .set(Sitting.PAGE, 1 + Sitting.random(s).nextInt(Sitting.page(s) - 1)))
                .exec(attempt.page())
                .doIf(Sitting::carryingOn).then(exec(TakeExam::draftPage))
                .exec(autosaving.thinkFor(s -> shape.revise().thinkTime().draw(Sitting.random(s)).toMillis()))
                .exec(autosaving.saveAll())
                .exec(s -> s.set(Sitting.PAGE, s.getInt(Progress.RETURN_TO_PAGE)));
    }

    private Session started(Session s) {
        acknowledged.started(Sitting.attemptId(s));
        if (!s.contains(Progress.STARTED)) {
            events.started(s.getBoolean(Progress.LATE));
        }
        int pages = s.getInt(Sitting.PAGE_COUNT);
        return autosaving.startClock(fixDeadline(s))
                .set(Progress.STARTED, true)
                .set(Sitting.PAGE, 1)
                .set(Progress.VANISH_PAGE, Vanishing.drawPage(pages, Sitting.random(s)));
    }

    /** The local deadline, from the portal's own {@code deadline - serverTime} in its last attempt answer. */
    static Session fixDeadline(Session s) {
        return s.set(Progress.DEADLINE_AT, Progress.now() + Sitting.millisToDeadline(s));
    }

    private boolean anotherPage(Session s) {
        return Sitting.carryingOn(s) && s.contains(Progress.DEADLINE_AT)
                && Sitting.page(s) <= s.getInt(Sitting.PAGE_COUNT)
                && Progress.now() + shape.thinkTime().min().toMillis() <= Progress.submitBy(s);
    }

    private boolean vanishesHere(Session s) {
        return Sitting.carryingOn(s) && Progress.fate(s) == Fate.VANISH && Sitting.page(s) == s.getInt(Progress.VANISH_PAGE);
    }

    private boolean revisesNow(Session s) {
        return Sitting.carryingOn(s) && Sitting.page(s) > 1
                && Sitting.random(s).nextDouble() < shape.revise().probability()
                && Progress.now() + shape.revise().thinkTime().min().toMillis() <= Progress.submitBy(s);
    }

    private static Session draftPage(Session s) {
        List<Draft> drafts = Sitting.questions(s).stream()
                .map(question -> Draft.forQuestion(question, Sitting.random(s)))
                .toList();
        return s.set(Sitting.DRAFTS, drafts);
    }}
