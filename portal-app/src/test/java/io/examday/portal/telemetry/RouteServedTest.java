package io.examday.portal.telemetry;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** By default every request is a route event in a recording, and no statement is timed. */
@PortalIntegrationTest
class RouteServedTest {

    private final ExamDay day;

    RouteServedTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void eachRequestIsOneRouteEventAndStatementsAreNotTimedUnlessSwitchedOn() throws Exception {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        long attemptId = ExamDay.start(candidate, examId);

        List<RecordedEvent> events = FlightRecording.during(() -> {
            candidate.client().get("/api/attempts/" + attemptId);
            candidate.client().get("/api/attempts/" + attemptId + "/pages/1");
        });

        assertThat(FlightRecording.named(events, RouteServed.NAME))
                .extracting(e -> e.getString("method") + " " + e.getString("route"))
                .containsExactlyInAnyOrder("GET /api/attempts/{attemptId}", "GET /api/attempts/{attemptId}/pages/{page}");
        assertThat(FlightRecording.named(events, SqlStatement.NAME)).isEmpty();
    }
}
