package io.examday.portal.jobs;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.examday.portal.PortalIntegrationTest;
import io.examday.portal.attempt.ExamDay;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The result mail goes over real SMTP after the submit has committed, once, even if its job runs again; a mail sent
 * again after a crash carries the stored Message-ID of the first.
 */
@PortalIntegrationTest
class ResultMailTest {

    // The portal under test sends to spring.mail.port, which PortalIntegrationTest takes from this property.
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(
            Integer.parseInt(System.getProperty("examday.test.smtp-port", "3025")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final ExamDay day;

    ResultMailTest(ExamDay day) {
        this.day = day;
    }

    @Test
    void aSubmittedAttemptsResultIsMailedExactlyOnce() throws Exception {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        String address = candidate.person().username() + "@example.test";
        long attemptId = ExamDay.start(candidate, examId);
        long questionId = ExamDay.questionIds(candidate, attemptId).getFirst();
        assertThat(ExamDay.save(candidate, attemptId, questionId, 1, "1").status()).isEqualTo(200);
        assertThat(mailsTo(address)).isEmpty();

        assertThat(candidate.client().post("/api/attempts/" + attemptId + "/submit", "").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 1);
        MimeMessage mail = mailsTo(address).getFirst();
        assertThat(mail.getSubject()).startsWith("Your result: T-");
        assertThat(GreenMailUtil.getBody(mail)).contains("Your score: 1 of 6 points").contains("submitted by you");
        await().atMost(Duration.ofSeconds(10)).until(() -> jobStatus(attemptId).equals("DONE"));

        // Run the mail job again, as a worker that lost its lease would: the result is already mailed.
        jdbc.sql("update job set status = 'PENDING', tries = 0, run_after = now() where attempt_id = ? and kind = 'RESULT_MAIL'")
                .param(attemptId).update();
        await().atMost(Duration.ofSeconds(10)).until(() -> jobStatus(attemptId).equals("DONE"));
        Thread.sleep(1500);
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(jdbc.sql("select mailed_at is not null from result where attempt_id = ?").param(attemptId)
                .query(Boolean.class).single()).isTrue();
        assertThat(mail.getMessageID()).isEqualTo(storedMessageId(attemptId));
    }

    @Test
    void aMailSentButNotMarkedBeforeACrashIsSentAgainWithTheSameMessageId() throws Exception {
        long examId = day.openExam(ExamDay.fourKinds());
        var candidate = day.enrolled(examId);
        String address = candidate.person().username() + "@example.test";
        long attemptId = ExamDay.start(candidate, examId);
        assertThat(candidate.client().post("/api/attempts/" + attemptId + "/submit", "").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jobStatus(attemptId).equals("DONE"));

        // A worker that crashed after the SMTP hand-over and before marking the result mailed.
        jdbc.sql("update result set mailed_at = null where attempt_id = ?").param(attemptId).update();
        jdbc.sql("update job set status = 'PENDING', tries = 0, run_after = now() where attempt_id = ? and kind = 'RESULT_MAIL'")
                .param(attemptId).update();

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() == 2);
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails.get(1).getMessageID()).isEqualTo(mails.get(0).getMessageID()).isEqualTo(storedMessageId(attemptId));
    }

    private String storedMessageId(long attemptId) {
        return jdbc.sql("select mail_message_id from result where attempt_id = ?").param(attemptId)
                .query(String.class).single();
    }

    private String jobStatus(long attemptId) {
        return jdbc.sql("select status from job where attempt_id = ? and kind = 'RESULT_MAIL'").param(attemptId)
                .query(String.class).optional().orElse("NONE");
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
