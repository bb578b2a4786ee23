package io.examday.portal.ops;

import io.examday.portal.enrolment.BulkEnrolment;
import io.examday.portal.enrolment.EnrolmentList;
import io.examday.portal.exam.ExamAuthoring;
import io.examday.portal.exam.ExamDetails;
import io.examday.portal.exam.ExamListing;
import io.examday.portal.exam.ExamSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo: a DEMO exam open for a month, a {@code demo} candidate enrolled in it and the staff accounts. Accounts it
 * creates get random secrets, printed once on the log; accounts that exist keep theirs.
 */
@Component
class DemoSeed {

    static final String CODE = "DEMO";
    static final String CANDIDATE = "demo";
    private static final Duration OPEN_FOR = Duration.ofDays(30);
    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    private final ExamListing listing;
    private final ExamAuthoring authoring;
    private final BulkEnrolment enrolment;
    private final SeededAccounts accounts;

    DemoSeed(ExamListing listing, ExamAuthoring authoring, BulkEnrolment enrolment, SeededAccounts accounts) {
        this.listing = listing;
        this.authoring = authoring;
        this.enrolment = enrolment;
        this.accounts = accounts;
    }

    /** Creates what is missing of the demo, prints the new sign-ins, and returns what it printed. */
    DemoSignIns seed() {
        SeededAccounts.StaffCreated staff = accounts.createMissingStaff(SeededAccounts.STAFF);
        Optional<SeededAccounts.SignIn> candidate = accounts.createCandidate(CANDIDATE, "Demo Candidate");
        ExamSummary exam = listing.byCode(CODE).orElseGet(this::createExam);
        enrolment.enrol(exam.examId(), EnrolmentList.fromJson(List.of(CANDIDATE)));

        List<SeededAccounts.SignIn> created = new ArrayList<>();
        candidate.ifPresent(created::add);
        created.addAll(staff.created());
        List<String> existing = new ArrayList<>(staff.existing());
        if (candidate.isEmpty()) {
            existing.add(CANDIDATE);
        }
        DemoSignIns signIns = new DemoSignIns(CODE, exam.closesAt(), created, existing);
        log.info("{}", signIns.describe());
        return signIns;
    }

    private ExamSummary createExam() {
        Instant opensAt = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long examId = authoring.create(new ExamDetails(CODE, "Demo exam",
                "Twelve questions of every kind, to try the portal.", 3600, opensAt, opensAt.plus(OPEN_FOR), 1, false));
        authoring.append(examId, DemoQuestions.all());
        authoring.publish(examId);
        return listing.require(examId);
    }
}
