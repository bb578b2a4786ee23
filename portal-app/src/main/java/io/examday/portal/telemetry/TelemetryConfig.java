package io.examday.portal.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import javax.sql.DataSource;

/**
 * What the gate reads from the portal: statements per request and per background job (JDBC level), and the layer
 * of every cache meter. Observes; no feature depends on it.
 */
@Configuration
public class TelemetryConfig {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(new StatementCounter())
                            .build();
                }
                return bean;
            }
        };
    }

    @Bean
    StatementsPerJob statementsPerJob(MeterRegistry registry) {
        return new StatementsPerJob(registry);
    }

    @Bean
    FilterRegistrationBean<StatementsPerRequestFilter> statementsPerRequestFilter(MeterRegistry registry) {
        var registration = new FilterRegistrationBean<>(new StatementsPerRequestFilter(registry));
        // Outermost, so statements run by any later filter (sign-in, session) are counted too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    MeterFilter sharedCacheLayer() {
        return CacheLayers.springCachesAreShared();
    }
}
