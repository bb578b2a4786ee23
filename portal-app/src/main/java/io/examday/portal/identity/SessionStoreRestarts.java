package io.examday.portal.identity;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Notices that Redis, the session store, was restarted (its {@code run_id} changed), drops this instance's local
 * copies of sessions and announces {@link SessionStoreRestarted} for the rest of what lived there. Redis may have
 * come back without them (no snapshot, or an older one), and announcements of sign-outs sent while this instance was
 * disconnected were missed; kept, a lost session would go on working from its copy and end up to
 * {@code local-copy-ttl} later, at a random moment, instead of at once. Found by a chaos run: a
 * Redis restart surfaced as 401s two minutes after the portal had recovered.
 */
final class SessionStoreRestarts {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreRestarts.class);

    private final Supplier<String> runId;
    private final Consumer<String> restarted;
    private String lastSeen;

    /**
     * @param runId     Redis's {@code run_id}, new at every start of the server; throws when Redis cannot answer
     * @param restarted what to do, given the new run_id, when it changed
     */
    SessionStoreRestarts(Supplier<String> runId, Consumer<String> restarted) {
        this.runId = runId;
        this.restarted = restarted;
    }

    @Scheduled(fixedDelayString = "${examday.session.restart-check}")
    synchronized void check() {
        String now;
        try {
            now = runId.get();
        } catch (RuntimeException unavailable) {
            // Down or restarting: the next check after it answers again compares the new run_id with the last seen.
            return;
        }
        if (now == null) {
            return;
        }
        if (lastSeen != null && !Objects.equals(lastSeen, now)) {
            log.warn("Redis was restarted (run_id {} is now {}): dropping this instance's copies of sessions, which it may no longer hold",
                    lastSeen, now);
            restarted.accept(now);
        }
        lastSeen = now;
    }
}
