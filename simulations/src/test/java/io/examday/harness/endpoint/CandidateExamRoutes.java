package io.examday.harness.endpoint;

import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A candidate's exams: the list, the lobby of one, and starting it. */
public final class CandidateExamRoutes {

    public static final String MY_EXAMS = "GET /api/me/exams";
    public static final String LOBBY = "GET /api/exams/{examId}/lobby";
    public static final String START = "POST /api/exams/{examId}/attempts";

    private final RecordedCall calls;

    public CandidateExamRoutes(RecordedCall calls) {
        this.calls = calls;
    }

    /** The candidate's exams must include {@link Sitting#EXAM_CODE}; keeps its id. */
    public ChainBuilder myExams() {
        return calls.of(MY_EXAMS, calls.capture(http(MY_EXAMS).get("/api/me/exams"))
                .check(status().is(200),
                        jmesPath(session -> mine(session.getString(Sitting.EXAM_CODE)) + ".examId").ofLong().saveAs(Sitting.EXAM_ID),
                        jmesPath(session -> mine(session.getString(Sitting.EXAM_CODE)) + ".state").in("SCHEDULED", "OPEN", "CLOSED")));
    }

    public ChainBuilder lobby() {
        return calls.of(LOBBY, calls.capture(http(LOBBY).get(session -> "/api/exams/" + Sitting.examId(session) + "/lobby"))
                .check(status().is(200),
                        jmesPath("examId").ofLong().is(Sitting::examId),
                        jmesPath("state").in("SCHEDULED", "OPEN", "CLOSED").saveAs(Sitting.LOBBY_STATE),
                        jmesPath("secondsToStart").ofInt().exists(),
                        jmesPath("opensAt").saveAs(Sitting.OPENS_AT),
                        jmesPath("serverTime").saveAs(Sitting.SERVER_TIME)));
    }

    /** Starting is idempotent: 201 the first time, 200 with the same attempt after. */
    public ChainBuilder start() {
        return calls.of(START, calls.capture(http(START).post(session -> "/api/exams/" + Sitting.examId(session) + "/attempts")
                        .header(ApiRequestHeader.NAME, ApiRequestHeader.VALUE))
                .check(status().in(200, 201),
                        jmesPath("examId").ofLong().is(Sitting::examId),
                        jmesPath("status").is("IN_PROGRESS"),
                        jmesPath("attemptId").ofLong().saveAs(Sitting.ATTEMPT_ID),
                        jmesPath("pageCount").ofInt().gte(1).saveAs(Sitting.PAGE_COUNT),
                        jmesPath("deadline").saveAs(Sitting.DEADLINE),
                        jmesPath("serverTime").saveAs(Sitting.SERVER_TIME)));
    }

    /** The JMESPath of the candidate's entry for one exam. */
    private static String mine(String examCode) {
        return "[?code=='" + examCode + "'] | [0]";
    }
}
