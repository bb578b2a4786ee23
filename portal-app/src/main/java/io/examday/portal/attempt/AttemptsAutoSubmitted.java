package io.examday.portal.attempt;

import java.util.List;

/**
 * One batch of the deadline sweep: attempts past their deadline closed together, published inside the transaction
 * that closes them, so their grading is queued in one statement with them.
 */
public record AttemptsAutoSubmitted(List<AttemptSubmitted> attempts) {
}
