package io.examday.portal.jobs;

import io.examday.portal.Fixtures;
import io.examday.portal.PortalClient;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.identity.Role;
import io.examday.portal.stafflog.StaffSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An admin sees the jobs that gave up, through the API and on a page, and requeues one; no one else may. */
@PortalIntegrationTest
class FailedJobsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    Fixtures fixtures;
    StaffSession admin;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(jdbc, passwords);
        admin = StaffSession.signedIn(port, fixtures, Role.ADMIN);
    }

    @Test
    void aFailedJobIsListedAndOnceRequeuedRunsAgainAndIsRecordedInTheStaffLog() {
        var failed = failedGrading();

        var listed = admin.client().get("/api/ops/jobs/failed");
        assertThat(listed.status()).isEqualTo(200);
        JsonNode row = listed.json().valueStream()
                .filter(job -> job.path("id").asLong() == failed.jobId()).findFirst().orElseThrow();
        assertThat(row.path("kind").asString()).isEqualTo("GRADE");
        assertThat(row.path("attemptId").asLong()).isEqualTo(failed.attemptId());
        assertThat(row.path("candidateUsername").asString()).isEqualTo(failed.candidate());
        assertThat(row.path("tries").asInt()).isEqualTo(14);
        assertThat(row.path("lastError").asString()).isEqualTo("database down");
        assertThat(admin.client().get("/ops/jobs").body()).contains("database down").contains(failed.candidate())
                .contains("/ops/jobs/" + failed.jobId() + "/requeue");

        var requeued = admin.client().post("/api/ops/jobs/" + failed.jobId() + "/requeue", "{\"reason\":\"database back\"}");

        assertThat(requeued.status()).isEqualTo(200);
        assertThat(requeued.json().path("status").asString()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(jobStatus(failed.jobId())));
        assertThat(jdbc.sql("select count(*) from result where attempt_id = ?").param(failed.attemptId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from staff_action where action = 'JOB_REQUEUE' and actor_id = ?
                          and attempt_id = ? and reason = 'database back' and (detail ->> 'jobId')::bigint = ?""")
                .params(admin.person().id(), failed.attemptId(), failed.jobId()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(admin.client().get("/api/ops/jobs/failed").json().valueStream()
                .noneMatch(job -> job.path("id").asLong() == failed.jobId())).isTrue();
    }

    @Test
    void onlyAFailedJobCanBeRequeuedAndAnUnknownOneIsNotFound() {
        var failed = failedGrading();
        jdbc.sql("update job set status = 'DONE' where id = ?").param(failed.jobId()).update();

        var notFailed = admin.client().post("/api/ops/jobs/" + failed.jobId() + "/requeue", "{}");
        var unknown = admin.client().post("/api/ops/jobs/999999999/requeue", "{}");

        assertThat(notFailed.status()).isEqualTo(409);
        assertThat(notFailed.code()).isEqualTo("job-not-failed");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("job-not-found");
        assertThat(jobStatus(failed.jobId())).isEqualTo("DONE");
    }

    @Test
    void nonAdminsAreRefusedTheFailedJobsPageAndApi() {
        var failed = failedGrading();
        for (Role role : new Role[]{Role.AUTHOR, Role.PROCTOR}) {
            PortalClient client = StaffSession.signedIn(port, fixtures, role).client();
            assertThat(client.get("/api/ops/jobs/failed").status()).as(role.name()).isEqualTo(403);
            assertThat(client.post("/api/ops/jobs/" + failed.jobId() + "/requeue", "{}").status()).as(role.name()).isEqualTo(403);
            var page = client.get("/ops/jobs");
            assertThat(page.status()).as(role.name()).isEqualTo(403);
            assertThat(page.body()).as(role.name()).contains("Only an administrator may see and requeue failed jobs.");
        }
        assertThat(jobStatus(failed.jobId())).isEqualTo("FAILED");
    }

    private FailedGrading failedGrading() {
        return FailedGrading.of(jdbc, fixtures);
    }

    private String jobStatus(long jobId) {
        return jdbc.sql("select status from job where id = ?").param(jobId).query(String.class).single();
    }
}
