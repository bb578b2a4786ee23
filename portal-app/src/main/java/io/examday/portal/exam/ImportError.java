package io.examday.portal.exam;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with an imported question. {@code line} is the line of the body where the question starts;
 * {@code item} is its 1-based place in a JSON list (absent for CSV).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImportError(int line, Integer item, String field, String message) {
}
