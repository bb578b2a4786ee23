package io.examday.portal.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the portal's BCrypt checks: wraps its PasswordEncoder bean in every integration test's context. Only a
 * check that hashes counts: a password against a BCrypt hash (the encoder answers false at once for an empty
 * password or a hash that is not BCrypt's). Tests run one at a time, so the change in {@link #count()} around a
 * request is that request's.
 */
public final class PasswordChecks implements BeanPostProcessor {

    private final AtomicLong checks = new AtomicLong();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof PasswordEncoder encoder)) {
            return bean;
        }
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return encoder.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                if (rawPassword != null && !rawPassword.isEmpty() && encodedPassword != null
                        && encodedPassword.startsWith("$2")) {
                    checks.incrementAndGet();
                }
                return encoder.matches(rawPassword, encodedPassword);
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return encoder.upgradeEncoding(encodedPassword);
            }
        };
    }

    public long count() {
        return checks.get();
    }
}
