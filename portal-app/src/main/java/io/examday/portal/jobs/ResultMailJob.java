package io.examday.portal.jobs;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.grading.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/**
 * Mails the candidate the confirmation of their submission and its result, once. The result row is locked while
 * the mail is handed to the SMTP server and marked mailed in the same transaction: a second run of the job waits,
 * then finds it mailed. (Only a crash between the SMTP hand-over and the commit can send it twice.)
 */
@Component
public class ResultMailJob implements JobHandler {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JavaMailSender mail;
    private final ExamCatalog catalog;
    private final ResultMailProperties properties;

    public ResultMailJob(JdbcClient jdbc, TransactionTemplate transactions, JavaMailSender mail, ExamCatalog catalog,
                         ResultMailProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mail = mail;
        this.catalog = catalog;
        this.properties = properties;
        if (mail instanceof JavaMailSenderImpl sender) {
            // JavaMail waits forever by default; a hung server would hold the row lock and a connection.
            String millis = String.valueOf(properties.timeout().toMillis());
            for (String key : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
                sender.getJavaMailProperties().putIfAbsent(key, millis);
            }
        }
    }

    @Override
    public JobKind kind() {
        return JobKind.RESULT_MAIL;
    }

    private record Letter(String email, String name, long examId, String status, Instant submittedAt, double score,
                          double maxScore) {
    }

    @Override
    public void run(long attemptId) {
        if (!properties.enabled()) {
            return;
        }
        transactions.executeWithoutResult(tx -> jdbc.sql("""
                        select u.email, u.display_name, a.exam_id, a.status, a.submitted_at, r.score, r.max_score
                        from result r join attempt a on a.id = r.attempt_id join app_user u on u.id = a.candidate_id
                        where r.attempt_id = ? and r.mailed_at is null
                        for update of r""")
                .param(attemptId)
                .query((rs, n) -> new Letter(rs.getString("email"), rs.getString("display_name"),
                        rs.getLong("exam_id"), rs.getString("status"), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getDouble("score"), rs.getDouble("max_score")))
                .optional()
                .filter(letter -> letter.email() != null && !letter.email().isBlank())
                .ifPresent(letter -> {
                    mail.send(message(attemptId, letter));
                    jdbc.sql("update result set mailed_at = now() where attempt_id = ?").param(attemptId).update();
                }));
    }

    private SimpleMailMessage message(long attemptId, Letter letter) {
        String exam = catalog.schedule(letter.examId())
                .map(s -> s.code() + " — " + s.title())
                .orElse("exam " + letter.examId());
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(letter.email());
        message.setSubject("Your result: " + exam);
        message.setText("""
                Dear %s,

                your answers to %s were received at %s (%s).
                Your score: %s of %s points.

                The result and its PDF are on your results page (attempt %d).
                """.formatted(letter.name(), exam, letter.submittedAt(),
                "AUTO_SUBMITTED".equals(letter.status()) ? "submitted automatically when the time ran out" : "submitted by you",
                Score.shown(letter.score()), Score.shown(letter.maxScore()), attemptId));
        return message;
    }
}
