package io.examday.harness.run;

/** A run folder the judge cannot read at all: missing, without run.json, or with a file that does not parse. */
public final class BadRunFolder extends RuntimeException {

    public BadRunFolder(String message, Throwable cause) {
        super(message, cause);
    }
}
