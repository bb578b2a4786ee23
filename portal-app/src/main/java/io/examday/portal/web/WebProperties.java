package io.examday.portal.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what the API reads: a candidate's answer is small, an author's import may be large.
 *
 * @param enabled whether this instance serves web traffic at all (off: a worker-only instance, {@link WorkerOnlyInstance})
 */
@ConfigurationProperties("examday.web")
record WebProperties(DataSize maxJsonBody, DataSize maxImportBody, @DefaultValue("true") boolean enabled) {

    /** The switch {@code enabled} binds from, for the beans that exist only on a worker-only instance. */
    static final String ENABLED = "examday.web.enabled";
}
