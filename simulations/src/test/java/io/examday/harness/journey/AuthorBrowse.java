package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;

import io.examday.harness.endpoint.Due;
import io.examday.harness.endpoint.AuthorRoutes;
import io.examday.harness.endpoint.RecordedCall;
import io.examday.harness.endpoint.SessionRoutes;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.scenario.Cohort;
import io.examday.harness.scenario.ResultReading;
import io.examday.harness.scenario.Credentials;
import io.examday.harness.scenario.Staff;
import io.gatling.javaapi.core.ChainBuilder;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An author signs in and browses the exams while they run (the list, then one exam), each period until the last
 * deadline; once results are due, they download every exam's results.
 */
public final class AuthorBrowse {

    private final SessionRoutes session;
    private final AuthorRoutes author;
    private final ExamCalendar calendar;
    private final Staff staff;
    private final List<String> examCodes;
    private final ResultReading results;
    private final String password;

    public AuthorBrowse(RecordedCall calls, ExamCalendar calendar, Staff staff, Cohort cohort, ResultReading results,
            String password) {
        this.session = new SessionRoutes(calls);
        this.author = new AuthorRoutes(calls);
        this.calendar = calendar;
        this.staff = staff;
        this.examCodes = cohort.examCodes();
        this.results = results;
        this.password = password;
    }

    public ChainBuilder chain() {
        return exec(s -> s.set(Sitting.USERNAME, Credentials.AUTHOR).set(Sitting.PASSWORD, password).set(Sitting.ROLE, "AUTHOR")
                        .set(Sitting.RANDOM, new SplittableRandom(s.userId()))
                        .set(Progress.EXAM_IDS, calendar.dates().examIds()))
                .exec(s -> Due.arrivingAt(s, calendar.arrivalDue(0)))
                .exec(session.signIn())
                .asLongAs(s -> Sitting.carryingOn(s) && Progress.now() < calendar.dates().lastDeadline().toEpochMilli())
                .on(exec(s -> s.set(Sitting.EXAM_CODE, examCodes.get(Sitting.random(s).nextInt(examCodes.size()))))
                        .exec(author.exams())
                        .doIf(Sitting::carryingOn).then(exec(author.examByCode()))
                        .exec(Due.waitFor(staff.period())))
                .exec(Due.waitUntil(s -> calendar.dates().lastDeadline().plus(results.delay()).toEpochMilli()))
                .foreach("#{" + Progress.EXAM_IDS + "}", Sitting.EXAM_ID)
                .on(doIf(Sitting::carryingOn).then(exec(author.resultsCsv())));
    }
}
