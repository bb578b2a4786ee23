package io.examday.portal.enrolment;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamSchedule;
import io.examday.portal.identity.AdmissionCode;
import io.examday.portal.stafflog.StaffAction;
import io.examday.portal.stafflog.StaffLog;
import io.examday.portal.stafflog.Touched;
import io.examday.portal.web.PortalProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The exam office's way to create candidates: an import for one exam creates their accounts, each with a random
 * 80-bit admission code stored only as its hash, and enrols them, all or nothing. The codes leave once, in the
 * letters returned. A username that already exists refuses the file: an existing candidate is enrolled on the
 * enrolment page and given a new code by regeneration, never silently re-created.
 */
@Service
class CandidateImport {

    private final JdbcClient jdbc;
    private final ExamCatalog catalog;
    private final BulkEnrolment enrolment;
    private final StaffLog staffLog;
    private final PasswordEncoder passwords;
    private final CandidateImportProperties properties;

    CandidateImport(JdbcClient jdbc, ExamCatalog catalog, BulkEnrolment enrolment, StaffLog staffLog,
                    PasswordEncoder passwords, CandidateImportProperties properties) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.enrolment = enrolment;
        this.staffLog = staffLog;
        this.passwords = passwords;
        this.properties = properties;
    }

    record Imported(long examId, String examCode, List<AdmissionLetter> letters) {
    }

    /** Usernames the staff log names for one import; a larger one lists these and counts the rest. */
    static final int LOGGED_USERNAMES = 50;

    /** {@code reason} is optional: why the exam office imported these (a cohort, a resit), for the staff log. */
    @Transactional
    Imported importInto(long examId, CandidateFile file, String reason) {
        String why = StatedReason.optional(reason);
        ExamSchedule exam = catalog.schedule(examId)
                .orElseThrow(() -> PortalProblem.notFound("exam-not-found", "No exam " + examId + "."));
        if (file.isEmpty()) {
            throw PortalProblem.badRequest("no-candidates", "There are no candidates to import: give " + CandidateFile.COLUMNS + ", one a line.");
        }
        List<EnrolmentError> errors = new ArrayList<>(file.errors());
        if (file.candidates().size() > properties.maxCandidates()) {
            errors.add(new EnrolmentError(file.candidates().get(properties.maxCandidates()).line(), "line",
                    "one import takes at most " + properties.maxCandidates() + " candidates"));
        }
        errors.addAll(existing(file.candidates()));
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        // Candidates sign in with their admission code; the password is a random secret no one knows, hashed once.
        String unusablePassword = passwords.encode(AdmissionCode.random() + AdmissionCode.random());
        List<AdmissionLetter> letters = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (NewCandidate candidate : file.candidates()) {
            String code = AdmissionCode.random();
            hashes.add(AdmissionCode.hash(code));
            letters.add(new AdmissionLetter(candidate.username(), candidate.displayName(), candidate.email(),
                    exam.code(), exam.title(), code));
        }
        // The check above cannot see an import committed since; the index on lower(username) can, so a username
        // another import took meanwhile is skipped here and refuses this file, rolled back, like any taken username.
        Set<String> inserted = jdbc.sql("""
                        insert into app_user (username, display_name, email, role, password_hash, admission_code_hash)
                        select u, n, e, 'CANDIDATE', ?, h from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as c(u, n, e, h)
                        on conflict ((lower(username))) do nothing
                        returning username""")
                .params(unusablePassword, column(file, NewCandidate::username), column(file, NewCandidate::displayName),
                        column(file, NewCandidate::email), hashes.toArray(String[]::new))
                .query(String.class).set();
        if (inserted.size() < file.candidates().size()) {
            throw refused(file.candidates().stream().filter(c -> !inserted.contains(c.username()))
                    .map(CandidateImport::taken).toList());
        }
        List<EnrolmentLine> lines = file.candidates().stream()
                .map(c -> new EnrolmentLine(c.line(), c.username(), c.extraTimeSeconds())).toList();
        enrolment.enrol(examId, new EnrolmentList(lines, List.of()));
        staffLog.record(StaffAction.CANDIDATE_IMPORT, Touched.exam(examId), why, logged(file.candidates()));
        return new Imported(examId, exam.code(), List.copyOf(letters));
    }

    /** What was imported, so the log answers "which import created this account?" without growing unbounded. */
    private static Map<String, Object> logged(List<NewCandidate> candidates) {
        List<String> usernames = candidates.stream().map(NewCandidate::username).limit(LOGGED_USERNAMES).toList();
        return Map.of("imported", candidates.size(),
                "withExtraTime", candidates.stream().filter(c -> c.extraTimeSeconds() != null && c.extraTimeSeconds() > 0).count(),
                "usernames", usernames,
                "usernamesNotListed", candidates.size() - usernames.size());
    }

    /** Usernames already taken, ignoring case, so that no two accounts differ by case alone. */
    private List<EnrolmentError> existing(List<NewCandidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        var taken = jdbc.sql("select lower(username) from app_user where lower(username) = any(?::text[])")
                .param(candidates.stream().map(c -> c.username().toLowerCase()).toArray(String[]::new))
                .query(String.class).set();
        return candidates.stream().filter(c -> taken.contains(c.username().toLowerCase()))
                .map(CandidateImport::taken).toList();
    }

    private static EnrolmentError taken(NewCandidate candidate) {
        return new EnrolmentError(candidate.line(), "username", candidate.username()
                + " already exists: enrol it on the enrolment page, or regenerate its admission code");
    }

    private static String[] column(CandidateFile file, Function<NewCandidate, String> field) {
        return file.candidates().stream().map(field).toArray(String[]::new);
    }

    private static PortalProblem refused(List<EnrolmentError> errors) {
        List<EnrolmentError> listed = errors.stream().sorted(Comparator.comparingInt(EnrolmentError::line))
                .limit(BulkEnrolment.MAX_LISTED_ERRORS).toList();
        return new PortalProblem(HttpStatus.BAD_REQUEST, "invalid-candidate-import",
                errors.size() + (errors.size() == 1 ? " line is" : " lines are") + " wrong; nobody was imported.",
                Map.of("errors", listed, "errorCount", errors.size()));
    }
}
