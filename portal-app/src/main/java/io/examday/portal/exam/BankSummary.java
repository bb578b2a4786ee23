package io.examday.portal.exam;

/** A question bank as listed. */
public record BankSummary(long bankId, String name, String description, int questionCount) {
}
