package io.examday.portal.exam;

import tools.jackson.databind.JsonNode;

/** A question as read from a body, before checking, with where it was found (see {@link ImportError}). */
record NumberedQuestion(int line, Integer item, JsonNode fields) {
}
