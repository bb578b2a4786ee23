package io.examday.harness.endpoint;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

/** {@code /api/session}: signing in with an admission code (candidates) or a password (staff). */
public final class SessionRoutes {

    public static final String SIGN_IN = "POST /api/session";

    private final RecordedCall calls;

    public SessionRoutes(RecordedCall calls) {
        this.calls = calls;
    }

    /**
     * Signs in as {@link Sitting#USERNAME} with {@link Sitting#ADMISSION_CODE} or else {@link Sitting#PASSWORD};
     * the portal must answer with the same user in the role {@link Sitting#ROLE}.
     */
    public ChainBuilder signIn() {
        return calls.of(SIGN_IN, calls.capture(http(SIGN_IN).post("/api/session")
                        .body(StringBody(SessionRoutes::credentials)).asJson())
                .check(status().is(200),
                        jmesPath("username").is(session -> session.getString(Sitting.USERNAME)),
                        jmesPath("role").is(session -> session.getString(Sitting.ROLE)),
                        jmesPath("userId").ofLong().exists()));
    }

    private static String credentials(Session session) {
        String username = session.getString(Sitting.USERNAME);
        return session.contains(Sitting.ADMISSION_CODE)
                ? "{\"username\":\"" + username + "\",\"admissionCode\":\"" + session.getString(Sitting.ADMISSION_CODE) + "\"}"
                : "{\"username\":\"" + username + "\",\"password\":\"" + session.getString(Sitting.PASSWORD) + "\"}";
    }
}
