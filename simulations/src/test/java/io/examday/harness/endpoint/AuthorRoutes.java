package io.examday.harness.endpoint;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** What authors look at while an exam runs, and the results they download after it. */
public final class AuthorRoutes {

    public static final String EXAMS = "GET /api/exams";
    public static final String EXAM_BY_CODE = "GET /api/exams/by-code/{code}";
    public static final String RESULTS_CSV = "GET /api/exams/{examId}/results.csv";

    private static final String RESULTS_HEADER = "username,status,score,max_score,submitted_at";

    private final RecordedCall calls;

    public AuthorRoutes(RecordedCall calls) {
        this.calls = calls;
    }

    /** The exam list must hold the exam {@link Sitting#EXAM_CODE}. */
    public ChainBuilder exams() {
        return calls.of(EXAMS, calls.capture(http(EXAMS).get("/api/exams"))
                .check(status().is(200),
                        jmesPath(session -> "[?code=='" + session.getString(Sitting.EXAM_CODE) + "'] | [0].examId").ofLong().exists()));
    }

    public ChainBuilder examByCode() {
        return calls.of(EXAM_BY_CODE, calls.capture(http(EXAM_BY_CODE)
                        .get(session -> "/api/exams/by-code/" + session.getString(Sitting.EXAM_CODE)))
                .check(status().is(200),
                        jmesPath("code").is(session -> session.getString(Sitting.EXAM_CODE)),
                        jmesPath("status").is("PUBLISHED"),
                        jmesPath("questionCount").ofInt().gte(1)));
    }

    public ChainBuilder resultsCsv() {
        return calls.of(RESULTS_CSV, calls.capture(http(RESULTS_CSV)
                        .get(session -> "/api/exams/" + Sitting.examId(session) + "/results.csv")
                        .header("Accept", "text/csv"))
                .check(status().is(200),
                        bodyString().transform(body -> body.startsWith(RESULTS_HEADER)).is(true)));
    }
}
