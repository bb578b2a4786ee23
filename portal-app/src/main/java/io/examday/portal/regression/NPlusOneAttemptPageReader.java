package io.examday.portal.regression;

import io.examday.portal.attempt.AttemptPageReader;
import io.examday.portal.attempt.CandidateAttempts;
import io.examday.portal.attempt.PageQuestion;
import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.exam.QuestionView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The "N+1" regression: a page read loads the saved answers one statement per question of the whole exam, to prove
 * the gate sees it. It exists only when switched on, so a production page read pays nothing for it.
 */
@Service
@Primary
@ConditionalOnBooleanProperty("examday.regression.n-plus-one")
class NPlusOneAttemptPageReader extends AttemptPageReader {

    private final JdbcClient jdbc;

    NPlusOneAttemptPageReader(JdbcClient jdbc, JsonMapper json, CandidateAttempts attempts, ExamCatalog catalog,
                              ApplicationEventPublisher events) {
        super(jdbc, json, attempts, catalog, events);
        this.jdbc = jdbc;
    }

    @Override
    protected Map<Long, PageQuestion.SavedValue> savedAnswers(long attemptId, List<QuestionView> exam,
                                                              List<QuestionView> onPage) {
        Map<Long, PageQuestion.SavedValue> saved = new HashMap<>();
        for (QuestionView question : exam) {
            jdbc.sql("select revision, value::text as value from answer where attempt_id = ? and question_id = ?")
                    .params(attemptId, question.questionId())
                    .query((rs, n) -> savedValue(rs.getString("value"), rs.getLong("revision")))
                    .optional()
                    .filter(value -> onPage.contains(question))
                    .ifPresent(value -> saved.put(question.questionId(), value));
        }
        return saved;
    }
}
