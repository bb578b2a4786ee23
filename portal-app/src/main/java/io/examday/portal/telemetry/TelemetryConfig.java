package io.examday.portal.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/**
 * What the gate reads from the portal: statements per request and per background job (JDBC level), the layer of
 * every cache meter, and whether commits are durable; and what a CPU profile reads from a flight recording: each
 * request's route and, when statement timings are on, each SQL statement. Observes; no feature depends on it.
 */
@Configuration
class TelemetryConfig {

    @Bean
    static BeanPostProcessor countingDataSource(ObjectProvider<TelemetryProperties> telemetry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    var proxy = ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(new StatementCounter());
                    // Resolved here, not when this early post-processor is built, so the properties bind normally.
                    if (telemetry.getObject().statementTimings()) {
                        proxy.listener(new StatementTimings());
                    }
                    return proxy.build();
                }
                return bean;
            }
        };
    }

    @Bean
    CommitDurability commitDurability(JdbcClient jdbc) {
        return new CommitDurability(jdbc);
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
    FilterRegistrationBean<RouteServedFilter> routeServedFilter() {
        var registration = new FilterRegistrationBean<>(new RouteServedFilter());
        // Outermost too, so the CPU of every later filter (sign-in, session, the admission line) is the request's.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    MeterFilter sharedCacheLayer() {
        return CacheLayers.springCachesAreShared();
    }
}
