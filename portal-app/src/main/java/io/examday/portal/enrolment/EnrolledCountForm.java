package io.examday.portal.enrolment;

import io.examday.portal.sharedstate.SharedCacheForms;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The enrolled count is cached in Redis as a JSON number. */
@Configuration(proxyBeanMethods = false)
class EnrolledCountForm {

    @Bean
    RedisCacheManagerBuilderCustomizer enrolledCountAsJson() {
        return SharedCacheForms.of(EnrolledCount.FORM);
    }
}
