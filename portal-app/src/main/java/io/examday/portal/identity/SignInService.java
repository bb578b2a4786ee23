package io.examday.portal.identity;

import io.examday.portal.web.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Checks credentials with one SELECT: an admission code (cheap hash) or a password (BCrypt). */
@Service
public class SignInService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    public SignInService(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    public Optional<PortalUser> withAdmissionCode(String username, String admissionCode) {
        return find(username).filter(c -> c.user().role() == Role.CANDIDATE
                        && AdmissionCode.matches(admissionCode, c.admissionCodeHash()))
                .map(Credentials::user);
    }

    public Optional<PortalUser> withPassword(String username, String password) {
        return find(username).filter(c -> password != null && passwords.matches(password, c.passwordHash()))
                .map(Credentials::user);
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
