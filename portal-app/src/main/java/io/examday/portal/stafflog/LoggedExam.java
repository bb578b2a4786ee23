package io.examday.portal.stafflog;

/** An exam the staff log has entries for: an option of the log page's filter. */
public record LoggedExam(long examId, String code, String title) {
}
