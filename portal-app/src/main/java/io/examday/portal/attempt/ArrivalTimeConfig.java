package io.examday.portal.attempt;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ArrivalTimeConfig {

    @Bean
    FilterRegistrationBean<ArrivalTime> arrivalTime() {
        var registration = new FilterRegistrationBean<>(new ArrivalTime());
        // Before session loading and security, which may wait on Redis.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
