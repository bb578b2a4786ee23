package io.examday.portal.attempt;

import io.examday.portal.exam.ExamSchedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/** The order a new attempt shows the exam's questions in: exam order, or shuffled per attempt when the exam says so. */
final class QuestionOrder {

    private QuestionOrder() {
    }

    /** Indexes into the exam's question list, as the {@code question_order} column takes them. */
    static int[] forNewAttempt(ExamSchedule schedule) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, schedule.questionCount()).boxed().toList());
        if (schedule.shuffleQuestions()) {
            Collections.shuffle(order, ThreadLocalRandom.current());
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }
}
