package io.examday.harness.journey;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;

import io.examday.harness.endpoint.Due;
import io.examday.harness.endpoint.ProctorRoutes;
import io.examday.harness.endpoint.RecordedCall;
import io.examday.harness.endpoint.SessionRoutes;
import io.examday.harness.endpoint.Sitting;
import io.examday.harness.scenario.Credentials;
import io.examday.harness.scenario.Staff;
import io.gatling.javaapi.core.ChainBuilder;

/** A proctor signs in and keeps every exam's live view open, reloading it each period from the open to the last deadline. */
public final class ProctorWatch {

    private final SessionRoutes session;
    private final ProctorRoutes proctor;
    private final ExamCalendar calendar;
    private final Staff staff;
    private final String password;

    public ProctorWatch(RecordedCall calls, ExamCalendar calendar, Staff staff, String password) {
        this.session = new SessionRoutes(calls);
        this.proctor = new ProctorRoutes(calls);
        this.calendar = calendar;
        this.staff = staff;
        this.password = password;
    }

    public ChainBuilder chain() {
        return exec(s -> s.set(Sitting.USERNAME, Credentials.PROCTOR).set(Sitting.PASSWORD, password).set(Sitting.ROLE, "PROCTOR")
                        .set(Progress.EXAM_IDS, calendar.dates().examIds()))
                .exec(s -> Due.arrivingAt(s, calendar.arrivalDue(0)))
                .exec(session.signIn())
                .exec(Due.waitUntil(s -> calendar.dates().opensAt().toEpochMilli()))
                .asLongAs(s -> Sitting.carryingOn(s) && Progress.now() < calendar.dates().lastDeadline().toEpochMilli())
                .on(exec(s -> s.set(Progress.NEXT_RELOAD_AT, Progress.now() + staff.period().toMillis()))
                        .foreach("#{" + Progress.EXAM_IDS + "}", Sitting.EXAM_ID)
                        .on(doIf(Sitting::carryingOn).then(exec(proctor.live())))
                        .exec(Due.waitUntil(s -> s.getLong(Progress.NEXT_RELOAD_AT))));
    }
}
