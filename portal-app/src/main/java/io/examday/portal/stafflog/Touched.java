package io.examday.portal.stafflog;

/**
 * What a staff action touched: an exam, and for actions on one candidate's attempt also the attempt and the
 * candidate. Any part may be null (an export of several exams names none).
 */
public record Touched(Long examId, Long attemptId, Long candidateId, String candidateUsername) {

    public static Touched exam(long examId) {
        return new Touched(examId, null, null, null);
    }

    /** An exam and one candidate in it, without an attempt (an enrolment of one candidate). */
    public static Touched candidate(long examId, long candidateId, String candidateUsername) {
        return new Touched(examId, null, candidateId, candidateUsername);
    }

    public static Touched attempt(long examId, long attemptId, long candidateId, String candidateUsername) {
        return new Touched(examId, attemptId, candidateId, candidateUsername);
    }

    public static Touched nothingNamed() {
        return new Touched(null, null, null, null);
    }
}
