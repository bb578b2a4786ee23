package io.examday.harness.scenario;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The seeded candidates a scenario uses and the exams they sit, as the seed contract defines them: candidate
 * {@code cand-%05d} number i sits {@code LOAD-((i-1) mod exams + 1)}; every exam has the same number of questions.
 */
public record Cohort(int candidates, int exams, int questionsPerExam) {

    public String username(int candidate) {
        return "cand-%05d".formatted(candidate);
    }

    /** The exam candidate number {@code candidate} (1-based) sits. */
    public String examCodeOf(int candidate) {
        return examCode((candidate - 1) % exams + 1);
    }

    public List<String> examCodes() {
        return IntStream.rangeClosed(1, exams).mapToObj(Cohort::examCode).toList();
    }

    private static String examCode(int exam) {
        return "LOAD-" + exam;
    }
}
