package io.examday.portal.ops;

import io.examday.portal.enrolment.BulkEnrolment;
import io.examday.portal.enrolment.EnrolmentList;
import io.examday.portal.exam.ExamAuthoring;
import io.examday.portal.exam.ExamDetails;
import io.examday.portal.exam.ExamListing;
import io.examday.portal.identity.AdmissionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * At start, on a portal with no exams: a DEMO exam open now for a month, a {@code demo} candidate enrolled in it
 * and the staff accounts, with how to sign in printed on the log, so {@code make run} is ready to try.
 */
@Component
@Profile("!" + SeedCommand.PROFILE)
@ConditionalOnBooleanProperty("examday.seed.demo")
class DemoSeed implements ApplicationRunner {

    static final String CODE = "DEMO";
    static final String CANDIDATE = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final ExamListing listing;
    private final ExamAuthoring authoring;
    private final BulkEnrolment enrolment;
    private final SeededAccounts accounts;
    private final SeedProperties properties;

    DemoSeed(ExamListing listing, ExamAuthoring authoring, BulkEnrolment enrolment, SeededAccounts accounts,
             SeedProperties properties) {
        this.listing = listing;
        this.authoring = authoring;
        this.enrolment = enrolment;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (listing.all().isEmpty()) {
            seed();
        }
    }

    /** Creates the demo data unless a DEMO exam exists already. */
    void seed() {
        if (listing.byCode(CODE).isPresent()) {
            return;
        }
        accounts.ensureStaff();
        accounts.ensureCandidate(CANDIDATE, "Demo Candidate", CANDIDATE, properties.secret());
        Instant opensAt = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long examId = authoring.create(new ExamDetails(CODE, "Demo exam",
                "Twelve questions of every kind, to try the portal.", 3600, opensAt,
                opensAt.plus(Duration.ofDays(30)), 1, false));
        authoring.append(examId, DemoQuestions.all());
        authoring.publish(examId);
        enrolment.enrol(examId, EnrolmentList.fromJson(List.of(CANDIDATE)));
        log.info("Demo seeded: exam {} is open until {}. Sign in as candidate '{}' with password '{}' or admission "
                        + "code {}; staff: admin/examday-admin, author/examday-author, proctor/examday-proctor.",
                CODE, opensAt.plus(Duration.ofDays(30)), CANDIDATE, CANDIDATE,
                AdmissionCode.derive(properties.secret(), CANDIDATE));
    }
}
