package io.examday.portal.stafflog;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One row of the staff log as the admin reads it. {@code examCode} is null once the exam is deleted;
 * {@code actorId} is null for the system.
 */
record StaffLogEntry(long id, Instant at, Long actorId, String actorUsername, StaffAction action, Long examId,
                     String examCode, Long attemptId, Long candidateId, String candidateUsername, String reason,
                     JsonNode detail) {
}
