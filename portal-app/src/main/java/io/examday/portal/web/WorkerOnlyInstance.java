package io.examday.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * A worker-only instance ({@code examday.web.enabled=false}): it runs grading, PDFs, mail and the deadline sweep, as
 * the origin plan's Celery workers do, and serves no candidate or staff traffic. Every request to its web port is
 * refused with 503 before any work; its management port (health, metrics) answers as on any instance. It exists only
 * when switched on, so a web instance's requests pay nothing for it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = WebProperties.ENABLED, havingValue = false)
class WorkerOnlyInstance {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noWebTraffic(ProblemWriter problems) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws IOException {
                problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "worker-only-instance",
                        "This instance runs background jobs only (examday.web.enabled=false); "
                                + "send requests to a web instance."));
            }
        });
        // Right after the telemetry filters, so a refused request is still counted, and before everything else.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
