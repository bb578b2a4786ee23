package io.examday.portal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Limits on what the API reads: a candidate's answer is small, an author's import may be large. */
@ConfigurationProperties("examday.web")
record WebProperties(DataSize maxJsonBody, DataSize maxImportBody) {
}
