package io.examday.portal.attempt;

import io.examday.portal.web.AdmissionProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ArrivalTimeConfig {

    /**
     * A save that waited the admission line's whole {@code max-wait} must still be worked on, or the sweeper's
     * margin ({@link AttemptProperties#closableBefore}) would not cover the line.
     */
    ArrivalTimeConfig(AttemptProperties attempts, AdmissionProperties admission) {
        if (attempts.inFlightLimit().compareTo(admission.maxWait()) <= 0) {
            throw new IllegalStateException("examday.attempt.in-flight-limit (" + attempts.inFlightLimit()
                    + ") must be longer than examday.admission.max-wait (" + admission.maxWait() + ")");
        }
    }

    @Bean
    FilterRegistrationBean<ArrivalTime> arrivalTime() {
        var registration = new FilterRegistrationBean<>(new ArrivalTime());
        // Before the admission line (web.RequestAdmission), session loading and security, which may all wait.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
