package io.examday.harness.scenario;

/** A scenario file that cannot be run as written; the message starts with {@code file:line:}. */
public final class ScenarioException extends RuntimeException {

    public ScenarioException(String message) {
        super(message);
    }
}
