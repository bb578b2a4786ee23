package io.examday.portal.ops.embedded;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the embedded default when the resolved environment names no database or no Redis
 * (environment variables, system properties and application.yaml alike), and points Spring at it.
 */
public class EmbeddedServicesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String BEAN_NAME = "examdayEmbeddedServices";
    private static Path ephemeralDir;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean wantPostgres = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean wantRedis = !StringUtils.hasText(environment.getProperty("spring.data.redis.url"))
                && !StringUtils.hasText(environment.getProperty("spring.data.redis.host"));
        if (!wantPostgres && !wantRedis) {
            return;
        }
        // Ephemeral: a fresh folder and free ports, for test runs that may overlap on one machine.
        boolean ephemeral = environment.getProperty("examday.embedded.ephemeral", Boolean.class, false);
        Path dataDir = ephemeral ? temporaryDataDir() : Path.of(environment.getRequiredProperty("examday.data-dir"));
        var services = EmbeddedServices.startOrShare(dataDir,
                wantPostgres, ephemeral ? 0 : environment.getRequiredProperty("examday.embedded.postgres-port", Integer.class),
                wantRedis, ephemeral ? 0 : environment.getRequiredProperty("examday.embedded.redis-port", Integer.class));
        if (ephemeral) {
            services.deletingDataOnStop(dataDir);
        }

        Map<String, Object> urls = new HashMap<>();
        if (wantPostgres) {
            urls.put("spring.datasource.url", services.jdbcUrl());
            urls.put("spring.datasource.username", "postgres");
            urls.put("spring.datasource.password", "");
        }
        if (wantRedis) {
            urls.put("spring.data.redis.url", services.redisUrl());
        }
        environment.getPropertySources().addFirst(new MapPropertySource("examdayEmbeddedServices", urls));
        application.addInitializers(context -> register(context, services));
    }

    private static void register(ConfigurableApplicationContext context, EmbeddedServices services) {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        beans.registerSingleton(BEAN_NAME, services);
        context.addBeanFactoryPostProcessor(new StopAfterClients());
        // A failed start or a kill must not leave orphan servers behind: stop them once Spring is done.
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("examday-embedded-stop")
                .unstarted(() -> services.stopAtExit(context)));
    }

    private static synchronized Path temporaryDataDir() {
        if (ephemeralDir == null) {
            try {
                ephemeralDir = java.nio.file.Files.createTempDirectory("examday-");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return ephemeralDir;
    }

    @Override
    public int getOrder() {
        // After application.yaml and the environment have been read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
