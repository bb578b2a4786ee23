package io.examday.portal.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text PostgreSQL refuses (a NUL in text, \u0000 in jsonb) that an input let through is bad input, not a conflict;
 * a real constraint violation stays a conflict.
 */
class UnstorableTextProblemTest {

    private final ApiProblemHandler handler = new ApiProblemHandler();

    @Test
    void textPostgresCannotHoldIsA400InvalidText() {
        for (String state : new String[]{"22021", "22P05"}) {
            var refused = handler.integrity(new DataIntegrityViolationException("refused",
                    new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", state)));

            assertThat(refused.getStatusCode().value()).as(state).isEqualTo(400);
            assertThat(code(refused.getBody())).isEqualTo("invalid-text");
        }
    }

    @Test
    void aUniqueViolationIsStillAConflict() {
        var refused = handler.integrity(new DataIntegrityViolationException("refused",
                new SQLException("duplicate key value violates unique constraint", "23505")));

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(code(refused.getBody())).isEqualTo("conflict");
    }

    @Test
    void storableTextAllowsPairedSurrogatesAndRefusesNulAndBrokenOnes() {
        assertThat(StorableText.holds("Zürich 😀")).isTrue();
        assertThat(StorableText.holds(null)).isTrue();
        assertThat(StorableText.holds("a\u0000b")).isFalse();
        assertThat(StorableText.holds("a\ud83d")).isFalse();
        assertThat(StorableText.holds("\ude00a")).isFalse();
    }

    private static Object code(ProblemDetail problem) {
        return problem.getProperties() == null ? null : problem.getProperties().get("code");
    }
}
