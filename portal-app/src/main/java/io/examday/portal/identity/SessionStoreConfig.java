package io.examday.portal.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisSessionRepository;

/**
 * Puts {@link SessionStore} in front of the Redis session repository that Spring Boot configures from
 * {@code spring.session.*}, so the session filter uses it and every Boot setting still applies.
 */
@Configuration
class SessionStoreConfig {

    @Bean
    static BeanPostProcessor sessionStoreInFrontOfRedis(ObjectProvider<SessionStoreProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked")
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RedisSessionRepository redis) {
                    return new SessionStore((SessionRepository<Session>) (SessionRepository<?>) redis,
                            properties.getObject().touchInterval());
                }
                return bean;
            }
        };
    }
}
