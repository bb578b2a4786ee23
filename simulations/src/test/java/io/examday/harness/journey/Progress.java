package io.examday.harness.journey;

import io.gatling.javaapi.core.Session;
import io.examday.harness.scenario.SubmitPlan;

/**
 * The journeys' own notes in the Gatling session: the candidate's fate, their local deadline, and where they are
 * in their think time. Times are local epoch milliseconds: the portal's deadline is turned into one on arrival of
 * the attempt, from the server's own {@code deadline - serverTime}, so clock offsets do not matter.
 */
final class Progress {

    static final String FATE = "fate";
    static final String LATE = "late";
    static final String VANISH_PAGE = "vanishPage";
    static final String DEADLINE_AT = "deadlineAtMillis";
    static final String NEXT_AUTOSAVE_AT = "nextAutosaveAtMillis";
    static final String THINK_UNTIL = "thinkUntilMillis";
    static final String NEXT_RELOAD_AT = "nextReloadAtMillis";
    static final String RETURN_TO_PAGE = "returnToPage";
    static final String RE_SIGNED_IN = "reSignedIn";
    static final String STARTED = "started";
    static final String SUBMITTED = "submitted";
    static final String RESULT_POLLS = "resultPolls";
    static final String EXAM_IDS = "examIds";

    private Progress() {}

    static long now() {
        return System.currentTimeMillis();
    }

    static Fate fate(Session session) {
        return session.get(FATE);
    }

    static long deadlineAt(Session session) {
        return session.getLong(DEADLINE_AT);
    }

    /** The last moment a request may leave: a second before the deadline, as the page's timer shows whole seconds. */
    static long submitBy(Session session) {
        return deadlineAt(session) - SubmitPlan.LAST_SECOND.toMillis();
    }
}
