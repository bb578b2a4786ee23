package io.examday.portal.grading;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.jobs.JobHandler;
import io.examday.portal.jobs.JobKind;
import io.examday.portal.jobs.JobQueue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Mails the candidate the confirmation of their submission and its result. No connection or row lock is held while
 * SMTP is talked to: one statement gives the result its Message-ID (once) and reads the letter, the mail is sent, a
 * second statement marks the result mailed. The guarantee is at least once, not exactly once: a crash or a lost
 * lease between the hand-over and the mark sends the mail again, always with the same stored Message-ID, on which
 * mail systems deduplicate. A result already marked mailed is never mailed again.
 */
@Component
class ResultMailJob implements JobHandler {

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final ExamCatalog catalog;
    private final ResultMailProperties properties;
    private final JobQueue queue;

    ResultMailJob(JdbcClient jdbc, JavaMailSender mail, ExamCatalog catalog, ResultMailProperties properties,
                  JobQueue queue) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.catalog = catalog;
        this.properties = properties;
        this.queue = queue;
        if (mail instanceof JavaMailSenderImpl sender) {
            // JavaMail waits forever by default; a hung server would hold a job worker forever.
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

    /** In the grading transaction, after the PDF's. */
    @EventListener
    @Order(2)
    void graded(AttemptGraded graded) {
        queue.enqueue(kind(), graded.attemptId());
    }

    private record Letter(String messageId, String email, String name, long examId, String status,
                          Instant submittedAt, double score, double maxScore) {
    }

    @Override
    public void run(long attemptId) throws MessagingException {
        if (!properties.enabled()) {
            return;
        }
        Optional<Letter> letter = jdbc.sql("""
                        update result r set mail_message_id = coalesce(r.mail_message_id, :messageId)
                        from attempt a join app_user u on u.id = a.candidate_id
                        where r.attempt_id = :attemptId and a.id = r.attempt_id and r.mailed_at is null
                        returning r.mail_message_id, u.email, u.display_name, a.exam_id, a.status, a.submitted_at,
                                  r.score, r.max_score""")
                .param("messageId", newMessageId(attemptId))
                .param("attemptId", attemptId)
                .query((rs, n) -> new Letter(rs.getString("mail_message_id"), rs.getString("email"),
                        rs.getString("display_name"), rs.getLong("exam_id"), rs.getString("status"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getDouble("score"), rs.getDouble("max_score")))
                .optional()
                .filter(l -> l.email() != null && !l.email().isBlank());
        if (letter.isEmpty()) {
            return;
        }
        mail.send(message(attemptId, letter.get()));
        jdbc.sql("update result set mailed_at = now() where attempt_id = ? and mail_message_id = ?")
                .params(attemptId, letter.get().messageId()).update();
    }

    /** Globally unique, in the sender's domain, as RFC 5322 asks of a Message-ID. */
    private String newMessageId(long attemptId) {
        String from = properties.from();
        String domain = from.substring(from.lastIndexOf('@') + 1);
        return "<result-" + attemptId + "." + UUID.randomUUID() + "@" + domain + ">";
    }

    private MimeMessage message(long attemptId, Letter letter) throws MessagingException {
        String exam = catalog.schedule(letter.examId())
                .map(s -> s.code() + " — " + s.title())
                .orElse("exam " + letter.examId());
        MimeMessage message = mail.createMimeMessage();
        var letterText = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        letterText.setFrom(properties.from());
        letterText.setTo(letter.email());
        letterText.setSubject("Your result: " + exam);
        letterText.setText("""
                Dear %s,

                your answers to %s were received at %s (%s).
                Your score: %s of %s points.

                The result and its PDF are on your results page (attempt %d).
                """.formatted(letter.name(), exam, letter.submittedAt(),
                "AUTO_SUBMITTED".equals(letter.status()) ? "submitted automatically when the time ran out" : "submitted by you",
                Score.shown(letter.score()), Score.shown(letter.maxScore()), attemptId));
        // Kept by JavaMailSenderImpl on sending, so every copy of this result's mail carries the same id.
        message.setHeader("Message-ID", letter.messageId());
        return message;
    }
}
