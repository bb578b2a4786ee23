package io.examday.harness.simulation.support;

import io.examday.harness.endpoint.Sitting;
import io.examday.harness.scenario.Cohort;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The feeder: each virtual user is one seeded candidate, in order {@code cand-00001}, {@code cand-00002}, …, with
 * the admission code the seed gave them (the first 20 hex digits of HMAC-SHA256(seed secret, username)) and the
 * exam the seed enrolled them in; of a split run, only this injector's slice. Thread-safe; runs dry after the
 * slice's last candidate.
 */
public final class CandidateRoster implements Iterator<Map<String, Object>> {

    private static final int CODE_LENGTH = 20;

    private final Cohort cohort;
    private final String seedSecret;
    private final InjectorSlice slice;
    private final AtomicInteger fed = new AtomicInteger();

    public CandidateRoster(Cohort cohort, String seedSecret) {
        this(cohort, seedSecret, InjectorSlice.WHOLE);
    }

    public CandidateRoster(Cohort cohort, String seedSecret, InjectorSlice slice) {
        this.cohort = cohort;
        this.seedSecret = seedSecret;
        this.slice = slice;
    }

    @Override
    public boolean hasNext() {
        return slice.candidate(fed.get()) <= cohort.candidates();
    }

    @Override
    public Map<String, Object> next() {
        int candidate = slice.candidate(fed.getAndIncrement());
        if (candidate > cohort.candidates()) {
            throw new NoSuchElementException("the cohort has " + cohort.candidates() + " candidates, "
                    + slice.within(0, cohort.candidates()) + " of them for " + slice.describe());
        }
        String username = cohort.username(candidate);
        return Map.of(
                Sitting.CANDIDATE, candidate,
                Sitting.USERNAME, username,
                Sitting.ADMISSION_CODE, admissionCode(seedSecret, username),
                Sitting.ROLE, "CANDIDATE",
                Sitting.EXAM_CODE, cohort.examCodeOf(candidate));
    }

    /** The admission code the seed gave {@code username}: rehearsal candidates' are derived the same way. */
    static String admissionCode(String seedSecret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seedSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(username.getBytes(StandardCharsets.UTF_8))).substring(0, CODE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
