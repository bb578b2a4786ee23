package io.examday.portal.enrolment;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamSchedule;
import io.examday.portal.identity.AdmissionCode;
import io.examday.portal.web.PortalProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The letters a page has just shown, posted back for download: the portal keeps no code in clear, so the page
 * carries them, and each is checked against its candidate's stored hash in this exam before it is printed. A
 * letter for a code that is not (or no longer) the candidate's is refused, so this prints nothing new.
 */
@Component
class ShownLetters {

    private final JdbcClient jdbc;
    private final ExamCatalog catalog;

    ShownLetters(JdbcClient jdbc, ExamCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    private record Candidate(String displayName, String email, String codeHash) {
    }

    List<AdmissionLetter> verified(long examId, List<String> usernames, List<String> codes) {
        ExamSchedule exam = catalog.schedule(examId)
                .orElseThrow(() -> PortalProblem.notFound("exam-not-found", "No exam " + examId + "."));
        if (usernames.isEmpty() || usernames.size() != codes.size()) {
            throw PortalProblem.badRequest("invalid-letters", "Give each username with its admission code.");
        }
        Map<String, Candidate> enrolled = new HashMap<>();
        jdbc.sql("""
                        select u.username, u.display_name, u.email, u.admission_code_hash
                        from app_user u join enrolment n on n.candidate_id = u.id
                        where n.exam_id = ? and u.username = any(?::text[])""")
                .params(examId, usernames.toArray(String[]::new))
                .query(rs -> {
                    enrolled.put(rs.getString("username"), new Candidate(rs.getString("display_name"),
                            rs.getString("email"), rs.getString("admission_code_hash")));
                });
        List<AdmissionLetter> letters = new ArrayList<>(usernames.size());
        for (int i = 0; i < usernames.size(); i++) {
            Candidate candidate = enrolled.get(usernames.get(i));
            if (candidate == null || !AdmissionCode.matches(codes.get(i), candidate.codeHash())) {
                throw PortalProblem.badRequest("letter-not-current", "The letter for " + usernames.get(i)
                        + " does not hold that candidate's current admission code in " + exam.code() + ".");
            }
            letters.add(new AdmissionLetter(usernames.get(i), candidate.displayName(), candidate.email(), exam.code(),
                    exam.title(), codes.get(i)));
        }
        return letters;
    }
}
