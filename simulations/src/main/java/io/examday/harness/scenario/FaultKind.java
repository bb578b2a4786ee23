package io.examday.harness.scenario;

import java.util.Optional;

/** A fault a chaos run injects into the processes it started; each word is how scenario and run folder name it. */
public enum FaultKind {
    /** Redis stopped and started again on its port; it keeps nothing, so every session is lost. */
    REDIS_RESTART("redis-restart"),
    /** PostgreSQL stopped with a fast shutdown (open transactions rolled back) and started again on its data. */
    POSTGRES_RESTART("postgres-restart"),
    /** The portal killed with SIGKILL, as a crash would, and started again. */
    PORTAL_KILL("portal-kill");

    private final String word;

    FaultKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<FaultKind> ofWord(String word) {
        for (FaultKind kind : values()) {
            if (kind.word.equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
