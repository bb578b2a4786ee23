package io.examday.portal.enrolment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Imports of candidates by the exam office.
 *
 * @param maxCandidates the most candidates one import takes: its letters are one PDF, built in memory
 */
@ConfigurationProperties("examday.candidate-import")
record CandidateImportProperties(int maxCandidates) {
}
