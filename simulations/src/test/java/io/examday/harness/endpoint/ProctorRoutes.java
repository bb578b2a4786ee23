package io.examday.harness.endpoint;

import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** What proctors watch during the exam. */
public final class ProctorRoutes {

    public static final String LIVE = "GET /api/proctor/exams/{examId}/live";

    private final RecordedCall calls;

    public ProctorRoutes(RecordedCall calls) {
        this.calls = calls;
    }

    /** The live view of exam {@link Sitting#EXAM_ID}: its counts and the most recently active candidates. */
    public ChainBuilder live() {
        return calls.of(LIVE, calls.capture(http(LIVE).get(session -> "/api/proctor/exams/" + Sitting.examId(session) + "/live"))
                .check(status().is(200),
                        jmesPath("examId").ofLong().is(Sitting::examId),
                        jmesPath("enrolled").ofInt().gte(0),
                        jmesPath("inProgress").ofInt().gte(0),
                        jmesPath("candidates").ofList().exists()));
    }
}
