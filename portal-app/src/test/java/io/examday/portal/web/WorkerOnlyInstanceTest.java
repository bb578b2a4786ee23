package io.examday.portal.web;

import io.examday.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker-only instance refuses every web request, pages and API alike, with 503 problem JSON, while its health and
 * metrics still answer. (Its jobs are off here too: a second worker in the suite would take the other tests' jobs.)
 */
@PortalIntegrationTest
// A context of its own: two connections are enough, and leave the shared test database its client slots.
@TestPropertySource(properties = {WebProperties.ENABLED + "=false", "examday.jobs.enabled=false",
        "spring.datasource.hikari.maximum-pool-size=2"})
class WorkerOnlyInstanceTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @Test
    void aWorkerOnlyInstanceRefusesPagesAndApiButAnswersHealthAndMetrics() throws Exception {
        for (String path : new String[] {"/login", "/api/me/exams", "/js/portal.js"}) {
            HttpResponse<String> refused = get(port, path);
            assertThat(refused.statusCode()).as(path).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(refused.body()).as(path).contains("\"code\":\"worker-only-instance\"");
        }
        assertThat(get(managementPort, "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/prometheus").body()).contains("process_cpu_usage");
    }

    private HttpResponse<String> get(int to, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
