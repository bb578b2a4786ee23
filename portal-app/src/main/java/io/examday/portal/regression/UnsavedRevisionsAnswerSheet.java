package io.examday.portal.regression;

import io.examday.portal.attempt.AnswerSheet;
import io.examday.portal.attempt.AttemptProperties;
import io.examday.portal.attempt.SavedAnswer;
import io.examday.portal.exam.ExamCatalog;
import io.examday.portal.identity.PortalUser;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * The "unsaved revisions" regression: a save of revision 2 or later runs exactly as it would, answer included,
 * inside a transaction that is then rolled back, so the candidate is told it is saved and the database keeps the
 * older revision. It exists only when switched on, so a production save pays nothing for it.
 */
@Service
@Primary
@ConditionalOnBooleanProperty("examday.regression.unsaved-revisions")
class UnsavedRevisionsAnswerSheet extends AnswerSheet {

    private final TransactionTemplate transactions;

    UnsavedRevisionsAnswerSheet(JdbcClient jdbc, TransactionTemplate transactions, ExamCatalog catalog,
                                ApplicationEventPublisher events, AttemptProperties properties) {
        super(jdbc, transactions, catalog, events, properties);
        this.transactions = transactions;
    }

    @Override
    public SavedAnswer save(long attemptId, long questionId, long revision, JsonNode rawValue, PortalUser candidate,
                            Instant arrivedAt) {
        if (revision < 2) {
            return super.save(attemptId, questionId, revision, rawValue, candidate, arrivedAt);
        }
        return transactions.execute(status -> {
            status.setRollbackOnly();
            return super.save(attemptId, questionId, revision, rawValue, candidate, arrivedAt);
        });
    }
}
