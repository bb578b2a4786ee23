package io.examday.portal.attempt;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Hands a portal integration test an {@link ExamDay} on the running portal, by constructor or method parameter. */
public final class ExamDayResolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ExamDay.class;
    }

    @Override
    public ExamDay resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ApplicationContext portal = SpringExtension.getApplicationContext(context);
        int port = portal.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        return new ExamDay(port, portal.getBean(JdbcClient.class), portal.getBean(PasswordEncoder.class));
    }
}
