package io.examday.portal.ops.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.util.HashMap;
import java.util.Map;

/**
 * Tests' choice of servers, in order: those named by EXAMDAY_DB_URL / EXAMDAY_REDIS_URL; else containers when
 * a Docker engine answers; else the embedded default (which runs after this and sees the URLs set here).
 */
public class ContainerServicesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ContainerServicesEnvironmentPostProcessor.class);
    private static Map<String, Object> started;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean needPostgres = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean needRedis = !StringUtils.hasText(environment.getProperty("spring.data.redis.url"));
        if ((!needPostgres && !needRedis) || !dockerAnswers()) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("examdayContainers", start(needPostgres, needRedis)));
    }

    private static synchronized Map<String, Object> start(boolean needPostgres, boolean needRedis) {
        if (started == null) {
            Map<String, Object> urls = new HashMap<>();
            if (needPostgres) {
                var postgres = new PostgreSQLContainer("postgres:15");
                postgres.start();
                urls.put("spring.datasource.url", postgres.getJdbcUrl());
                urls.put("spring.datasource.username", postgres.getUsername());
                urls.put("spring.datasource.password", postgres.getPassword());
            }
            if (needRedis) {
                var redis = new GenericContainer<>("redis:7").withExposedPorts(6379);
                redis.start();
                urls.put("spring.data.redis.url", "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379));
            }
            log.info("Tests use PostgreSQL/Redis in containers: {}", urls.keySet());
            started = Map.copyOf(urls);
        }
        return started;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
