package io.examday.harness.gate;

/** The verdict on a run, and the process exit code that carries it. */
public enum Outcome {
    PASS(0), FAIL(1), INCONCLUSIVE(2);

    private final int exitCode;

    Outcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
