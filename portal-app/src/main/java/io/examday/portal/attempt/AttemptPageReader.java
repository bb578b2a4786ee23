package io.examday.portal.attempt;

import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.ExamContent;
import io.examday.portal.exam.ExamSchedule;
import io.examday.portal.exam.QuestionView;
import io.examday.portal.identity.PortalUser;
import io.examday.portal.web.PortalProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a page of an attempt: the attempt row, then the saved answers of that page's questions (two statements);
 * the questions themselves come from the exam cache.
 */
@Service
public class AttemptPageReader {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CandidateAttempts attempts;
    private final ExamCatalog catalog;
    private final ApplicationEventPublisher events;

    public AttemptPageReader(JdbcClient jdbc, JsonMapper json, CandidateAttempts attempts, ExamCatalog catalog,
                             ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.attempts = attempts;
        this.catalog = catalog;
        this.events = events;
    }

    /** The page with the attempt and exam it belongs to, for the candidate's HTML page. */
    public record OpenedPage(Attempt attempt, ExamSchedule schedule, AttemptPage page) {
    }

    public OpenedPage open(long attemptId, int page, PortalUser candidate) {
        Attempt attempt = attempts.find(attemptId, candidate);
        ExamSchedule schedule = attempts.schedule(attempt);
        ExamContent content = catalog.content(attempt.examId()).orElseThrow(() ->
                PortalProblem.notFound("exam-not-found", "Exam " + attempt.examId() + " is no longer published."));
        List<QuestionView> questions = attempt.questionsOnPage(page, schedule.questionsPerPage()).stream()
                .map(index -> content.questions().get(index))
                .toList();
        Map<Long, PageQuestion.SavedValue> saved = savedAnswers(attemptId, content.questions(), questions);
        if (!attempt.status().closed()) {
            events.publishEvent(new PageRead(attempt.examId(), candidate.username(), attemptId, page));
        }
        int firstNumber = (page - 1) * schedule.questionsPerPage() + 1;
        List<PageQuestion> shown = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            QuestionView q = questions.get(i);
            shown.add(new PageQuestion(q.questionId(), firstNumber + i, q.kind(), q.prompt(), q.options(), q.points(),
                    saved.get(q.questionId())));
        }
        Instant now = Instant.now();
        return new OpenedPage(attempt, schedule, new AttemptPage(attemptId, page,
                attempt.pageCount(schedule.questionsPerPage()), attempt.deadline(), now, attempt.secondsLeft(now),
                List.copyOf(shown)));
    }

    /** The answers saved to the page's questions: one statement, whatever the size of the exam. */
    protected Map<Long, PageQuestion.SavedValue> savedAnswers(long attemptId, List<QuestionView> exam,
                                                              List<QuestionView> questions) {
        Map<Long, PageQuestion.SavedValue> saved = new HashMap<>();
        jdbc.sql("""
                        select question_id, revision, value::text as value from answer
                        where attempt_id = ? and question_id = any(?)""")
                .params(attemptId, questions.stream().mapToLong(QuestionView::questionId).toArray())
                .query(rs -> {
                    saved.put(rs.getLong("question_id"), savedValue(rs.getString("value"), rs.getLong("revision")));
                });
        return saved;
    }

    protected final PageQuestion.SavedValue savedValue(String value, long revision) {
        return new PageQuestion.SavedValue(json.readTree(value), revision);
    }
}
