package io.examday.portal.ops;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link DefaultSeedSecretRefused} into Spring Boot's start-up failure report, without a stack trace. */
public class DefaultSeedSecretFailureAnalyzer extends AbstractFailureAnalyzer<DefaultSeedSecretRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DefaultSeedSecretRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start the portal with EXAMDAY_SEED_SECRET=<a long random string>; a load run against it needs the "
                        + "same variable, which the harness reads.", cause);
    }
}
