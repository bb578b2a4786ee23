package io.examday.harness.scenario;

import java.time.Duration;
import java.util.Optional;

/**
 * When things are planned to happen, as offsets from the first arrival (the start of injection), with the
 * scenario's durations already compressed. The simulation schedules the exams from it and bounds the run by it.
 *
 * @param open the exams open: the end of the sign-in window
 * @param lastPunctualStart the last punctual candidate has pressed Start
 * @param lastStart the last candidate, late arrivals included, has pressed Start
 * @param earliestDeparture the soonest any candidate can leave the exam (submit or vanish)
 * @param earliestSubmit the soonest any candidate can submit: the planned end of full load
 * @param submitStorm the first deadline rider may submit: the planned start of the submit storm
 * @param lastDeadline the last candidate's deadline
 * @param closes when the exams close (the schedule's closesAt)
 * @param sessionLoss when every session is lost, for a login storm
 * @param end when the last result has been read
 */
public record Timetable(
        Duration open,
        Duration lastPunctualStart,
        Duration lastStart,
        Duration earliestDeparture,
        Duration earliestSubmit,
        Duration submitStorm,
        Duration lastDeadline,
        Duration closes,
        Optional<Duration> sessionLoss,
        Duration end) {

    static Timetable of(Scenario s) {
        Duration open = s.signIn().window();
        ThinkTime reaction = s.start().reaction();
        Duration firstStart = open.plus(StartStorm.CUSHION).plus(reaction.min());
        Duration lastPunctualStart = open.plus(StartStorm.CUSHION).plus(reaction.max());
        Duration lastStart = s.signIn().late(s.cohort().candidates()) == 0
                ? lastPunctualStart
                : max(lastPunctualStart, open.plus(s.signIn().lateWithin()).plus(reaction.max()));
        Duration limit = s.exam().duration();
        Duration lastDeadline = s.exam().sharedCloseTime() ? open.plus(limit) : lastStart.plus(limit);
        Duration closes = s.exam().sharedCloseTime()
                ? lastDeadline
                : lastDeadline.plus(max(Duration.ofSeconds(30), limit.dividedBy(10)));
        Duration end = lastDeadline;
        if (s.results().fraction() > 0) {
            end = end.plus(s.results().delay()).plus(s.results().pollPeriod().multipliedBy(s.results().maxPolls() - 1));
        }
        if (s.authors().count() > 0) {
            end = max(end, lastDeadline.plus(s.results().delay()));
        }
        Duration firstDeadline = s.exam().sharedCloseTime() ? open.plus(limit) : firstStart.plus(limit);
        Duration submitStorm = firstDeadline.minus(s.submit().deadlineWindow()).minus(SubmitPlan.LAST_SECOND);
        return new Timetable(open, lastPunctualStart, lastStart, firstStart.plus(soonestLeave(s, true)),
                firstStart.plus(soonestLeave(s, false)), submitStorm, lastDeadline, closes,
                s.sessionLoss().map(loss -> open.plus(loss.after())), end);
    }

    /** The whole cohort is in the exam from {@link #lastStart} until {@link #earliestDeparture}. */
    public boolean holdsEveryoneAtOnce() {
        return lastStart.compareTo(earliestDeparture) < 0;
    }

    public boolean holdsPunctualAtOnce() {
        return lastPunctualStart.compareTo(earliestDeparture) < 0;
    }

    /** The soonest a candidate who started leaves: through the pages at the fastest think time, or the deadline. */
    private static Duration soonestLeave(Scenario s, boolean countVanishing) {
        int pages = s.cohort().questionsPerExam();
        Duration fastestPage = s.exam().thinkTime().min();
        Duration soonest = s.exam().duration();
        if (s.submit().earlyFraction() > 0) {
            soonest = min(soonest, fastestPage.multipliedBy(pages));
        }
        if (countVanishing && s.submit().vanishFraction() > 0) {
            soonest = min(soonest, fastestPage.multipliedBy(Vanishing.firstPage(pages)));
        }
        if (s.submit().riderFraction() > 0) {
            soonest = min(soonest, s.exam().duration().minus(s.submit().deadlineWindow()).minus(SubmitPlan.LAST_SECOND));
        }
        return soonest.isNegative() ? Duration.ZERO : soonest;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
