package io.examday.portal.proctor;

import io.examday.portal.attempt.AnswerSaved;
import io.examday.portal.attempt.AttemptReopened;
import io.examday.portal.attempt.AttemptStarted;
import io.examday.portal.attempt.AttemptSubmitted;
import io.examday.portal.attempt.AttemptsAutoSubmitted;
import io.examday.portal.attempt.DeadlineExtended;
import io.examday.portal.attempt.PageRead;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The live board follows the attempts' events. An event published inside a transaction reaches the board once it
 * has committed, so the board never shows a change that rolled back (a failure to write to Redis then is logged,
 * and the change stays committed); one published outside any transaction, such as a save's, reaches it at once.
 */
@Component
class LiveBoardUpdates {

    private final LiveBoard board;

    LiveBoardUpdates(LiveBoard board) {
        this.board = board;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void started(AttemptStarted attempt) {
        board.attemptStarted(attempt.examId(), attempt.username(), attempt.attemptId(), attempt.deadline());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void saved(AnswerSaved answer) {
        board.activity(answer.examId(), answer.username());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void read(PageRead page) {
        board.activity(page.examId(), page.username());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void submitted(AttemptSubmitted attempt) {
        board.attemptSubmitted(attempt.examId(), attempt.username(), attempt.attemptId(), attempt.status().name(),
                attempt.deadline());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void swept(AttemptsAutoSubmitted batch) {
        batch.attempts().forEach(this::submitted);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void reopened(AttemptReopened attempt) {
        board.attemptReopened(attempt.examId(), attempt.username(), attempt.attemptId(), attempt.deadline());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void extended(DeadlineExtended attempt) {
        board.deadlineChanged(attempt.examId(), attempt.username(), attempt.attemptId(), attempt.deadline());
    }
}
