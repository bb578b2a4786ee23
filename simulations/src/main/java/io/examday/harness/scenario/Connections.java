package io.examday.harness.scenario;

/**
 * How virtual users reach the portal. {@code PER_CANDIDATE} is one keep-alive connection per candidate, as browsers
 * do. {@code SHARED} is one pool of at most {@code pool} keep-alive connections for everyone, as a reverse proxy in
 * front of the portal holds them; needed past ~19,000 users, since a process here cannot hold more than ~20,000
 * open files.
 */
public record Connections(Mode mode, int pool) {

    public enum Mode { PER_CANDIDATE, SHARED }

    public String describe() {
        return mode == Mode.SHARED ? "shared pool of " + pool + " keep-alive connections" : "one keep-alive connection per virtual user";
    }
}
