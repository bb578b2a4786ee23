package io.examday.portal.web;

import org.springframework.http.HttpStatus;

import java.util.Map;

/**
 * A refusal the candidate or author can act on: becomes RFC 9457 problem JSON on the API
 * and a readable message on pages. {@code code} is a stable word clients may switch on.
 */
public class PortalProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> properties;

    public PortalProblem(HttpStatus status, String code, String detail) {
        this(status, code, detail, Map.of());
    }

    public PortalProblem(HttpStatus status, String code, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    public static PortalProblem notFound(String code, String detail) {
        return new PortalProblem(HttpStatus.NOT_FOUND, code, detail);
    }

    public static PortalProblem conflict(String code, String detail) {
        return new PortalProblem(HttpStatus.CONFLICT, code, detail);
    }

    public static PortalProblem badRequest(String code, String detail) {
        return new PortalProblem(HttpStatus.BAD_REQUEST, code, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
