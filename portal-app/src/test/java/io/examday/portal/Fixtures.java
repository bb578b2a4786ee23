package io.examday.portal;

import io.examday.portal.identity.AdmissionCode;
import io.examday.portal.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Test data written straight to PostgreSQL, so a test of one feature does not depend on another's API.
 * Names are unique per call: the database outlives a test run (it is real).
 */
public final class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private String passwordHash;

    public Fixtures(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public record Person(long id, String username, String admissionCode) {
    }

    /** A question as stored: {@code answerKey} and {@code options} are JSON text. */
    public record Question(String kind, String prompt, String options, String answerKey, Double tolerance, int points) {
        public static Question singleChoice(String prompt, int correct) {
            return new Question("SINGLE_CHOICE", prompt, "[\"A\",\"B\",\"C\",\"D\"]", String.valueOf(correct), null, 1);
        }

        public static Question numeric(String prompt, double answer, double tolerance) {
            return new Question("NUMERIC", prompt, "[]", String.valueOf(answer), tolerance, 2);
        }
    }

    public Person candidate() {
        return person(Role.CANDIDATE);
    }

    public Person person(Role role) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 12);
        String code = AdmissionCode.derive("fixtures", username);
        long id = jdbc.sql("""
                        insert into app_user (username, display_name, email, role, password_hash, admission_code_hash)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(username, "Test " + username, username + "@example.test", role.name(), passwordHash(),
                        role == Role.CANDIDATE ? AdmissionCode.hash(code) : null)
                .query(Long.class).single();
        return new Person(id, username, code);
    }

    /** A published exam with these questions, open from {@code opensAt} to {@code closesAt}. */
    public long publishedExam(Instant opensAt, Instant closesAt, int durationSeconds, List<Question> questions) {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        long examId = jdbc.sql("""
                        insert into exam (code, title, status, duration_seconds, opens_at, closes_at, published_at)
                        values (?, ?, 'PUBLISHED', ?, ?, ?, now()) returning id""")
                .params(code, "Exam " + code, durationSeconds, Timestamp.from(opensAt), Timestamp.from(closesAt))
                .query(Long.class).single();
        for (int position = 0; position < questions.size(); position++) {
            Question q = questions.get(position);
            long questionId = jdbc.sql("""
                            insert into question (kind, prompt, options, answer_key, tolerance, points)
                            values (?, ?, ?::jsonb, ?::jsonb, ?, ?) returning id""")
                    .params(q.kind(), q.prompt(), q.options(), q.answerKey(), q.tolerance(), q.points())
                    .query(Long.class).single();
            jdbc.sql("insert into exam_question (exam_id, position, question_id) values (?, ?, ?)")
                    .params(examId, position, questionId).update();
        }
        return examId;
    }

    public void enrol(long examId, long candidateId, int extraTimeSeconds) {
        jdbc.sql("insert into enrolment (exam_id, candidate_id, extra_time_seconds) values (?, ?, ?)")
                .params(examId, candidateId, extraTimeSeconds).update();
    }

    private String passwordHash() {
        if (passwordHash == null) {
            passwordHash = passwords.encode(PASSWORD);
        }
        return passwordHash;
    }
}
