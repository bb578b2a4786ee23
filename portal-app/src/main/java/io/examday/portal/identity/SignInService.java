package io.examday.portal.identity;

import io.examday.portal.web.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;

/**
 * Checks credentials with one SELECT: an admission code (cheap hash) or a password (BCrypt).
 * <p>
 * Each check costs the same whether or not the username exists: an unknown username, or a user without a
 * password hash or admission code, is checked against a stand-in hash, so the time an answer takes does not tell
 * which usernames exist. A right admission code stays a SHA-256 and no BCrypt: the exam-day sign-in storm's path.
 */
@Service
class SignInService {

    /** Checked against when no candidate was found; matching it admits nobody. */
    private static final String STAND_IN_CODE_HASH = AdmissionCode.hash("no admission code");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    /** A BCrypt hash of a random secret, at the encoder's own cost, made once at start. */
    private final String standInPasswordHash;

    SignInService(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.standInPasswordHash = passwords.encode(UUID.randomUUID().toString());
    }

    public Optional<PortalUser> withAdmissionCode(String username, String admissionCode) {
        var found = find(username).filter(c -> c.user().role() == Role.CANDIDATE && c.admissionCodeHash() != null);
        boolean matches = AdmissionCode.matches(admissionCode,
                found.map(Credentials::admissionCodeHash).orElse(STAND_IN_CODE_HASH));
        return found.filter(c -> matches).map(Credentials::user);
    }

    public Optional<PortalUser> withPassword(String username, String password) {
        var found = find(username).filter(c -> c.passwordHash() != null && !c.passwordHash().isBlank());
        boolean matches = passwords.matches(password == null ? "" : password,
                found.map(Credentials::passwordHash).orElse(standInPasswordHash));
        return found.filter(c -> matches).map(Credentials::user);
    }

    private Optional<Credentials> find(String username) {
        // No such user can exist, and PostgreSQL would refuse the lookup itself (the sign-in form's path).
        if (username == null || username.isBlank() || username.length() > 100 || !StorableText.holds(username)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select id, username, display_name, role, password_hash, admission_code_hash
                        from app_user where username = ?""")
                .param(username.trim())
                .query((rs, n) -> new Credentials(
                        new PortalUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                                Role.valueOf(rs.getString("role"))),
                        rs.getString("password_hash"), rs.getString("admission_code_hash")))
                .optional();
    }

    private record Credentials(PortalUser user, String passwordHash, String admissionCodeHash) {
    }
}
