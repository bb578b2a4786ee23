package io.examday.harness.scenario;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seeded portal's secret. Each candidate's admission code and the passwords of the seed's own staff
 * ({@code load-admin}, {@code load-proctor}, {@code load-author}) derive from it as the portal's seed derives them
 * (portal-app/API.md), so the harness signs in as anyone the seed made without reading a log.
 */
public record Credentials(String seedSecret) {

    /** The portal's default secret; a portal with a database of its own refuses it. */
    public static final String SEED_SECRET = "examday-load-test";
    /** Where the portal and the harness both take the secret from. */
    public static final String SEED_SECRET_VARIABLE = "EXAMDAY_SEED_SECRET";
    public static final String ADMIN = "load-admin";
    public static final String PROCTOR = "load-proctor";
    public static final String AUTHOR = "load-author";

    /** Keeps a staff password apart from the admission code of the same username (API.md). */
    private static final String STAFF_MESSAGE_PREFIX = "staff-password:";
    private static final int STAFF_PASSWORD_LENGTH = 24;

    /** EXAMDAY_SEED_SECRET when the environment sets it, else {@code fallback}. */
    public static String seedSecret(Map<String, String> environment, String fallback) {
        String given = environment.get(SEED_SECRET_VARIABLE);
        return given == null || given.isBlank() ? fallback : given;
    }

    public String adminPassword() {
        return staffPassword(ADMIN);
    }

    public String proctorPassword() {
        return staffPassword(PROCTOR);
    }

    public String authorPassword() {
        return staffPassword(AUTHOR);
    }

    /** The first 24 hex digits of HMAC-SHA256(key = seed secret, message = "staff-password:" + username). */
    public String staffPassword(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(seedSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((STAFF_MESSAGE_PREFIX + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, STAFF_PASSWORD_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
