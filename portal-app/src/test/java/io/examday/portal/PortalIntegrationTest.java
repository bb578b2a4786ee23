package io.examday.portal;

import io.examday.portal.attempt.ExamDay;
import io.examday.portal.attempt.ExamDayResolver;
import io.examday.portal.identity.PasswordChecks;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole portal over real HTTP, on real PostgreSQL and Redis: the servers named by
 * EXAMDAY_DB_URL / EXAMDAY_REDIS_URL when set (CI runs the suite once so), otherwise the embedded default.
 * Every such test shares one context, so the servers start once per run, and may take an {@link ExamDay} on it
 * as a constructor or method parameter. Its password encoder counts its checks ({@link PasswordChecks}). The seed
 * secret is a test one: with EXAMDAY_DB_URL set the portal refuses the published default (ops.SeedSecretGuard).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        "examday.mail.enabled=true",
        "spring.mail.port=${examday.test.smtp-port:3025}",
        "examday.seed.secret=examday-integration-tests"
})
@ExtendWith(ExamDayResolver.class)
@Import(PasswordChecks.class)
public @interface PortalIntegrationTest {
}
