package io.examday.portal.telemetry;

import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With statement timings on, a real request leaves its route and each SQL statement it ran in the recording. */
@PortalIntegrationTest
@TestPropertySource(properties = "examday.telemetry.statement-timings=true")
class StatementTimingsTest {

    private final ExamDay day;

    StatementTimingsTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void aLobbyRequestIsRecordedWithItsRouteOnAVirtualThreadAndItsStatementsWithTheirSql() throws Exception {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);

        List<RecordedEvent> events = FlightRecording.during(() ->
                assertThat(candidate.client().get("/api/exams/" + examId + "/lobby").status()).isEqualTo(200));

        List<RecordedEvent> lobby = FlightRecording.named(events, RouteServed.NAME).stream()
                .filter(e -> "/api/exams/{examId}/lobby".equals(e.getString("route"))).toList();
        assertThat(lobby).hasSize(1);
        assertThat(lobby.getFirst().getString("method")).isEqualTo("GET");
        // The profile matches samples to requests by thread: the request must run on its own virtual thread.
        assertThat(lobby.getFirst().getThread().isVirtual()).isTrue();

        List<RecordedEvent> statements = FlightRecording.named(events, SqlStatement.NAME);
        assertThat(statements).isNotEmpty().allSatisfy(s -> {
            assertThat(s.getString("sql")).containsIgnoringCase("select");
            assertThat(s.getInt("statements")).isPositive();
        });
        assertThat(statements).anySatisfy(s ->
                assertThat(s.getThread().getJavaThreadId()).isEqualTo(lobby.getFirst().getThread().getJavaThreadId()));
    }
}
