package io.examday.portal.exam;

/** A question bank as listed. */
record BankSummary(long bankId, String name, String description, int questionCount) {
}
