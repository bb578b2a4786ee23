package io.examday.harness.scenario;

/**
 * A fault a run injects into the processes it started; each word is how scenario and run folder name it. The
 * single-portal kinds are the chaos script's ({@code make chaos}); the instance kinds need the stack's topology and
 * are the zero-downtime script's ({@code make zero-downtime}). One scenario names kinds of one script only.
 */
public enum FaultKind {
    /** Redis stopped and started again on its port; it keeps nothing, so every session is lost. */
    REDIS_RESTART("redis-restart", Injector.CHAOS),
    /** PostgreSQL stopped with a fast shutdown (open transactions rolled back) and started again on its data. */
    POSTGRES_RESTART("postgres-restart", Injector.CHAOS),
    /** The portal killed with SIGKILL, as a crash would, and started again. */
    PORTAL_KILL("portal-kill", Injector.CHAOS),
    /** The first web instance taken out of Nginx's rotation, stopped with its graceful drain, started again, put back. */
    WEB_1_RESTART("web-1-restart", Injector.ZERO_DOWNTIME),
    /** The second web instance, as the first. */
    WEB_2_RESTART("web-2-restart", Injector.ZERO_DOWNTIME),
    /** The worker-only instance stopped with its graceful drain and started again; jobs wait in their table meanwhile. */
    WORKER_RESTART("worker-restart", Injector.ZERO_DOWNTIME),
    /**
     * A rolling deploy's step: the first web instance restarted as above, but from the next build's jar (this build
     * with simulations/deploy/next-build.patch, whose stored session and cached schedule have a field more), so
     * instances of two builds serve the same sessions and caches until the last one is deployed.
     */
    WEB_1_DEPLOY("web-1-deploy", Injector.ZERO_DOWNTIME),
    /** The second web instance, as the first. */
    WEB_2_DEPLOY("web-2-deploy", Injector.ZERO_DOWNTIME),
    /** The worker-only instance restarted from the next build's jar. */
    WORKER_DEPLOY("worker-deploy", Injector.ZERO_DOWNTIME);

    /** The script that injects a kind: what it started is what it can restart. */
    public enum Injector {
        CHAOS("chaos"), ZERO_DOWNTIME("zero-downtime");

        private final String script;

        Injector(String script) {
            this.script = script;
        }

        /** The script's name under simulations/bin, and its make verb. */
        public String script() {
            return script;
        }
    }

    private final String word;
    private final Injector injector;

    FaultKind(String word, Injector injector) {
        this.word = word;
        this.injector = injector;
    }

    public String word() {
        return word;
    }

    public Injector injector() {
        return injector;
    }

    /** True when a run folder's fault of that word ends every candidate's session (Redis keeps none over its restart). */
    public static boolean endsSessions(String word) {
        return REDIS_RESTART.word.equals(word);
    }
}
