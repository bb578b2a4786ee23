package io.examday.portal.exam;

import java.util.List;

/** A published exam's questions in exam order, without keys; immutable per version, so it caches well. */
public record ExamContent(long examId, int version, List<QuestionView> questions) {
}
