package io.examday.portal.identity;

import io.examday.portal.sharedstate.JsonForm;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

/**
 * The session filter (Spring Session, with Spring Boot's cookie settings from {@code server.servlet.session.cookie})
 * over {@link SessionStore}. The seed command runs without a web server and needs none of it.
 */
@Configuration
@ConditionalOnWebApplication
@EnableSpringHttpSession
class SessionStoreConfig {

    @Bean
    LocalSessions localSessions(SessionStoreProperties sessions, MeterRegistry meters) {
        return new LocalSessions(sessions.localCopyTtl(), sessions.localCopiesMax(), meters);
    }

    @Bean
    SessionChanges sessionChanges(StringRedisTemplate redis, SessionStoreProperties sessions, LocalSessions local) {
        return new SessionChanges(redis, sessions.changesChannel(), local::evict);
    }

    @Bean
    RedisMessageListenerContainer sessionChangesListener(RedisConnectionFactory redis, SessionChanges changes,
                                                         SessionStoreProperties sessions) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(changes, new ChannelTopic(sessions.changesChannel()));
        // The listener only drops a local copy: run it on the Redis connection's thread. The container's default
        // starts a thread per message: one per sign-in, ~10,000 in a 10k run's sign-in window.
        container.setTaskExecutor(new SyncTaskExecutor());
        return container;
    }

    @Bean
    SessionStoreRestarts sessionStoreRestarts(StringRedisTemplate redis, LocalSessions local,
                                              ApplicationEventPublisher events) {
        return new SessionStoreRestarts(() -> redis.execute((RedisCallback<String>) connection -> {
            var info = connection.serverCommands().info("server");
            return info == null ? null : info.getProperty("run_id");
        }), runId -> {
            local.evictAll();
            events.publishEvent(new SessionStoreRestarted(runId));
        });
    }

    @Bean
    SessionStore sessionRepository(RedisConnectionFactory redis, StringRedisTemplate strings, LocalSessions local,
                                   SessionChanges changes, SessionStoreProperties sessions) {
        var template = new RedisTemplate<String, StoredSession>();
        template.setConnectionFactory(redis);
        template.setKeySerializer(RedisSerializer.string());
        template.setValueSerializer(JsonForm.of(StoredSession.class));
        template.afterPropertiesSet();
        return new SessionStore(new SharedSessions(template, strings, sessions.keyPrefix()), local, changes,
                sessions.timeout(), sessions.touchInterval());
    }
}
