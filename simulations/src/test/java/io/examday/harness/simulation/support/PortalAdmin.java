package io.examday.harness.simulation.support;

import io.examday.harness.endpoint.ApiRequestHeader;
import io.examday.harness.scenario.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The operator's side of a run, outside the load and outside Gatling's figures: signs in as the seed's
 * {@code load-admin}, looks up and schedules the scenario's exams before the load, and reads the portal's audit and
 * export after it.
 */
public final class PortalAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A 20k-candidate exam's answers are some 800,000 rows. */
    private static final Duration EXPORT_TIMEOUT = Duration.ofMinutes(5);

    private final URI target;
    private final HttpClient http;

    public PortalAdmin(URI target, SSLContext tls) {
        this.target = target;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT).sslContext(tls).build();
    }

    public void signIn(String password) {
        ObjectNode body = JSON.createObjectNode().put("username", Credentials.ADMIN).put("password", password);
        send("POST", "/api/session", body, 200);
    }

    /** The exam's id and question count, as the seed made it. */
    public record Exam(long examId, String code, int questionCount) {}

    public Exam examByCode(String code) {
        JsonNode exam = send("GET", "/api/exams/by-code/" + code, null, 200);
        return new Exam(exam.path("examId").asLong(), exam.path("code").asString(), exam.path("questionCount").asInt());
    }

    public void schedule(long examId, Instant opensAt, Instant closesAt, long durationSeconds) {
        ObjectNode body = JSON.createObjectNode()
                .put("opensAt", opensAt.toString())
                .put("closesAt", closesAt.toString())
                .put("durationSeconds", durationSeconds);
        send("PUT", "/api/exams/" + examId + "/schedule", body, 200);
    }

    /** {@code GET /api/ops/audit?examCode=…}: the portal's own count of attempts, answers and grading. */
    /** The portal's audit of these exams together: counts summed, times taken over all of them. */
    public JsonNode audit(List<String> examCodes) {
        String query = examCodes.stream().map(code -> "examCode=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("GET", "/api/ops/audit?" + query, null, 200);
    }

    /**
     * {@code GET /api/ops/export/{what}?examCode=…} streamed into a gzip file as it arrives; written under a temporary
     * name and moved into place only when complete, so a broken download leaves no file rather than a short one.
     */
    public void export(String what, List<String> examCodes, Path file) throws IOException {
        String query = examCodes.stream().map(code -> "examCode=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(target.resolve("/api/ops/export/" + what + "?" + query))
                .timeout(EXPORT_TIMEOUT).header("Accept", "text/csv").GET().build();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/ops/export/%s answered %d: %s".formatted(what,
                            response.statusCode(), new String(body.readNBytes(500), StandardCharsets.UTF_8)));
                }
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    body.transferTo(out);
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET /api/ops/export/" + what + " was interrupted", e);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Candidates enrolled in the exam, from the proctors' live view (which admins may read). */
    public int enrolled(long examId) {
        return send("GET", "/api/proctor/exams/" + examId + "/live?limit=1", null, 200).path("enrolled").asInt();
    }

    private JsonNode send(String method, String path, JsonNode body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.header(ApiRequestHeader.NAME, ApiRequestHeader.VALUE).method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("%s %s answered %d: %s".formatted(method, path, response.statusCode(),
                        response.body().length() > 500 ? response.body().substring(0, 500) : response.body()));
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " to " + target + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }
}
