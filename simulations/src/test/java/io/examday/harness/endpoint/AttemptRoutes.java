package io.examday.harness.endpoint;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;

/** A candidate's attempt: its state, its pages, saving answers, submitting, and the result. */
public final class AttemptRoutes {

    public static final String ATTEMPT = "GET /api/attempts/{attemptId}";
    public static final String PAGE = "GET /api/attempts/{attemptId}/pages/{page}";
    public static final String ANSWER = "PUT /api/attempts/{attemptId}/answers/{questionId}";
    public static final String SUBMIT = "POST /api/attempts/{attemptId}/submit";
    public static final String RESULT = "GET /api/attempts/{attemptId}/result";
    public static final String RESULT_PDF = "GET /api/attempts/{attemptId}/result.pdf";

    private final RecordedCall calls;

    public AttemptRoutes(RecordedCall calls) {
        this.calls = calls;
    }

    /** Re-reads the attempt, as the page does after signing in again; refreshes the deadline. */
    public ChainBuilder attempt() {
        return calls.of(ATTEMPT, calls.capture(http(ATTEMPT).get(session -> "/api/attempts/" + Sitting.attemptId(session)))
                .check(status().is(200),
                        jmesPath("attemptId").ofLong().is(Sitting::attemptId),
                        jmesPath("examId").ofLong().is(Sitting::examId),
                        jmesPath("status").is("IN_PROGRESS"),
                        jmesPath("deadline").saveAs(Sitting.DEADLINE),
                        jmesPath("serverTime").saveAs(Sitting.SERVER_TIME)));
    }

    /**
     * Page {@link Sitting#PAGE}; keeps its questions. The page must never carry the key: a question's
     * {@code answer} is the candidate's own ({@code null} or an object with value and revision), never a bare value.
     */
    public ChainBuilder page() {
        return calls.of(PAGE, calls.capture(http(PAGE)
                        .get(session -> "/api/attempts/" + Sitting.attemptId(session) + "/pages/" + Sitting.page(session)))
                .check(status().is(200),
                        jmesPath("attemptId").ofLong().is(Sitting::attemptId),
                        jmesPath("page").ofInt().is(Sitting::page),
                        jmesPath("pageCount").ofInt().is(session -> session.getInt(Sitting.PAGE_COUNT)),
                        jmesPath("questions[0].questionId").ofLong().exists(),
                        // `|| []`: an error body has no questions, and length(null) would throw instead of failing the check.
                        jmesPath("length(questions[?type(answer) != 'object' && type(answer) != 'null'] || `[]`)").ofInt().is(0),
                        jmesPath("questions").ofList().saveAs(Sitting.QUESTIONS)));
    }

    /** Saves {@link Sitting#DRAFT}; the portal must echo the question and the revision. */
    public ChainBuilder answer() {
        return calls.of(ANSWER, calls.capture(http(ANSWER)
                        .put(session -> "/api/attempts/" + Sitting.attemptId(session) + "/answers/" + Sitting.draft(session).questionId())
                        .body(StringBody(session -> Sitting.draft(session).body())).asJson())
                .check(status().is(200),
                        jmesPath("questionId").ofLong().is(session -> Sitting.draft(session).questionId()),
                        jmesPath("revision").ofInt().is(session -> Sitting.draft(session).revision()),
                        jmesPath("savedAt").exists()));
    }

    public ChainBuilder submit() {
        return calls.of(SUBMIT, calls.capture(http(SUBMIT).post(session -> "/api/attempts/" + Sitting.attemptId(session) + "/submit")
                        .header(ApiRequestHeader.NAME, ApiRequestHeader.VALUE))
                .check(status().is(200),
                        jmesPath("attemptId").ofLong().is(Sitting::attemptId),
                        jmesPath("status").is("SUBMITTED")));
    }

    public ChainBuilder result() {
        return calls.of(RESULT, calls.capture(http(RESULT).get(session -> "/api/attempts/" + Sitting.attemptId(session) + "/result"))
                .check(status().is(200),
                        jmesPath("attemptId").ofLong().is(Sitting::attemptId),
                        jmesPath("status").in("PENDING", "GRADED").saveAs(Sitting.RESULT_STATUS),
                        jmesPath("pdfReady").ofBoolean().optional().saveAs(Sitting.PDF_READY)));
    }

    public ChainBuilder resultPdf() {
        return calls.of(RESULT_PDF, calls.capture(http(RESULT_PDF)
                        .get(session -> "/api/attempts/" + Sitting.attemptId(session) + "/result.pdf")
                        .header("Accept", "application/pdf"))
                .check(status().is(200),
                        header("Content-Type").transform(type -> type.startsWith("application/pdf")).is(true),
                        bodyString().transform(body -> body.startsWith("%PDF")).is(true)));
    }
}
