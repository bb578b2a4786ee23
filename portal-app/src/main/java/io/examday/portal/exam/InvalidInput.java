package io.examday.portal.exam;

import io.examday.portal.web.PortalProblem;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Bean Validation in the services, so the API and the author pages refuse the same input the same way. */
final class InvalidInput {

    private InvalidInput() {
    }

    static void check(Validator validator, Object value) {
        if (value == null) {
            throw PortalProblem.badRequest("invalid-input", "The request has no body.");
        }
        List<Map<String, Object>> errors = validator.validate(value).stream()
                .map(v -> field(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(e -> e.get("field").toString()))
                .toList();
        if (!errors.isEmpty()) {
            throw problem(errors);
        }
    }

    static Map<String, Object> field(String field, String message) {
        return Map.of("field", field, "message", message);
    }

    static PortalProblem problem(List<Map<String, Object>> errors) {
        return new PortalProblem(HttpStatus.BAD_REQUEST, "invalid-input", "The request has invalid fields.",
                Map.of("errors", errors));
    }
}
