package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;

import io.examday.harness.endpoint.Due;
import io.examday.harness.endpoint.AttemptRoutes;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.scenario.ResultReading;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

/**
 * After submitting, some candidates come back for their result (the result page, then its figures), reload it while
 * grading is pending, and some
 * download the PDF once it is graded.
 */
public final class ReadResult {

    private static final String WANTS_RESULT = "wantsResult";

    private final AttemptRoutes attempt;
    private final Browsing browsing;
    private final ResultReading reading;

    ReadResult(AttemptRoutes attempt, Browsing browsing, ResultReading reading) {
        this.attempt = attempt;
        this.browsing = browsing;
        this.reading = reading;
    }

    public ChainBuilder chain() {
        return exec(s -> s.set(WANTS_RESULT, Sitting.random(s).nextDouble() < reading.fraction()))
                .doIf(s -> Sitting.carryingOn(s) && s.contains(Progress.SUBMITTED) && s.getBoolean(WANTS_RESULT))
                .then(exec(Due.waitFor(reading.delay()))
                        .exec(browsing.resultPage())
                        .doIf(Sitting::carryingOn).then(exec(attempt.result()))
                        .exec(s -> s.set(Progress.RESULT_POLLS, 1))
                        .asLongAs(s -> Sitting.carryingOn(s) && pending(s) && s.getInt(Progress.RESULT_POLLS) < reading.maxPolls())
                        .on(exec(Due.waitFor(reading.pollPeriod()))
                                .exec(attempt.result())
                                .exec(s -> s.set(Progress.RESULT_POLLS, s.getInt(Progress.RESULT_POLLS) + 1)))
                        .doIf(s -> Sitting.carryingOn(s) && "GRADED".equals(Sitting.resultStatus(s)) && Sitting.pdfReady(s)
                                && Sitting.random(s).nextDouble() < reading.pdfFraction())
                        .then(exec(attempt.resultPdf())));
    }

    private static boolean pending(Session s) {
        return "PENDING".equals(Sitting.resultStatus(s));
    }
}
