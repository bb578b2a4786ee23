package io.examday.harness.endpoint;

import io.gatling.javaapi.core.Session;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a virtual user knows about their sitting, kept in the Gatling session: who they are, their exam and attempt,
 * their deadline, the page in front of them and the answers they are drafting. Routes read and save these names;
 * journeys decide with them.
 */
public final class Sitting {

    public static final String CANDIDATE = "candidate";
    public static final String USERNAME = "username";
    public static final String ADMISSION_CODE = "admissionCode";
    public static final String PASSWORD = "password";
    public static final String ROLE = "role";
    public static final String EXAM_CODE = "examCode";
    public static final String EXAM_ID = "examId";
    public static final String ATTEMPT_ID = "attemptId";
    public static final String PAGE_COUNT = "pageCount";
    public static final String PAGE = "page";
    public static final String QUESTIONS = "questions";
    public static final String DRAFTS = "drafts";
    public static final String DRAFT = "draft";
    public static final String RANDOM = "random";

    static final String LOBBY_STATE = "lobbyState";
    static final String OPENS_AT = "opensAt";
    static final String SERVER_TIME = "serverTime";
    static final String DEADLINE = "deadline";
    static final String RESULT_STATUS = "resultStatus";
    static final String PDF_READY = "pdfReady";

    /** Set by {@link RecordedCall} when a request of this user fails: the user stops there. */
    static final String FAILED = "failed";
    /** Why the user left early (vanished, exam closed); absent while they carry on. */
    public static final String STOPPED = "stopped";

    private Sitting() {}

    /** Neither failed nor stopped: the user carries on with the next step. */
    public static boolean carryingOn(Session session) {
        return !session.contains(FAILED) && !session.contains(STOPPED);
    }

    public static Session stop(Session session, String why) {
        return session.set(STOPPED, why);
    }

    public static long examId(Session session) {
        return session.getLong(EXAM_ID);
    }

    public static long attemptId(Session session) {
        return session.getLong(ATTEMPT_ID);
    }

    public static int page(Session session) {
        return session.getInt(PAGE);
    }

    public static SplittableRandom random(Session session) {
        return session.get(RANDOM);
    }

    public static Draft draft(Session session) {
        return session.get(DRAFT);
    }

    public static List<Draft> drafts(Session session) {
        return session.contains(DRAFTS) ? session.getList(DRAFTS) : List.of();
    }

    public static List<Map<String, Object>> questions(Session session) {
        return session.getList(QUESTIONS);
    }

    /** The lobby's answer: {@code SCHEDULED}, {@code OPEN} or {@code CLOSED}. */
    public static String lobbyState(Session session) {
        return session.getString(LOBBY_STATE);
    }

    /** Milliseconds from the server's clock to the open, per the last lobby answer (exact, where secondsToStart rounds). */
    public static long millisToOpen(Session session) {
        return Instant.parse(session.getString(OPENS_AT)).toEpochMilli()
                - Instant.parse(session.getString(SERVER_TIME)).toEpochMilli();
    }

    /** Milliseconds from the server's clock to the attempt's deadline, per the last attempt answer. */
    public static long millisToDeadline(Session session) {
        return Instant.parse(session.getString(DEADLINE)).toEpochMilli()
                - Instant.parse(session.getString(SERVER_TIME)).toEpochMilli();
    }

    public static String resultStatus(Session session) {
        return session.getString(RESULT_STATUS);
    }

    public static boolean pdfReady(Session session) {
        return session.contains(PDF_READY) && session.getBoolean(PDF_READY);
    }
}
