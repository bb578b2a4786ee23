package io.examday.portal.ops.embedded;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import javax.sql.DataSource;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import java.util.stream.Stream;

/**
 * Makes the DataSource and the Redis connection factory depend on the embedded servers,
 * so at shutdown the pools close first and the servers stop last (no 30 s hang on a dead database).
 */
final class StopAfterClients implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        var registry = (DefaultListableBeanFactory) beanFactory;
        registry.registerDisposableBean(EmbeddedServicesEnvironmentPostProcessor.BEAN_NAME,
                (EmbeddedServices) registry.getSingleton(EmbeddedServicesEnvironmentPostProcessor.BEAN_NAME));
        Stream.of(beanFactory.getBeanNamesForType(DataSource.class, true, false),
                        beanFactory.getBeanNamesForType(RedisConnectionFactory.class, true, false))
                .flatMap(Stream::of)
                .forEach(client -> registry.registerDependentBean(EmbeddedServicesEnvironmentPostProcessor.BEAN_NAME, client));
    }
}
