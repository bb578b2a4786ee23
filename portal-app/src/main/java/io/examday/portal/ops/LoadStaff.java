package io.examday.portal.ops;

import io.examday.portal.identity.Role;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;

/**
 * The load seed's own staff accounts, apart from the portal's real admin, author and proctor: the load generator
 * signs in as them without reading a log, so their passwords derive from the seed secret (API.md). The message
 * prefix keeps a staff password from ever equalling a candidate's admission code under the same secret.
 */
final class LoadStaff {

    static final List<SeededAccounts.Staff> ACCOUNTS = List.of(
            new SeededAccounts.Staff("load-admin", "Load-test administrator", Role.ADMIN),
            new SeededAccounts.Staff("load-author", "Load-test author", Role.AUTHOR),
            new SeededAccounts.Staff("load-proctor", "Load-test proctor", Role.PROCTOR));

    static final String MESSAGE_PREFIX = "staff-password:";
    static final int LENGTH = 24;

    private LoadStaff() {
    }

    /** The first 24 hex digits of HMAC-SHA256(key = secret, message = "staff-password:" + username). */
    static String password(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((MESSAGE_PREFIX + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
