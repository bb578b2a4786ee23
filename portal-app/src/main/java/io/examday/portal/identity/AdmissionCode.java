package io.examday.portal.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A candidate's admission code: 80 random bits printed on the admission letter. Its entropy makes brute force
 * hopeless, so a fast SHA-256 stores it safely; the exam-day sign-in storm then costs microseconds, not the
 * ~100 ms of CPU a BCrypt check takes (tens of cores for a 10k re-sign-in storm).
 */
public final class AdmissionCode {

    public static final int LENGTH = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private AdmissionCode() {
    }

    /** Deterministic for seeded candidates, so a load generator can derive each one's code from the shared secret. */
    public static String derive(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(username.getBytes(StandardCharsets.UTF_8))).substring(0, LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A fresh code for a candidate no load generator needs to sign in as: 80 bits from SecureRandom. */
    public static String random() {
        byte[] bits = new byte[LENGTH / 2];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(code.trim().toLowerCase().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Constant-time comparison of a presented code with the stored hash. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
