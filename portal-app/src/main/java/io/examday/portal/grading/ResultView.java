package io.examday.portal.grading;

import java.time.Instant;

/** An attempt's result as the candidate sees it; score fields are null while it is PENDING. */
record ResultView(long attemptId, Status status, Double score, Double maxScore, Instant gradedAt,
                  boolean pdfReady) {

    public enum Status {
        PENDING, GRADED
    }

    public String shownScore() {
        return score == null ? "" : Score.shown(score) + " of " + Score.shown(maxScore);
    }
}
