package io.examday.portal.exam;

import java.util.List;

/** A question bank with its questions, keys included: only authors see it. */
record BankContents(long bankId, String name, String description, int questionCount,
                    List<AuthoredQuestion> questions) {
}
