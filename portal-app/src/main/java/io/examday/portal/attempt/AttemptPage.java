package io.examday.portal.attempt;

import java.time.Instant;
import java.util.List;

/** One page of an attempt as the API shows it: the questions without keys, and the candidate's saved answers. */
record AttemptPage(long attemptId, int page, int pageCount, Instant deadline, Instant serverTime,
                   long secondsLeft, List<PageQuestion> questions) {
}
