package io.examday.portal;

import io.examday.portal.web.ApiForgeryCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One browser-like API client with its own cookie jar, talking real HTTP to the portal under test. */
public final class PortalClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http;
    private final String clientAddress;

    public PortalClient(int port) {
        this(port, null);
    }

    /**
     * A client whose every request says, as a proxy would, that it comes from {@code clientAddress}
     * (X-Forwarded-For, trusted from 127.0.0.1): the portal counts failed sign-ins per client address.
     */
    public PortalClient(int port, String clientAddress) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        this.clientAddress = clientAddress;
    }

    /** An address no other test uses (198.18.0.0/15, set aside for tests; not an internal proxy's). */
    public static String someClientAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public record Answer(int status, String contentType, String body, HttpHeaders headers) {
        /** The header's first value, or "" when the response has none. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String code() {
            return json().path("code").asString();
        }
    }

    public Answer signInWithCode(String username, String admissionCode) {
        return post("/api/session", "{\"username\":\"%s\",\"admissionCode\":\"%s\"}".formatted(username, admissionCode));
    }

    public Answer signInWithPassword(String username, String password) {
        return post("/api/session", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET with extra request headers, as name-value pairs (e.g. a conditional request's If-None-Match). */
    public Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).headers(headers).GET());
    }

    public Answer post(String path, String json) {
        return send(json(path, json).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json) {
        return send(json(path, json).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** With the API's request header, as the portal's pages send a change without a JSON body. */
    public Answer delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header(ApiForgeryCheck.HEADER, "1").DELETE());
    }

    /** Any body with any content type, for bad-input tests; with the API's request header, as the portal's pages. */
    public Answer send(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header(ApiForgeryCheck.HEADER, "1")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** As {@link #send(String, String, String, String)}, asking for {@code accept}. */
    public Answer send(String method, String path, String contentType, String accept, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("Accept", accept)
                .header(ApiForgeryCheck.HEADER, "1").method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** As {@link #send(String, String, String, String, String)} with a body of raw bytes (a file in another charset). */
    public Answer send(String method, String path, String contentType, String accept, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("Accept", accept)
                .header(ApiForgeryCheck.HEADER, "1").method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A file the portal answers with (a PDF, a ZIP), kept as bytes. */
    public record Download(int status, String contentType, byte[] bytes, HttpHeaders headers) {
    }

    /** A request whose answer is a file: its bytes, whatever the status. */
    public Download download(String method, String path, String contentType, String accept, String body) {
        var request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("Accept", accept)
                .header(ApiForgeryCheck.HEADER, "1").method(method, HttpRequest.BodyPublishers.ofString(body));
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a foreign page's form or simple fetch could send with this client's cookies: no custom header. */
    public Answer forged(String method, String path, String contentType, String body) {
        var request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body));
        return send(contentType == null ? request : request.header("Content-Type", contentType));
    }

    private HttpRequest.Builder json(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Answer send(HttpRequest.Builder request) {
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
